import type { APIRoute } from 'astro';
import { allEntries, type DirectoryEntry } from '../../../lib/directory.ts';
import { toActivityCard } from '../../../lib/activity-card.ts';

export async function getStaticPaths() {
  return (await allEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: DirectoryEntry }> = ({ props: { entry } }) =>
  new Response(JSON.stringify(toActivityCard(entry)), { headers: { 'content-type': 'application/json' } });
