/**
 * Counts what a page downloads, by kind of file, including the requests
 * Pagefind's web worker makes (Playwright reports those with the page's).
 *
 * Two figures per response: the bytes this benchmark's static server sent
 * (it never compresses), and an estimate of what a host that gzips text
 * would send: text responses (HTML, CSS, JavaScript, JSON) are gzipped here
 * at the default level; Pagefind's index, fragment, filter and WebAssembly
 * files are already compressed by Pagefind, and the search filters' file
 * (facets.bin) by the build, so they count as sent. Response
 * headers are included in both.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { FACET_FILE } from '../../src/lib/search/facet-file/format.ts';

export const KINDS = ['library', 'wasm', 'meta', 'filter', 'index', 'fragment', 'site'] as const;
export type Kind = (typeof KINDS)[number];
export type Bytes = Record<Kind, number>;

export function classify(url: string): Kind {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/pagefind/')) return 'site';
  if (pathname.endsWith('.js')) return 'library';
  if (/\/wasm\.[^/]*\.pagefind$/.test(pathname)) return 'wasm';
  // Pagefind's own filter files (no longer fetched by the search page) and our filter file.
  if (pathname.includes('/filter/') || pathname.endsWith(`/${FACET_FILE}`)) return 'filter';
  if (pathname.includes('/index/')) return 'index';
  if (pathname.includes('/fragment/')) return 'fragment';
  return 'meta'; // pagefind-entry.json and the .pf_meta file
}

export function emptyBytes(): Bytes {
  return { library: 0, wasm: 0, meta: 0, filter: 0, index: 0, fragment: 0, site: 0 };
}

export function sum(bytes: Bytes, kinds: readonly Kind[] = KINDS): number {
  return kinds.reduce((total, kind) => total + bytes[kind], 0);
}

export function difference(after: Bytes, before: Bytes): Bytes {
  const out = emptyBytes();
  for (const kind of KINDS) out[kind] = after[kind] - before[kind];
  return out;
}

const TEXT_TYPE = /^(text\/|application\/(javascript|json|xml))/;

export interface Snapshot {
  raw: Bytes;
  gzip: Bytes;
}

export class NetworkMeter {
  readonly raw = emptyBytes();
  readonly gzip = emptyBytes();
  #inflight = 0;
  #pending = new Set<Promise<void>>();
  #context: BrowserContext;

  constructor(page: Page) {
    this.#context = page.context();
    page.on('request', () => this.#inflight++);
    page.on('requestfailed', () => this.#inflight--);
    page.on('requestfinished', (request) => {
      const counted = this.#count(request).finally(() => {
        this.#inflight--;
        this.#pending.delete(counted);
      });
      this.#pending.add(counted);
    });
  }

  /** Requests started and not yet finished and counted. */
  get inflight(): number {
    return this.#inflight;
  }

  async #count(request: Request): Promise<void> {
    const kind = classify(request.url());
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    let body: Buffer | undefined;
    try {
      body = await response.body();
    } catch {
      // Chromium keeps no body for a worker's script: fetch that file again to compress it, outside the page.
      body = await this.#context.request.get(request.url()).then((r) => r.body(), () => undefined);
    }
    const bodyBytes = sizes.responseBodySize || body?.length || 0;
    const type = response.headers()['content-type'] ?? '';
    const compressed = body && TEXT_TYPE.test(type) ? gzipSync(body).length : bodyBytes;
    this.raw[kind] += bodyBytes + sizes.responseHeadersSize;
    this.gzip[kind] += compressed + sizes.responseHeadersSize;
  }

  /** Totals so far, once every finished response has been counted. */
  async snapshot(): Promise<Snapshot> {
    await Promise.all([...this.#pending]);
    return { raw: { ...this.raw }, gzip: { ...this.gzip } };
  }
}

export function since(after: Snapshot, before: Snapshot): Snapshot {
  return { raw: difference(after.raw, before.raw), gzip: difference(after.gzip, before.gzip) };
}
