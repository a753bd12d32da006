/**
 * The build's side of the search filter file (format.ts describes it):
 * every indexed page's facet values in, the file's bytes out. Used by
 * scripts/index-search.ts; the browser never loads it.
 */
import { bucketCount, bucketOf, hashOf, MAGIC, slotOf, VERSION, widthFor, type Header } from './format.ts';
import { writeVarint } from '../binary-file.ts';

export interface FacetPage {
  /** Pagefind's page id: its hexadecimal hash, with or without the language prefix ("en-gb_0107fb4"). */
  id: string;
  facets: Readonly<Record<string, readonly string[]>>;
}

/** Rows per page: a little slack keeps every bucket's seed small. */
const SLOTS_PER_PAGE = 1.01;
const MAX_SEED = 1_000_000;

/**
 * Hash and displace: pages go into buckets by one hash; then, biggest
 * bucket first, each bucket gets the smallest seed that sends all its pages
 * to rows nobody has yet. The seeds are all the browser needs to find a
 * page's row again.
 */
function placePages(hashes: readonly string[], slots: number): { seeds: number[]; rows: number[] } {
  const buckets: number[][] = Array.from({ length: bucketCount(hashes.length) }, () => []);
  hashes.forEach((hash, i) => buckets[bucketOf(hash, buckets.length)]!.push(i));
  const seeds = new Array<number>(buckets.length).fill(0);
  const rows = new Array<number>(hashes.length);
  const taken = new Uint8Array(slots);
  const order = buckets.map((_, b) => b).sort((a, b) => buckets[b]!.length - buckets[a]!.length || a - b);
  for (const b of order) {
    const members = buckets[b]!;
    if (members.length === 0) continue;
    for (let seed = 0; ; seed++) {
      if (seed > MAX_SEED) throw new Error('The search filters could not place every page: two pages may share an id.');
      const wanted = members.map((i) => slotOf(hashes[i]!, seed, slots));
      if (wanted.some((slot, n) => taken[slot] || wanted.indexOf(slot) !== n)) continue;
      wanted.forEach((slot, n) => {
        taken[slot] = 1;
        rows[members[n]!] = slot;
      });
      seeds[b] = seed;
      break;
    }
  }
  return { seeds, rows };
}

/**
 * Builds the file from every indexed page's facet values; `index` names the
 * Pagefind index the pages' ids come from.
 */
export function encodeFacetIndex(pages: readonly FacetPage[], index: string): Uint8Array {
  const hashes = pages.map((p) => {
    const hash = hashOf(p.id);
    if (!/^[0-9a-f]+$/.test(hash)) {
      throw new Error(`Pagefind page id "${p.id}" is not a hexadecimal hash, so the search filters cannot key it.`);
    }
    return hash;
  });
  const seen = new Set<string>();
  pages.forEach((page, i) => {
    if (seen.has(hashes[i]!)) throw new Error(`Two pages share the Pagefind id "${page.id}".`);
    seen.add(hashes[i]!);
  });
  const slots = Math.max(1, Math.ceil(pages.length * SLOTS_PER_PAGE));
  const { seeds, rows } = placePages(hashes, slots);

  const valueSets = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [key, values] of Object.entries(page.facets)) {
      const set = valueSets.get(key) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      valueSets.set(key, set);
    }
  }
  const columns = [...valueSets].map(([key, set]) => {
    const values = [...set].sort();
    const number = new Map(values.map((v, n) => [v, n]));
    const setOf = pages.map((page) => [...new Set(page.facets[key] ?? [])].map((v) => number.get(v)!).sort((a, b) => a - b).join(','));
    const tally = new Map<string, number>();
    for (const set of setOf) tally.set(set, (tally.get(set) ?? 0) + 1);
    const sets = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([set]) => set);
    const setNumber = new Map(sets.map((set, n) => [set, n]));
    if (sets.length > 65_536) throw new Error(`The "${key}" filter has more than 65,536 combinations of values; the search filter file cannot hold them.`);
    return { key, values, sets, row: setOf.map((set) => setNumber.get(set)!) };
  });

  const header: Header = {
    index,
    pages: pages.length,
    slots,
    facets: columns.map(({ key, values, sets }) => ({ key, values, sets: sets.map((set) => (set ? set.split(',').map(Number) : [])) })),
  };
  const out: number[] = [...MAGIC].map((c) => c.charCodeAt(0));
  out.push(VERSION);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  writeVarint(out, headerBytes.length);
  out.push(...headerBytes);
  for (const seed of seeds) writeVarint(out, seed);

  for (const { sets, row } of columns) {
    const width = widthFor(sets.length);
    // Rows no page landed on keep set 0, the commonest, which is cheapest to compress.
    const column = new Uint8Array(slots * width);
    row.forEach((set, i) => {
      column[rows[i]! * width] = set & 0xff;
      if (width === 2) column[rows[i]! * width + 1] = set >> 8;
    });
    for (const byte of column) out.push(byte);
  }
  return Uint8Array.from(out);
}
