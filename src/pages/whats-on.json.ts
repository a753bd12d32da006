import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/directory.ts';
import { whatsOnItems } from '../lib/whats-on-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(whatsOnItems(await listedEntries())), { headers: { 'content-type': 'application/json' } });
