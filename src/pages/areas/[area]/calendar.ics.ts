import type { APIRoute } from 'astro';
import { listedEntries } from '../../../lib/directory.ts';
import { byArea } from '../../../lib/browse.ts';
import { combinedCalendar, hasCalendar } from '../../../lib/calendar.ts';
import { loadSettings } from '../../../lib/settings.ts';

export function getStaticPaths() {
  return loadSettings().areas.map((area) => ({ params: { area: area.id }, props: { label: area.label } }));
}

export const GET: APIRoute<{ label: string }> = async ({ params, props }) => {
  const settings = loadSettings();
  const site = new URL(settings.site_url);
  const entries = byArea(await listedEntries(), params.area ?? '').filter((e) => e.data.status === 'running' && hasCalendar(e.data));
  const body = combinedCalendar(`${props.label}: ${settings.name}`, site.hostname, entries.map((e) => ({ id: e.id, data: e.data, url: new URL(e.url, site).href, host: site.hostname })));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
