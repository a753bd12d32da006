/**
 * The benchmark is a script, not a test; this only checks that it still
 * runs end to end (generate, build, index, search in Chromium, weigh pages)
 * on a small directory and writes its report with the promised columns.
 * The figures themselves are not judged: on 200 entries they mean little.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run bench', () => {
  it('runs on 200 entries and writes RESULTS.md and RESULTS.json', { timeout: 180_000 }, async () => {
    const out = path.join(tmp, 'out');
    await promisify(execFile)(
      process.execPath,
      ['scripts/bench.ts', '--sizes', '200', '--queries', '3', '--no-lighthouse', '--out', out, '--work', path.join(tmp, 'work')],
      { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 },
    );

    const markdown = readFileSync(path.join(out, 'RESULTS.md'), 'utf8');
    for (const column of [
      '| entries | astro build (s) | indexing (s) | total (s) | peak RSS build | peak RSS indexing | pages | pages/s | dist/ | search index |',
      '| first search | later search median | later search max | filters |',
      '| later median (ms) | later p95 (ms) | later median − pause | later p95 − pause |',
      '| HTML gzip | HTML brotli | CSS gzip | JS gzip | JS brotli |',
      '| budget | limit | measured | at | within? |',
    ]) {
      expect(markdown).toContain(column);
    }
    expect(markdown).toMatch(/Machine: \d+ cores .*memory/);
    expect(markdown).toMatch(/^\| 200 \| /m);

    const json = JSON.parse(readFileSync(path.join(out, 'RESULTS.json'), 'utf8'));
    expect(json.finishedAt).toEqual(expect.any(String));
    expect(json.machine).toMatchObject({ cores: expect.any(Number), memoryBytes: expect.any(Number) });
    const [size] = json.sizes;
    expect(size.entries).toBe(200);
    expect(size.build).toMatchObject({
      astro: { seconds: expect.any(Number), peakRssBytes: expect.any(Number), exitCode: 0 },
      pagefind: { seconds: expect.any(Number), peakRssBytes: expect.any(Number), exitCode: 0 },
      pages: expect.any(Number),
      distBytes: expect.any(Number),
      indexBytes: expect.any(Number),
    });
    expect(size.build.pages).toBeGreaterThan(200);
    expect(size.search.firstSearch).toEqual({ raw: expect.any(Number), gzip: expect.any(Number) });
    // Three queries, each made twice, and each found something and was timed.
    expect(size.search.cases).toHaveLength(6);
    for (const c of size.search.cases) {
      expect(c.results).toBeGreaterThan(0);
      expect(c.ms).toEqual(expect.any(Number));
    }
    expect(size.pages.map((p: { name: string }) => p.name)).toEqual(['home', 'search', 'activity']);
    expect(size.lighthouse).toBeUndefined();
  });
});
