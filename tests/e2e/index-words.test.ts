/**
 * match.ts against the real Pagefind in Chromium, over the built test site:
 * a word it says matches must find pages, and a word it says does not must
 * find only pages that Pagefind's fallback brought in, pages without the word.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { TEST_DIST } from '../support/site.ts';
import { collectIndexWords } from '../../src/lib/search/words/extract.ts';
import { readFragments } from '../../src/lib/search/pagefind-fragments.ts';
import { IndexWords } from '../../src/lib/search/words/match.ts';
import { queryWords } from '../../src/lib/search/words/query-words.ts';
import { stem } from '../../src/lib/search/words/stem.ts';
import { encodeWordList } from '../../src/lib/search/words/word-list.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);

// Pagefind's id for a result is its fragment's file name.
const fragments = new Map(readFragments(path.join(TEST_DIST, 'pagefind'), []).map((fragment) => [fragment.id, fragment] as const));
const words = collectIndexWords(fragments.values());
const index = IndexWords.fromText(encodeWordList(words));
/** Each page's index words, stemmed as Pagefind stores them. */
const pageStems = new Map([...fragments].map(([id, fragment]) => [id, [...collectIndexWords([fragment]).keys()].map((w) => stem(w))]));
const allStems = [...new Set([...pageStems.values()].flat())];

/**
 * The pages Pagefind should find for one query word, by its rules: those
 * with a stem that starts with the word's stem or, when there is none, those
 * with the longest stem that the word's stem starts with.
 */
function expectedPages(word: string): string[] {
  const s = stem(word);
  const pagesWith = (test: (t: string) => boolean) => [...pageStems].filter(([, stems]) => stems.some(test)).map(([id]) => id).sort();
  if (allStems.some((t) => t.startsWith(s))) return pagesWith((t) => t.startsWith(s));
  const fallback = allStems.filter((t) => s.startsWith(t)).sort((a, b) => b.length - a.length)[0];
  return fallback === undefined ? [] : pagesWith((t) => t === fallback);
}

/** Every query's result ids from Pagefind in the page. */
async function searchAll(queries: string[]) {
  const { page } = await browser.open('/');
  // A string, so the test runner's transform leaves its import() for the browser.
  const search = `(async (queries) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const ids = {};
    for (const query of queries) ids[query] = (await pagefind.search(query)).results.map((result) => result.id);
    return ids;
  })(${JSON.stringify(queries)})`;
  return (await page.evaluate(search)) as Record<string, string[]>;
}

describe('index words against Pagefind', () => {
  it('agrees with Pagefind on 200 of its words, their beginnings and their inflections, and on words it lacks', { timeout: 180_000 }, async () => {
    const listed = [...words.keys()].filter((w) => /^\p{L}{3,}$/u.test(w)).sort();
    const step = Math.max(1, Math.floor(listed.length / 200));
    const sample = listed.filter((_, i) => i % step === 0).slice(0, 200);
    const queries = new Set<string>(['autism', 'cancer', 'stroke', 'zzzq', 'xylophonist']);
    for (const w of sample) {
      queries.add(w);
      queries.add(w.slice(0, Math.ceil(w.length / 2)));
      queries.add(w.slice(0, -1));
      for (const ending of ['s', 'ing', 'ed', 'er']) queries.add(w + ending);
    }
    const ids = await searchAll([...queries]);

    const matchedButNoResults = [...queries].filter((q) => index.matches(q) && ids[q]!.length === 0);
    expect(matchedButNoResults).toEqual([]);

    // Pagefind finds exactly the pages its rules (as this test reads them) say, so the stems and words agree.
    const disagreements = [...queries].filter((q) => ids[q]!.slice().sort().join() !== expectedPages(q).join());
    expect(disagreements.map((q) => `${q}: found ${ids[q]!.slice().sort().join()}, expected ${expectedPages(q).join()}`)).toEqual([]);

    // A word `matches` turns down was found, if at all, by the fallback: it is on none of the pages found.
    const unmatched = [...queries].filter((q) => !index.matches(q));
    const foundWithTheWord = unmatched.flatMap((q) =>
      ids[q]!.filter((id) => pageStems.get(id)!.some((t) => t.startsWith(stem(queryWords(q)[0]!)))).map((id) => `${q} on ${id}`),
    );
    expect(foundWithTheWord).toEqual([]);

    // The false matches are real: Pagefind gives results for "autism", none of them about it.
    expect(index.matches('autism')).toBe(false);
    expect(ids['autism']!.length).toBeGreaterThan(0);
    expect(index.matches('zzzq')).toBe(false);
    // And the check is not vacuous: both kinds of word occur among the queries.
    expect(unmatched.length).toBeGreaterThan(50);
    expect(queries.size - unmatched.length).toBeGreaterThan(400);
  });
});
