/**
 * Two small files of facts about each indexed page, in the rows of the
 * search filter file (its perfect hash sends a Pagefind id to its row, see
 * facet-file/format.ts), so the search page can rank and sort every result
 * without fetching each result's details:
 * - `page-facts.bin`: whether each page's details are out of date, and
 *   whether the activity is paused, which ranking needs at the first
 *   search with words;
 * - `page-positions.bin`: each page's map position, which only a search
 *   near a postcode needs, so it loads only then.
 *
 * Layout of both (integers are unsigned LEB128 varints):
 *   magic ("SPPF" or "SPPP"), version byte 1
 *   index name length, index name (Pagefind's, as in the filter file)
 *   rows
 *   page-facts.bin: one flags byte a row, bit 1 out of date, bit 2 paused
 *   page-positions.bin: one byte a row, 1 where the row has a position;
 *   then for each such row, in row order, latitude + 90 and longitude + 180
 *   in ten-thousandths of a degree (about 10 m), three bytes each, most
 *   significant first
 * The build gzips both.
 */
import { ByteReader, gunzippedBytes, writeVarint } from './binary-file.ts';
import type { Point } from './distance.ts';

export const PAGE_FACTS_FILE = 'page-facts.bin';
export const PAGE_POSITIONS_FILE = 'page-positions.bin';
const FACTS_MAGIC = 'SPPF';
const POSITIONS_MAGIC = 'SPPP';
const VERSION = 1;
const OUT_OF_DATE = 2;
const PAUSED = 4;
const SCALE = 1e4;

export interface PageFact {
  row: number;
  position?: Point | undefined;
  outOfDate: boolean;
  paused?: boolean | undefined;
}

function write24(out: number[], value: number): void {
  out.push((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

function header(magic: string, index: string, rows: number): number[] {
  const out: number[] = [...magic].map((c) => c.charCodeAt(0));
  out.push(VERSION);
  const name = new TextEncoder().encode(index);
  writeVarint(out, name.length);
  out.push(...name);
  writeVarint(out, rows);
  return out;
}

function byRow(facts: readonly PageFact[], rows: number): (PageFact | undefined)[] {
  const ordered: (PageFact | undefined)[] = new Array(rows);
  for (const fact of facts) {
    if (fact.row < 0 || fact.row >= rows) throw new Error(`Page-facts row ${fact.row} is outside the ${rows} rows of the search filter file.`);
    ordered[fact.row] = fact;
  }
  return ordered;
}

/** page-facts.bin's bytes (before gzip) for `rows` rows, of which `facts` say something. */
export function encodePageFacts(facts: readonly PageFact[], rows: number, index: string): Uint8Array {
  const out = header(FACTS_MAGIC, index, rows);
  for (const fact of byRow(facts, rows)) out.push((fact?.outOfDate ? OUT_OF_DATE : 0) | (fact?.paused ? PAUSED : 0));
  return Uint8Array.from(out);
}

/** page-positions.bin's bytes (before gzip). */
export function encodePagePositions(facts: readonly PageFact[], rows: number, index: string): Uint8Array {
  const ordered = byRow(facts, rows);
  const out = header(POSITIONS_MAGIC, index, rows);
  for (const fact of ordered) out.push(fact?.position ? 1 : 0);
  for (const fact of ordered) {
    if (!fact?.position) continue;
    write24(out, Math.round((fact.position.latitude + 90) * SCALE));
    write24(out, Math.round((fact.position.longitude + 180) * SCALE));
  }
  return Uint8Array.from(out);
}

export class PageFacts {
  /** Pagefind's name for the index the file was built from. */
  readonly index: string;
  readonly #flags: Uint8Array;

  constructor(index: string, flags: Uint8Array) {
    this.index = index;
    this.#flags = flags;
  }

  outOfDate(row: number | undefined): boolean {
    return row !== undefined && ((this.#flags[row] ?? 0) & OUT_OF_DATE) !== 0;
  }

  paused(row: number | undefined): boolean {
    return row !== undefined && ((this.#flags[row] ?? 0) & PAUSED) !== 0;
  }
}

export class PagePositions {
  readonly index: string;
  readonly #positions: (Point | undefined)[];

  constructor(index: string, positions: (Point | undefined)[]) {
    this.index = index;
    this.#positions = positions;
  }

  position(row: number | undefined): Point | undefined {
    return row === undefined ? undefined : this.#positions[row];
  }
}

/** The header both files start with. */
function readHeader(reader: ByteReader, magic: string): { index: string; rows: number } {
  const found = String.fromCharCode(reader.byte(), reader.byte(), reader.byte(), reader.byte());
  if (found !== magic || reader.byte() !== VERSION) throw new Error('This is not a page-facts file this page can read: rebuild the site.');
  const index = new TextDecoder().decode(reader.take(reader.varint()));
  return { index, rows: reader.varint() };
}

export function decodePageFacts(bytes: Uint8Array): PageFacts {
  const reader = new ByteReader(bytes, 'The page-facts file');
  const { index, rows } = readHeader(reader, FACTS_MAGIC);
  return new PageFacts(index, reader.take(rows).slice());
}

export function decodePagePositions(bytes: Uint8Array): PagePositions {
  const reader = new ByteReader(bytes, 'The page-positions file');
  const { index, rows } = readHeader(reader, POSITIONS_MAGIC);
  const has = reader.take(rows);
  const read24 = () => (reader.byte() << 16) | (reader.byte() << 8) | reader.byte();
  const positions: (Point | undefined)[] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    if (has[row]) positions[row] = { latitude: read24() / SCALE - 90, longitude: read24() / SCALE - 180 };
  }
  return new PagePositions(index, positions);
}

export async function loadPageFacts(bundlePath: string): Promise<PageFacts> {
  return decodePageFacts(await gunzippedBytes(await fetch(`${bundlePath}${PAGE_FACTS_FILE}`), 'page facts'));
}

export async function loadPagePositions(bundlePath: string): Promise<PagePositions> {
  return decodePagePositions(await gunzippedBytes(await fetch(`${bundlePath}${PAGE_POSITIONS_FILE}`), 'map positions'));
}
