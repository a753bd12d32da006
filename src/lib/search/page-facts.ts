/**
 * The page-facts file: each indexed page's map position and whether its
 * details are out of date, in the rows of the search filter file (its
 * perfect hash sends a Pagefind id to its row, see facet-file/format.ts).
 * With it the search page can sort every result by distance from a postcode,
 * and rank out-of-date entries below current ones, without fetching each
 * result's details.
 *
 * Layout (integers are unsigned LEB128 varints):
 *   "SPPF", version byte 1
 *   index name length, index name (Pagefind's, as in the filter file)
 *   rows
 *   one flags byte a row: bit 0 has a position, bit 1 out of date
 *   for each row with a position, in row order: latitude + 90 and
 *   longitude + 180 in ten-thousandths of a degree (about 10 m), three bytes
 *   each, most significant first
 * The build gzips the whole file.
 */
import type { Point } from './distance.ts';

export const PAGE_FACTS_FILE = 'page-facts.bin';
const MAGIC = 'SPPF';
const VERSION = 1;
const HAS_POSITION = 1;
const OUT_OF_DATE = 2;
const SCALE = 1e4;

export interface PageFact {
  row: number;
  position?: Point | undefined;
  outOfDate: boolean;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function write24(out: number[], value: number): void {
  out.push((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

/** The file's bytes (before gzip) for `rows` rows, of which `facts` say something. */
export function encodePageFacts(facts: readonly PageFact[], rows: number, index: string): Uint8Array {
  const flags = new Uint8Array(rows);
  const positions: (Point | undefined)[] = new Array(rows);
  for (const fact of facts) {
    if (fact.row < 0 || fact.row >= rows) throw new Error(`Page-facts row ${fact.row} is outside the ${rows} rows of the search filter file.`);
    flags[fact.row] = (fact.position ? HAS_POSITION : 0) | (fact.outOfDate ? OUT_OF_DATE : 0);
    positions[fact.row] = fact.position;
  }
  const out: number[] = [...MAGIC].map((c) => c.charCodeAt(0));
  out.push(VERSION);
  const name = new TextEncoder().encode(index);
  writeVarint(out, name.length);
  out.push(...name);
  writeVarint(out, rows);
  out.push(...flags);
  for (const p of positions) {
    if (!p) continue;
    write24(out, Math.round((p.latitude + 90) * SCALE));
    write24(out, Math.round((p.longitude + 180) * SCALE));
  }
  return Uint8Array.from(out);
}

export class PageFacts {
  /** Pagefind's name for the index the file was built from. */
  readonly index: string;
  readonly #flags: Uint8Array;
  readonly #positions: (Point | undefined)[];

  constructor(index: string, flags: Uint8Array, positions: (Point | undefined)[]) {
    this.index = index;
    this.#flags = flags;
    this.#positions = positions;
  }

  position(row: number | undefined): Point | undefined {
    return row === undefined ? undefined : this.#positions[row];
  }

  outOfDate(row: number | undefined): boolean {
    return row !== undefined && ((this.#flags[row] ?? 0) & OUT_OF_DATE) !== 0;
  }
}

export function decodePageFacts(bytes: Uint8Array): PageFacts {
  let at = 0;
  const byte = () => {
    if (at >= bytes.length) throw new Error('The page-facts file ends early: rebuild the site.');
    return bytes[at++]!;
  };
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  const read24 = () => (byte() << 16) | (byte() << 8) | byte();
  const magic = String.fromCharCode(byte(), byte(), byte(), byte());
  if (magic !== MAGIC || byte() !== VERSION) throw new Error('This is not a page-facts file this page can read: rebuild the site.');
  const nameLength = varint();
  const index = new TextDecoder().decode(bytes.subarray(at, at + nameLength));
  at += nameLength;
  const rows = varint();
  const flags = bytes.slice(at, at + rows);
  if (flags.length < rows) throw new Error('The page-facts file ends early: rebuild the site.');
  at += rows;
  const positions: (Point | undefined)[] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    if (!(flags[row]! & HAS_POSITION)) continue;
    positions[row] = { latitude: read24() / SCALE - 90, longitude: read24() / SCALE - 180 };
  }
  return new PageFacts(index, flags, positions);
}

/** The file from the Pagefind bundle at `bundlePath`, gzip undone by the browser's own DecompressionStream. */
export async function loadPageFacts(bundlePath: string): Promise<PageFacts> {
  const response = await fetch(`${bundlePath}${PAGE_FACTS_FILE}`);
  if (!response.ok) throw new Error(`The search's map positions could not load (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return decodePageFacts(bytes);
  const inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
  return decodePageFacts(new Uint8Array(await inflated.arrayBuffer()));
}
