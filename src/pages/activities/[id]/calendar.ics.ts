import type { APIRoute } from 'astro';
import { allEntries, type DirectoryEntry } from '../../../lib/directory.ts';
import { activityCalendar, hasCalendar } from '../../../lib/calendar.ts';
import { loadSettings } from '../../../lib/settings.ts';

export async function getStaticPaths() {
  return (await allEntries()).filter((e) => hasCalendar(e.data)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: DirectoryEntry }> = ({ props: { entry } }) => {
  const site = new URL(loadSettings().site_url);
  const body = activityCalendar({ id: entry.id, data: entry.data, url: new URL(entry.url, site).href, host: site.hostname });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
