/**
 * The browser's side of the search filter file (format.ts describes it):
 * fetch it, check it belongs to the Pagefind index being searched, and
 * answer which results pass the ticked filters and how many each value
 * would give.
 */
import { ByteReader, gunzippedBytes } from '../binary-file.ts';
import { bucketCount, bucketOf, FACET_FILE, hashOf, MAGIC, slotOf, VERSION, widthFor, type FacetColumn, type FilterCounts, type Header } from './format.ts';

/** Bytes of a bitmask with one bit per value. */
const bytesFor = (values: number) => Math.max(1, Math.ceil(values / 8));

/**
 * The file as fetched: gzip, undone with the browser's own DecompressionStream,
 * unless a host has already undone it (it then starts with the magic bytes).
 */
export async function readFacetFile(response: Response): Promise<FacetIndex> {
  if (!response.ok) throw new Error(`The search filters could not load (HTTP ${response.status}).`);
  return decodeFacetIndex(await gunzippedBytes(response, 'filters'));
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
  const reader = new ByteReader(bytes, 'The search filter file');
  const magic = String.fromCharCode(...reader.take(4));
  const version = reader.byte();
  if (magic !== MAGIC || version !== VERSION) throw new Error('This is not a search filter file this page can read: rebuild the site.');
  const header = JSON.parse(new TextDecoder().decode(reader.take(reader.varint()))) as Header;
  const seeds = Array.from({ length: bucketCount(header.pages) }, () => reader.varint());
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

  /** How many rows the file has (a few more than pages: see encode.ts). */
  get rows(): number {
    return this.slots;
  }

  /** Whether the page at `row` has this value of this facet. */
  has(row: number | undefined, key: string, value: string): boolean {
    const f = this.facets.findIndex((facet) => facet.key === key);
    const n = f === -1 ? -1 : this.facets[f]!.values.indexOf(value);
    if (row === undefined || n === -1) return false;
    const width = bytesFor(this.facets[f]!.values.length);
    return (this.masks[f]![row * width + (n >> 3)]! & (1 << (n & 7))) !== 0;
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
