import type { APIRoute } from 'astro';
import { allEntries } from '../lib/content/directory.ts';
import { directoryCsv } from '../lib/csv/export.ts';
import { loadSettings } from '../lib/content/settings.ts';

export const GET: APIRoute = async () =>
  new Response(directoryCsv(await allEntries(), loadSettings().site_url), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
