import type { APIRoute } from 'astro';
import { listedEntries } from '../../../../lib/directory.ts';
import { byArea } from '../../../../lib/browse.ts';
import { loadSettings } from '../../../../lib/settings.ts';
import { cachedWhatsOnWeeks, whatsOnBuildDay, windowDates } from '../../../../lib/whats-on-data.ts';

export function getStaticPaths() {
  const dates = windowDates(whatsOnBuildDay());
  return loadSettings().areas.flatMap((area) => dates.map((date) => ({ params: { area: area.id, date } })));
}

export const GET: APIRoute = async ({ params }) => {
  const area = params.area ?? '';
  const entries = await listedEntries();
  const week = cachedWhatsOnWeeks(`area:${area}`, () => byArea(entries, area)).get(params.date ?? '') ?? [];
  return new Response(JSON.stringify(week), { headers: { 'content-type': 'application/json' } });
};
