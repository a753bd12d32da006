/**
 * The search filters' own index: which facet values each indexed page has,
 * keyed by Pagefind's page id, in one small binary file.
 *
 * Why not Pagefind's filters: Pagefind counts filter values by scanning the
 * whole result list once per filter posting (quadratic), twice a search. At
 * 10,000 entries a common word took 550–650 ms in its WebAssembly with the
 * filter files loaded, against 35–75 ms without, and its filter files were
 * 204 kB. Pagefind still finds the words; this file says which results pass
 * the ticked filters and how many results each value would give.
 *
 * Layout (all integers are unsigned LEB128 varints):
 *   "SPFI", version byte 1
 *   header length, header JSON: { facets: [{ key, values }], groups: [{ length, count }] }
 *   page ids: for each group, `count` hex ids of `length` digits, ascending, as deltas
 *   masks: for each facet, for each page in id order, ceil(values / 8) bytes, value i at bit i
 * Column by column, so gzip finds the runs. The build gzips the whole file,
 * like Pagefind's own; `readFacetFile` undoes that in the browser.
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
const VERSION = 1;
/** Hex digits a JavaScript number holds exactly (52 bits). */
const MAX_HEX_DIGITS = 13;

/** "en-gb_0107fb4" → "0107fb4": the language prefix is the same for every page of one index. */
function hashOf(id: string): string {
  return id.slice(id.lastIndexOf('_') + 1);
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

const bytesFor = (values: number) => Math.max(1, Math.ceil(values / 8));

/** Builds the file from every indexed page's facet values. */
export function encodeFacetIndex(pages: readonly FacetPage[]): Uint8Array {
  const hashes = pages.map((p) => {
    const hash = hashOf(p.id);
    if (!/^[0-9a-f]+$/.test(hash) || hash.length > MAX_HEX_DIGITS) {
      throw new Error(`Pagefind page id "${p.id}" is not a short hexadecimal hash, so the search filters cannot key it.`);
    }
    return hash;
  });
  const order = pages.map((_, i) => i).sort((a, b) => hashes[a]!.length - hashes[b]!.length || (hashes[a]! < hashes[b]! ? -1 : 1));
  for (let i = 1; i < order.length; i++) {
    if (hashes[order[i]!] === hashes[order[i - 1]!]) throw new Error(`Two pages share the Pagefind id "${pages[order[i]!]!.id}".`);
  }

  const valueSets = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [key, values] of Object.entries(page.facets)) {
      const set = valueSets.get(key) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      valueSets.set(key, set);
    }
  }
  const facets: FacetColumn[] = [...valueSets].map(([key, set]) => ({ key, values: [...set].sort() }));

  const groups: { length: number; count: number }[] = [];
  for (const i of order) {
    const length = hashes[i]!.length;
    const last = groups.at(-1);
    if (last?.length === length) last.count++;
    else groups.push({ length, count: 1 });
  }

  const out: number[] = [...MAGIC].map((c) => c.charCodeAt(0));
  out.push(VERSION);
  const header = new TextEncoder().encode(JSON.stringify({ facets, groups }));
  writeVarint(out, header.length);
  out.push(...header);

  let previous = 0;
  let previousLength = 0;
  for (const i of order) {
    const hash = hashes[i]!;
    const value = parseInt(hash, 16);
    writeVarint(out, hash.length === previousLength ? value - previous : value);
    previous = value;
    previousLength = hash.length;
  }

  for (const { key, values } of facets) {
    const width = bytesFor(values.length);
    const index = new Map(values.map((v, n) => [v, n]));
    for (const i of order) {
      const mask = new Uint8Array(width);
      for (const value of pages[i]!.facets[key] ?? []) {
        const n = index.get(value)!;
        mask[n >> 3]! |= 1 << (n & 7);
      }
      out.push(...mask);
    }
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

export function decodeFacetIndex(bytes: Uint8Array): FacetIndex {
  const reader = new Reader(bytes);
  const magic = String.fromCharCode(...reader.take(4));
  const version = reader.byte();
  if (magic !== MAGIC || version !== VERSION) throw new Error('This is not a search filter file this page can read: rebuild the site.');
  const header = JSON.parse(new TextDecoder().decode(reader.take(reader.varint()))) as {
    facets: FacetColumn[];
    groups: { length: number; count: number }[];
  };
  const ids = new Map<string, number>();
  for (const { length, count } of header.groups) {
    let value = 0;
    for (let n = 0; n < count; n++) {
      value = n === 0 ? reader.varint() : value + reader.varint();
      ids.set(value.toString(16).padStart(length, '0'), ids.size);
    }
  }
  const masks = header.facets.map(({ values }) => reader.take(bytesFor(values.length) * ids.size));
  return new FacetIndex(header.facets, ids, masks);
}

export class FacetIndex {
  readonly facets: readonly FacetColumn[];
  private readonly ids: ReadonlyMap<string, number>;
  private readonly masks: readonly Uint8Array[];

  constructor(facets: readonly FacetColumn[], ids: ReadonlyMap<string, number>, masks: readonly Uint8Array[]) {
    this.facets = facets;
    this.ids = ids;
    this.masks = masks;
  }

  get size(): number {
    return this.ids.size;
  }

  /** The page's number in this file, from a Pagefind result id; undefined for a page the file does not know. */
  pageNumber(pagefindId: string): number | undefined {
    return this.ids.get(hashOf(pagefindId));
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
