/**
 * The data files (calendars, what's on by date, the Open Referral UK feed) on
 * the dev server. A build writes them in one pass beside the pages instead
 * (src/integrations/data-files.ts), so here they have paths only in dev.
 */
import type { APIRoute } from 'astro';
import { allEntries } from '../lib/content/directory.ts';
import { CONTENT_TYPES, dataFiles, type DataFile } from '../lib/publish/data-files.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { loadPlacePoints } from '../lib/content/place-file.ts';
import { buildDay } from '../lib/content/build-day.ts';
import { loadNeedWords } from '../lib/content/need-words.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return [...dataFiles(await allEntries(), loadSettings(), buildDay(), loadPlacePoints(), loadNeedWords())].map((file) => ({ params: { file: file.path }, props: file }));
}

export const GET: APIRoute<DataFile> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': CONTENT_TYPES[props.path.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8' } });
