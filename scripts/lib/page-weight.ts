/**
 * What a page costs to download: its HTML, CSS and JavaScript (everything
 * the browser actually loaded, including scripts imported later, such as
 * Pagefind's library and worker on the search page), raw and compressed.
 *
 * The benchmark's static server does not compress, so the compressed sizes
 * are computed here: gzip at node:zlib's default level (what most hosts do
 * on the fly) and brotli at its default quality 11 (what hosts that
 * pre-compress serve). Pagefind's data files are already compressed and are
 * listed separately, as sent.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
  files: number;
}

export interface PageWeight {
  name: string;
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Anything else fetched (Pagefind's index and WebAssembly, icons), as sent. */
  otherBytes: number;
}

function zero(): Weight {
  return { raw: 0, gzip: 0, brotli: 0, files: 0 };
}

function add(weight: Weight, body: Buffer): void {
  weight.raw += body.length;
  weight.gzip += gzipSync(body).length;
  weight.brotli += brotliCompressSync(body).length;
  weight.files++;
}

/** Opens each page in a fresh context, so nothing is cached from the one before. */
export async function measurePageWeights(browser: Browser, baseUrl: string, pages: readonly { name: string; path: string }[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const { name, path } of pages) {
    const context = await browser.newContext({ baseURL: baseUrl });
    try {
      const page = await context.newPage();
      const weight: PageWeight = { name, path, html: zero(), css: zero(), js: zero(), otherBytes: 0 };
      const counting: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        counting.push(
          (async () => {
            const response = await request.response();
            // Chromium keeps no body for a worker's script; fetch that file again to weigh it.
            const body = (await response?.body().catch(() => undefined)) ?? (await context.request.get(request.url()).then((r) => r.body(), () => undefined));
            const type = request.resourceType();
            const bucket = type === 'document' ? weight.html : type === 'stylesheet' ? weight.css : type === 'script' ? weight.js : undefined;
            if (bucket && body) add(bucket, body);
            else weight.otherBytes += body?.length ?? (await request.sizes()).responseBodySize;
          })(),
        );
      });
      // networkidle: the search page goes on to load Pagefind after the load event.
      await page.goto(path, { waitUntil: 'networkidle' });
      await Promise.all(counting);
      out.push(weight);
    } finally {
      await context.close();
    }
  }
  return out;
}
