/**
 * The search filters' own index: which facet values each indexed page has,
 * keyed by Pagefind's page id, in one small binary file. This module is the
 * file's format, shared by the build, which writes it (encode.ts), and the
 * browser, which reads it (decode.ts).
 *
 * Why not Pagefind's filters: Pagefind counts filter values by scanning the
 * whole result list once per filter posting (quadratic), twice a search, so
 * a common word in a large directory spent most of its time there, and its
 * filter files are several times larger than this one (figures in
 * tests/bench/RESULTS.md and the commit history). Pagefind still finds the
 * words; this file says which results pass the ticked filters and how many
 * results each value would give.
 *
 * Why the ids are not in it: a browser only ever asks about ids its own
 * search returned, so a minimal perfect hash (see encode.ts's `placePages`)
 * can send each id to its own row without storing the ids, for far fewer
 * bytes than the ids themselves. The
 * price is that a stale file cannot notice a page it does not know, so the
 * file names the Pagefind index it was built with (`index`), and the island
 * checks that against the index it searches.
 *
 * Layout (all integers are unsigned LEB128 varints):
 *   "SPFI", version byte 2
 *   header length, header JSON: { index, pages, slots, facets: [{ key, values, sets }] }
 *   seeds: one per bucket of the hash, ceil(pages / BUCKET_SIZE) of them
 *   rows: for each facet, for each of `slots` rows, the number of the page's
 *         value set in `sets` (most common first), one byte, or two when a
 *         facet has more than 256 sets
 * A facet's sets are the distinct combinations of its values pages have, so
 * a row is one small number that gzip's coding brings near the values'
 * entropy, smaller than one bitmask column per value.
 * The build gzips the whole file, like Pagefind's own; decode.ts's
 * `readFacetFile` undoes that in the browser.
 */

export interface FacetColumn {
  key: string;
  values: string[];
}

/** Facet key → value → how many results have it. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Its name inside Pagefind's bundle folder; the file itself is gzip-compressed. */
export const FACET_FILE = 'facets.bin';

export const MAGIC = 'SPFI';
export const VERSION = 2;
/** Pages per bucket of the perfect hash: more means fewer seeds but longer searches for each. */
const BUCKET_SIZE = 4;

export interface Header {
  /** Pagefind's name for the index the file was built from (its `pf_meta` file's, "en-gb_8e8e275a2c91b"). */
  index: string;
  pages: number;
  slots: number;
  /** `sets`: each distinct combination of values as value numbers, most common first. */
  facets: (FacetColumn & { sets: number[][] })[];
}

/** How many buckets, and so seeds, the hash has for this many pages. */
export const bucketCount = (pages: number) => Math.max(1, Math.ceil(pages / BUCKET_SIZE));

/** Bytes a row takes in a facet with this many value sets. */
export const widthFor = (sets: number) => (sets > 256 ? 2 : 1);

/** "en-gb_0107fb4" → "0107fb4": the language prefix is the same for every page of one index. */
export function hashOf(id: string): string {
  return id.slice(id.lastIndexOf('_') + 1);
}

/** FNV-1a over the characters, then murmur3's finaliser: the same 32 bits in Node and every browser. */
function hash32(key: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const bucketOf = (hash: string, buckets: number) => hash32(hash, 0) % buckets;
export const slotOf = (hash: string, seed: number, slots: number) => hash32(hash, seed + 1) % slots;
