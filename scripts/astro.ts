/**
 * node scripts/astro.ts <astro command> [...]   (what every npm script runs instead of `astro`)
 *
 * Astro's CLI with its telemetry off, on every shell. An `ASTRO_TELEMETRY_DISABLED=1 astro …`
 * prefix works only in POSIX shells (npm runs scripts through cmd.exe on Windows), and
 * astro.config.mjs is read too late: the CLI prints its telemetry notice before loading
 * the config. `astro telemetry disable` would only change one user's own settings. So the
 * variable is set here, in-process, before Astro's CLI starts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const bin = path.join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
// Astro's CLI reads its command from process.argv, as if it had been started itself.
process.argv = [process.argv[0]!, bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
