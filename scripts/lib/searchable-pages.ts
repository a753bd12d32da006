/**
 * Whether a built site has anything for Pagefind to index. A directory can
 * list no activity at all (a new area, or one whose entries have all ended
 * or gone unchecked for too long), and Pagefind then either refuses to
 * build (no page found) or, finding no data-pagefind-body anywhere, indexes
 * every page whole: neither is a search of the directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIVITY_FOLDER } from '../../src/lib/content/activity-url.ts';

/** What an activity page that belongs in the search carries (src/pages/activities/[...id].astro). */
const SEARCHABLE_MARK = 'data-pagefind-body';

/** True at the first activity page marked for the search; reads every page only when none is. */
export function hasSearchablePage(site: string): boolean {
  const folder = path.join(site, ACTIVITY_FOLDER);
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { withFileTypes: true, recursive: true }).some(
    (d) => d.isFile() && d.name.endsWith('.html') && readFileSync(path.join(d.parentPath, d.name), 'utf8').includes(SEARCHABLE_MARK),
  );
}
