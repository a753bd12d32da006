/**
 * Import this before any schema in browser code. zod probes for eval (to
 * compile faster parsers) when a schema is first built; the site's Content
 * Security Policy forbids eval, and even the caught probe is reported as a
 * violation. Turning off zod's compiler must happen before schemas exist.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
