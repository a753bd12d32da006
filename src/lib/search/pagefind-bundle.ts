/**
 * Keeps the last build's Pagefind bundle for the next indexing run. Pagefind
 * names its result fragments, word chunks and filter files after their
 * contents and never writes one that is already there, so over a kept bundle
 * it only compresses and writes what changed. Two things make that safe:
 *
 * - Only a finished bundle is kept (`openBundle`): the indexing step writes
 *   its word list last, so a bundle without one was left by a run that
 *   failed, and may hold a half-written file under a good name; it is
 *   removed whole. Everything else at the bundle's top (Pagefind's library,
 *   its metadata, our own files) is rewritten by every run, so it is removed
 *   first, and a run that fails leaves no word list behind.
 * - After Pagefind has run, every content-named file its new metadata does
 *   not name (the page of an entry that has gone, a chunk of words that
 *   changed) is removed (`pruneBundle`), so the bundle is the one a cold run
 *   would write.
 */
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** Pagefind's folders of content-named files, and each one's file suffix. */
const CONTENT_NAMED = { fragment: '.pf_fragment', index: '.pf_index', filter: '.pf_filter' } as const;
type Folder = keyof typeof CONTENT_NAMED;
const MARKER = 'pagefind_dcd';

export class BundleFormatError extends Error {}

/**
 * Before Pagefind runs: keeps the content-named files of a finished bundle
 * and removes the rest. `finishedMarker` is the file the indexing step writes
 * last. Returns whether anything was kept.
 */
export function openBundle(bundle: string, finishedMarker: string): boolean {
  if (!existsSync(bundle)) return false;
  if (!existsSync(path.join(bundle, finishedMarker))) {
    rmSync(bundle, { recursive: true, force: true });
    return false;
  }
  for (const entry of readdirSync(bundle, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name in CONTENT_NAMED) continue;
    rmSync(path.join(bundle, entry.name), { recursive: true, force: true });
  }
  return true;
}

/** The content-named files one language's metadata (`pagefind.<hash>.pf_meta`) names, by folder. */
export function filesNamedBy(meta: Uint8Array): Record<Folder, Set<string>> {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(meta);
  } catch (error) {
    throw new BundleFormatError(`Pagefind's metadata is not gzip (${(error as Error).message}).`);
  }
  if (bytes.subarray(0, MARKER.length).toString('latin1') !== MARKER) throw new BundleFormatError(`Pagefind's metadata does not start with "${MARKER}".`);
  let fields: unknown;
  try {
    fields = decode(bytes.subarray(MARKER.length));
  } catch (error) {
    throw new BundleFormatError(`Pagefind's metadata is not CBOR after its marker (${(error as Error).message}).`);
  }
  // [version, pages: [hash, word count, …][], chunks: [from, to, hash][], filters: [name, hash][], …] (pagefind/src/index/index_metadata.rs)
  const [, pages, chunks, filters] = Array.isArray(fields) ? fields : [];
  const column = (rows: unknown, at: number, what: string): Set<string> => {
    if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row) || typeof row[at] !== 'string')) {
      throw new BundleFormatError(`Pagefind's metadata has no list of ${what} where this was written to find one.`);
    }
    return new Set(rows.map((row: string[]) => row[at]!));
  };
  return { fragment: column(pages, 0, 'pages'), index: column(chunks, 2, 'word chunks'), filter: column(filters, 1, 'filters') };
}

/**
 * After Pagefind runs: removes the content-named files that none of the
 * languages in `pagefind-entry.json` names. Returns how many it removed.
 */
export function pruneBundle(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const named: Record<Folder, Set<string>> = { fragment: new Set(), index: new Set(), filter: new Set() };
  for (const { hash } of Object.values(entry.languages ?? {})) {
    if (typeof hash !== 'string') throw new BundleFormatError('pagefind-entry.json names a language without its index.');
    const files = filesNamedBy(readFileSync(path.join(bundle, `pagefind.${hash}.pf_meta`)));
    for (const folder of Object.keys(named) as Folder[]) for (const name of files[folder]) named[folder].add(name);
  }
  let removed = 0;
  for (const folder of Object.keys(CONTENT_NAMED) as Folder[]) {
    const dir = path.join(bundle, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const suffix = CONTENT_NAMED[folder];
      if (file.endsWith(suffix) && named[folder].has(file.slice(0, -suffix.length))) continue;
      unlinkSync(path.join(dir, file));
      removed++;
    }
  }
  return removed;
}
