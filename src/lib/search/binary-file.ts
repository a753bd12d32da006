/**
 * What the search's own binary files (the filter file, page facts and page
 * positions) share: unsigned LEB128 varints, a reader that says which file
 * ended early, and fetching a file the build gzipped.
 */

export function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export class ByteReader {
  offset = 0;
  readonly #bytes: Uint8Array;
  readonly #endedEarly: string;

  /** `what` names the file in the error a truncated file gives ("The search filter file"). */
  constructor(bytes: Uint8Array, what: string) {
    this.#bytes = bytes;
    this.#endedEarly = `${what} ends early: rebuild the site.`;
  }

  byte(): number {
    if (this.offset >= this.#bytes.length) throw new Error(this.#endedEarly);
    return this.#bytes[this.offset++]!;
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
    if (this.offset + n > this.#bytes.length) throw new Error(this.#endedEarly);
    const slice = this.#bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }
}

/**
 * A fetched file's bytes: gzip undone with the browser's own
 * DecompressionStream, unless a host has already undone it.
 */
export async function gunzippedBytes(response: Response, what: string): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`The search's ${what} could not load (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
  return new Uint8Array(await inflated.arrayBuffer());
}
