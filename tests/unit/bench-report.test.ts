import { describe, expect, it } from 'vitest';
import { compareBuilds, type BuildComparison } from '../../scripts/lib/bench-report.ts';
import { resultCount, typedWords } from '../../scripts/lib/search-bench.ts';

const run = (seconds: number) => ({ seconds, peakRssBytes: 1e9, exitCode: 0 });
const round = (astro: number, pagefind: number, hugo: number, hugoPagefind: number): BuildComparison['rounds'][number] => ({
  ours: { astro: run(astro), pagefind: run(pagefind) },
  hugo: { version: 'hugo v0.111.3', hugo: run(hugo), pagefind: run(hugoPagefind), pages: 10_002, indexedPages: 10_000 },
});

describe('the comparison with Hugo + Pagefind', () => {
  it('divides the median of our totals by the median of Hugo + Pagefind totals, each over its own rounds', () => {
    // Our slowest round and Hugo's fastest are different rounds: medians are taken per side, not per round.
    const c = compareBuilds([round(20, 10, 4, 3), round(40, 20, 2, 2), round(24, 12, 5, 4)], 'hugo v0.111.3');
    expect(c.oursSeconds).toBe(36);
    expect(c.hugoSeconds).toBe(7);
    expect(c.ratio).toBeCloseTo(36 / 7, 10);
  });
});

describe('the words typed a key at a time', () => {
  it('are the first word of each query that types something, each once, in order', () => {
    const q = (text: string) => ({ text, filters: {} });
    expect(typedWords([q('walking'), q(''), q('coffee morning'), q('walk'), q('walking  group')])).toEqual(['walking', 'coffee', 'walk']);
  });
});

describe('reading the status line', () => {
  it('reads the count from its sentence, after a correction or fewer words are announced and before the notes', () => {
    expect(resultCount('1,234 activities found.')).toBe(1234);
    expect(resultCount('41 activities found in total.')).toBe(41);
    expect(resultCount('1 activity found.')).toBe(1);
    expect(resultCount('No activities found.')).toBe(0);
    expect(resultCount('No activities mention “dementai”. Showing results for “dementia” instead. 12 activities found.')).toBe(12);
    expect(resultCount('No activity matches all of “cooking class”. Showing results for “class” instead. 4 activities found.')).toBe(4);
    expect(resultCount('14 activities found. In the morning only.')).toBe(14);
    expect(resultCount('9 activities found. Sorted by distance from AV1, nearest first.')).toBe(9);
    expect(resultCount('Loading search…')).toBeNull();
    expect(resultCount('Search could not load. You can still browse activities by category or area below.')).toBeNull();
  });
});
