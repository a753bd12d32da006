/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a
 * later build keeps a page it wrote before, without rendering it, while the
 * page's key and code are the same. Astro hashes the code itself (the page's
 * module graph, with the content store left out); the key has to cover
 * everything else the page reads, or a kept page would go stale:
 *
 * - each directory entry it shows, whole: fields and body, and what
 *   entries.ts derives from them and the day (address, area label,
 *   freshness, listed, last change from git history);
 * - the settings, which pages and their layout read at render time (name,
 *   site address, contact addresses, demo banner, areas, page size);
 * - the build day, which next sessions and what's on start from;
 * - for a list page, its place in the list (page number, total, links) and
 *   its props.
 *
 * An activity page reads no other entry, so changing one entry changes its
 * own page's key and those of the list pages that show it.
 */
import { createHash } from 'node:crypto';
import type { Page } from 'astro';
import type { DirectoryEntry } from './entries.ts';
import type { Settings } from '../../schema/settings.ts';

function hash(value: unknown): string {
  // JSON leaves undefined fields out, so `{ a: undefined }` and `{}` agree, as they do on a page.
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

// An entry appears on its own page and on several list pages: hashed once per build.
const digests = new WeakMap<DirectoryEntry, string>();

function entryDigest(entry: DirectoryEntry): string {
  let digest = digests.get(entry);
  if (digest === undefined) {
    digest = hash(entry);
    digests.set(entry, digest);
  }
  return digest;
}

export function activityPageKey(entry: DirectoryEntry, settings: Settings, buildDay: string): string {
  return hash([buildDay, settings, entryDigest(entry)]);
}

/** What Astro's paginate() gives each page: its params, and its props (the page, and any others passed). */
export interface ListPage {
  params: object;
  props: { page: Page<DirectoryEntry> };
}

export function listPageKey(path: ListPage, settings: Settings, buildDay: string): string {
  const { page, ...props } = path.props;
  return hash([buildDay, settings, path.params, props, { ...page, data: page.data.map(entryDigest) }]);
}

/** Astro's paginate() output with each page's cache key added. */
export function withListPageKeys<T extends ListPage>(paths: readonly T[], settings: Settings, buildDay: string): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: listPageKey(path, settings, buildDay) }));
}
