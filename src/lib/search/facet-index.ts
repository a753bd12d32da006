/**
 * The search filters' own index: which facet values each indexed page has,
 * keyed by Pagefind's page id, in one small binary file.
 *
 * Why not Pagefind's filters: Pagefind counts filter values by scanning the
 * whole result list once per filter posting (quadratic), twice a search. At
 * 10,000 entries a common word took 550–650 ms in its WebAssembly with the
 * filter files loaded, against 34–75 ms without, and its filter files were
 * 204 kB. Pagefind still finds the words; this file says which results pass
 * the ticked filters and how many results each value would give.
 *
 * Why the ids are not in it: a browser only ever asks about ids its own
 * search returned, so a minimal perfect hash (see `placePages`) can send each
 * id to its own row without storing the ids. At 10,000 pages the ids took
 * 22.6 kB of a 72.6 kB file; the hash's seeds take 2.6 kB. The price is
 * that a stale file cannot notice a page it does not know, so the file
 * names the Pagefind index it was built with (`index`), and the island
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
 * entropy (at 10,000 pages bitmask columns took 46.6 kB, these 39.6 kB; the
 * whole file went from 72.6 kB to 45.6 kB).
 * The build gzips the whole file, like Pagefind's own; `readFacetFile`
 * undoes that in the browser.
 */

export interface FacetColumn {
  key: string;
  values: string[];
}

export interface FacetPage {
  /** Pagefind's page id: its hexadecimal hash, with or without the language prefix ("en-gb_0107fb4"). */
  id: string;
  facets: Readonly<Record<string, readonly string[]>>;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** Its name inside Pagefind's bundle folder; the file itself is gzip-compressed. */
export const FACET_FILE = 'facets.bin';

const MAGIC = 'SPFI';
const VERSION = 2;
/** Pages per bucket of the perfect hash: more means fewer seeds but longer searches for each. */
const BUCKET_SIZE = 4;
/** Rows per page: a little slack keeps every bucket's seed small. */
const SLOTS_PER_PAGE = 1.01;
const MAX_SEED = 1_000_000;

/** "en-gb_0107fb4" → "0107fb4": the language prefix is the same for every page of one index. */
function hashOf(id: string): string {
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

const bucketOf = (hash: string, buckets: number) => hash32(hash, 0) % buckets;
const slotOf = (hash: string, seed: number, slots: number) => hash32(hash, seed + 1) % slots;

/**
 * Hash and displace: pages go into buckets by one hash; then, biggest
 * bucket first, each bucket gets the smallest seed that sends all its pages
 * to rows nobody has yet. The seeds are all the browser needs to find a
 * page's row again.
 */
function placePages(hashes: readonly string[], slots: number): { seeds: number[]; rows: number[] } {
  const bucketCount = Math.max(1, Math.ceil(hashes.length / BUCKET_SIZE));
  const buckets: number[][] = Array.from({ length: bucketCount }, () => []);
  hashes.forEach((hash, i) => buckets[bucketOf(hash, bucketCount)]!.push(i));
  const seeds = new Array<number>(bucketCount).fill(0);
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

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

class Reader {
  offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  byte(): number {
    if (this.offset >= this.bytes.length) throw new Error('The search filter file ends early: rebuild the site.');
    return this.bytes[this.offset++]!;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }
  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new Error('The search filter file ends early: rebuild the site.');
    const slice = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }
}

const widthFor = (sets: number) => (sets > 256 ? 2 : 1);
/** Bytes of a bitmask with one bit per value. */
const bytesFor = (values: number) => Math.max(1, Math.ceil(values / 8));

interface Header {
  /** Pagefind's name for the index the file was built from (its `pf_meta` file's, "en-gb_8e8e275a2c91b"). */
  index: string;
  pages: number;
  slots: number;
  /** `sets`: each distinct combination of values as value numbers, most common first. */
  facets: (FacetColumn & { sets: number[][] })[];
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

/**
 * The file as fetched: gzip, undone with the browser's own DecompressionStream,
 * unless a host has already undone it (it then starts with the magic bytes).
 */
export async function readFacetFile(response: Response): Promise<FacetIndex> {
  if (!response.ok) throw new Error(`The search filters could not load (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return decodeFacetIndex(bytes);
  const inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
  return decodeFacetIndex(new Uint8Array(await inflated.arrayBuffer()));
}

/**
 * The filter file for the Pagefind bundle at `bundlePath`, refused if it was
 * built with another index than the one Pagefind now serves there (a host
 * or cache still serving an older copy): it would tick the wrong pages.
 */
export async function loadFacetIndex(bundlePath: string): Promise<FacetIndex> {
  const [index, entry] = await Promise.all([
    fetch(`${bundlePath}${FACET_FILE}`).then(readFacetFile),
    fetch(`${bundlePath}pagefind-entry.json`, { cache: 'no-cache' }).then(
      (r) => r.json() as Promise<{ languages?: Record<string, { hash?: string }> }>,
    ),
  ]);
  if (!Object.values(entry.languages ?? {}).some((language) => language.hash === index.index)) {
    throw new Error('The search filter file belongs to another build of the search index: reload the page, or rebuild the site.');
  }
  return index;
}

export function decodeFacetIndex(bytes: Uint8Array): FacetIndex {
  const reader = new Reader(bytes);
  const magic = String.fromCharCode(...reader.take(4));
  const version = reader.byte();
  if (magic !== MAGIC || version !== VERSION) throw new Error('This is not a search filter file this page can read: rebuild the site.');
  const header = JSON.parse(new TextDecoder().decode(reader.take(reader.varint()))) as Header;
  const seeds = Array.from({ length: Math.max(1, Math.ceil(header.pages / BUCKET_SIZE)) }, () => reader.varint());
  // Each row's set, spelt out as one bitmask a row: `select` then tests ticks with a few ANDs.
  const masks = header.facets.map(({ values, sets }) => {
    const width = widthFor(sets.length);
    const column = reader.take(header.slots * width);
    const bytes = bytesFor(values.length);
    const setMasks = sets.map((set) => {
      const mask = new Uint8Array(bytes);
      for (const n of set) mask[n >> 3]! |= 1 << (n & 7);
      return mask;
    });
    const out = new Uint8Array(header.slots * bytes);
    for (let row = 0; row < header.slots; row++) {
      const set = width === 2 ? column[row * 2]! | (column[row * 2 + 1]! << 8) : column[row]!;
      const mask = setMasks[set];
      if (!mask) throw new Error('The search filter file is damaged: rebuild the site.');
      out.set(mask, row * bytes);
    }
    return out;
  });
  return new FacetIndex(header, seeds, masks);
}

export class FacetIndex {
  readonly facets: readonly FacetColumn[];
  /** Pagefind's name for the index this file was built from. */
  readonly index: string;
  /** How many pages the file holds. */
  readonly size: number;
  private readonly slots: number;
  private readonly seeds: readonly number[];
  private readonly masks: readonly Uint8Array[];

  constructor(header: Header, seeds: readonly number[], masks: readonly Uint8Array[]) {
    this.facets = header.facets.map(({ key, values }) => ({ key, values }));
    this.index = header.index;
    this.size = header.pages;
    this.slots = header.slots;
    this.seeds = seeds;
    this.masks = masks;
  }

  /**
   * The page's row in this file, from a Pagefind result id of the index the
   * file was built with; undefined for an id that is not a hash. (Any other
   * id gets some row: see the module's note on the index name.)
   */
  pageNumber(pagefindId: string): number | undefined {
    const hash = hashOf(pagefindId);
    if (!/^[0-9a-f]+$/.test(hash)) return undefined;
    return slotOf(hash, this.seeds[bucketOf(hash, this.seeds.length)]!, this.slots);
  }

  /**
   * Keeps the items whose page has, in every ticked facet, at least one of
   * its ticked values (values within a facet are alternatives, facets are
   * all required), in their given order. Counts each value over the items
   * that pass every *other* facet, so a value's count says how many results
   * ticking it would give ("Monday (4)" while Saturday is ticked), the way
   * Pagefind's own per-filter searches did.
   */
  select<T>(
    items: readonly T[],
    pageOf: (item: T) => number | undefined,
    ticked: Readonly<Record<string, readonly string[]>>,
  ): { kept: T[]; counts: FilterCounts } {
    const widths = this.facets.map((f) => bytesFor(f.values.length));
    // A ticked value no page has matches nothing; a facet whose ticks all are such matches no page.
    const tickMasks = this.facets.map(({ key, values }, f) => {
      const wanted = ticked[key];
      if (!wanted?.length) return undefined;
      const mask = new Uint8Array(widths[f]!);
      for (const value of wanted) {
        const n = values.indexOf(value);
        if (n !== -1) mask[n >> 3]! |= 1 << (n & 7);
      }
      return mask;
    });
    const tallies = this.facets.map((f) => new Uint32Array(f.values.length));
    const kept: T[] = [];
    const counts = (): FilterCounts =>
      Object.fromEntries(this.facets.map(({ key, values }, f) => [key, Object.fromEntries(values.map((v, n) => [v, tallies[f]![n]!]))]));
    // Ticks in a facet no page has match nothing.
    if (Object.keys(ticked).some((key) => ticked[key]!.length && !this.facets.some((f) => f.key === key))) return { kept, counts: counts() };

    const passes = (facet: number, page: number | undefined) => {
      const tick = tickMasks[facet];
      if (!tick) return true;
      if (page === undefined) return false;
      const width = widths[facet]!;
      const mask = this.masks[facet]!;
      for (let b = 0; b < width; b++) if (mask[page * width + b]! & tick[b]!) return true;
      return false;
    };
    const tally = (facet: number, page: number) => {
      const width = widths[facet]!;
      const mask = this.masks[facet]!;
      const counts = tallies[facet]!;
      for (let b = 0; b < width; b++) {
        let byte = mask[page * width + b]!;
        for (let bit = 0; byte; bit++, byte >>= 1) if (byte & 1) counts[b * 8 + bit]!++;
      }
    };

    for (const item of items) {
      const page = pageOf(item);
      let failed = -1;
      let failures = 0;
      for (let f = 0; f < this.facets.length && failures < 2; f++) {
        if (!passes(f, page)) {
          failures++;
          failed = f;
        }
      }
      if (failures === 0) {
        kept.push(item);
        if (page !== undefined) for (let f = 0; f < this.facets.length; f++) tally(f, page);
      } else if (failures === 1 && page !== undefined) {
        // Fails only this facet's own ticks: it counts towards that facet's values alone.
        tally(failed, page);
      }
    }

    return { kept, counts: counts() };
  }
}
