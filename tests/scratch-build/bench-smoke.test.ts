/**
 * The benchmark is a script, not a test; this only checks that it still
 * runs end to end (generate, build, index, search in Chromium, type words a
 * key at a time, weigh pages, build the same entries with Hugo + Pagefind
 * in alternate rounds, build again after one entry changes) on a small directory and writes its report with the
 * promised columns. Hugo must be installed (.ci/run installs it): without
 * it the benchmark stops, and so this test fails rather than pass without
 * the comparison.
 * The figures themselves are not judged: on 200 entries they mean little.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { suiteScratchDir } from '../support/scratch.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const tmp = suiteScratchDir('bench-smoke', 'project');

describe('npm run bench', () => {
  it('stops at a bad option value with what to write, not a stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/bench.ts', '--rounds', '0', '--no-hugo'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--rounds must be a whole number above 0, not "0".');
  });

  it('runs on 200 entries and writes RESULTS.md and RESULTS.json', { timeout: 300_000 }, async () => {
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
      '| entries | round | ours: build + indexing (s) | ours: peak RSS | Hugo (s) | Pagefind over Hugo (s) | Hugo + Pagefind (s) | Hugo + Pagefind: peak RSS | Hugo pages | pages indexed |',
      '| entries | rounds | ours median (s) | Hugo + Pagefind median (s) | ours / Hugo + Pagefind |',
      '| search page + first word | first word | later word median |',
      '| full build and indexing at 10,000, against Hugo + Pagefind (medians of the rounds) | ≤ 3.0x |',
      '| search page plus a first word typed a key at a time at 10,000, gzip, the worker\'s requests included | ≤ 200 kB |',
      '| a later word typed a key at a time at 10,000, gzip (median) | ≤ 30 kB |',
      '| rebuild + indexing at 10,000 after one entry changed | ≤ 10 s |',
      '### One entry changed',
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
    // The rebuild after one entry changed, in its own table: entries, astro build, indexing, total, and the two peaks.
    expect(size.rebuild).toMatchObject({ astro: { seconds: expect.any(Number), exitCode: 0 }, pagefind: { seconds: expect.any(Number), exitCode: 0 }, pages: size.build.pages });
    expect(markdown).toMatch(/^\| 200 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ GB \| [\d.]+ GB \|$/m);
    expect(size.search.firstSearch).toEqual({ raw: expect.any(Number), gzip: expect.any(Number) });
    // Three queries, each made twice, and each found something and was timed.
    expect(size.search.cases).toHaveLength(6);
    for (const c of size.search.cases) {
      expect(c.results).toBeGreaterThan(0);
      expect(c.ms).toEqual(expect.any(Number));
    }
    expect(size.pages.map((p: { name: string }) => p.name)).toEqual(['home', 'search', 'activity']);
    expect(size.lighthouse).toBeUndefined();

    // The first words of the three queries, typed a key at a time: the first with the page it opened, then two more.
    const { typed } = size.search;
    expect(typed.first.word).toBe('walking');
    expect(typed.later.map((w: { word: string }) => w.word)).toHaveLength(2);
    for (const word of [typed.first, ...typed.later]) {
      expect(word.results).toBeGreaterThan(0);
      expect(word.ms).toEqual(expect.any(Number));
      expect(word.bytes.gzip).toBeGreaterThan(0);
    }
    // Typing the first word fetches more on top of what opening the page did.
    expect(typed.first.bytes.gzip).toBeGreaterThan(typed.opening.gzip);

    // Two rounds by default, each a full build of ours and of Hugo + Pagefind over all 200 entries.
    const { comparison } = size;
    expect(comparison.hugoVersion).toMatch(/^hugo v0\.\d+/);
    expect(comparison.rounds).toHaveLength(2);
    for (const { ours, hugo } of comparison.rounds) {
      expect(ours.astro.exitCode).toBe(0);
      expect(hugo.hugo).toMatchObject({ seconds: expect.any(Number), exitCode: 0 });
      expect(hugo.pagefind).toMatchObject({ seconds: expect.any(Number), exitCode: 0 });
      // An activity page per entry, the activities list and the home page.
      expect(hugo.pages).toBe(202);
      expect(hugo.indexedPages).toBe(200);
    }
    expect(comparison.ratio).toBeCloseTo(comparison.oursSeconds / comparison.hugoSeconds, 6);
    expect(markdown).toMatch(/^\| 200 \| 2 \| [\d.]+ \| [\d.]+ \| [\d.]+x \|$/m);

    // Every build, ours and Hugo's, moved aside during the run is gone once it ends.
    expect(readdirSync(path.join(tmp, 'work'))).toEqual([]);
  });
});
