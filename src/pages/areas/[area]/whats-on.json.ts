import type { APIRoute } from 'astro';
import { listedEntries } from '../../../lib/directory.ts';
import { byArea } from '../../../lib/browse.ts';
import { whatsOnItems } from '../../../lib/whats-on-data.ts';
import { loadSettings } from '../../../lib/settings.ts';

export function getStaticPaths() {
  return loadSettings().areas.map((area) => ({ params: { area: area.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(whatsOnItems(byArea(await listedEntries(), params.area ?? ''))), { headers: { 'content-type': 'application/json' } });
