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
 * - the project's code (`codeDigest`), on top of Astro's own hash: a kept page
 *   names the bundles in _astro it loads, and a change elsewhere can rename a
 *   bundle it shares with other pages while its own module graph stays the
 *   same.
 *
 * An activity page reads no other entry, so changing one entry changes its
 * own page's key and those of the list pages that show it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'astro';
import type { DirectoryEntry } from './entries.ts';
import type { Settings } from '../../schema/settings.ts';

/** Set by the build (src/integrations/data-files.ts) before any page renders. */
export const CODE_DIGEST_VARIABLE = 'DIRECTORY_CODE_DIGEST';

/** A hash of everything under src/ and the files that decide how it is built. */
export function codeDigest(root: string): string {
  const hasher = createHash('sha256');
  const src = path.join(root, 'src');
  const files = readdirSync(src, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .concat(['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((name) => path.join(root, name)))
    .sort();
  for (const file of files) {
    hasher.update(`${path.relative(root, file)}\0`);
    try {
      hasher.update(readFileSync(file));
    } catch {
      hasher.update('(none)');
    }
    hasher.update('\0');
  }
  return hasher.digest('base64url');
}

function hash(value: unknown): string {
  // JSON leaves undefined fields out, so `{ a: undefined }` and `{}` agree, as they do on a page.
  return createHash('sha256').update(process.env[CODE_DIGEST_VARIABLE] ?? '').update(JSON.stringify(value)).digest('base64url');
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
