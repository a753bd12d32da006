import type { APIRoute } from 'astro';
import { listedEntries } from '../../lib/directory.ts';
import { cachedWhatsOnWeeks, whatsOnBuildDay, windowDates } from '../../lib/whats-on-data.ts';

export function getStaticPaths() {
  return windowDates(whatsOnBuildDay()).map((date) => ({ params: { date } }));
}

export const GET: APIRoute = async ({ params }) => {
  const entries = await listedEntries();
  const week = cachedWhatsOnWeeks('', () => entries).get(params.date ?? '') ?? [];
  return new Response(JSON.stringify(week), { headers: { 'content-type': 'application/json' } });
};
