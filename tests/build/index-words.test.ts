/**
 * The word list against the real Pagefind index of the built test site: the
 * words found again in the fragments, stemmed as match.ts stems them, must
 * be exactly the words Pagefind put in its index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';
import { readEntries } from '../support/content.ts';
import { collectIndexWords } from '../../src/lib/search/words/extract.ts';
import { readFragments } from '../../src/lib/search/pagefind-fragments.ts';
import { IndexWords } from '../../src/lib/search/words/match.ts';
import { stem } from '../../src/lib/search/words/stem.ts';
import { encodeWordList } from '../../src/lib/search/words/word-list.ts';

const bundle = path.join(TEST_DIST, 'pagefind');

/** The words of Pagefind's index chunks: gzip over "pagefind_dcd" and CBOR [[word, pages, variants], ...]. */
function pagefindIndexWords(): Set<string> {
  const dir = path.join(bundle, 'index');
  const words = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pf_index'))) {
    const chunk = decode(gunzipSync(readFileSync(path.join(dir, name))).subarray(12)) as [[string, ...unknown[]][]];
    for (const [word] of chunk[0]) words.add(word);
  }
  return words;
}

describe('Pagefind’s index of the built site', () => {
  it('holds the words the pages say, not the ids and map positions their results carry', () => {
    const indexed = pagefindIndexWords();
    const listed = readEntries(TEST_CONTENT).filter((e) => e.listed);
    // Pagefind indexes a hyphenated word whole as well as in parts, and a number without its point.
    const ids = listed.map((e) => e.id.replace(/-/g, ''));
    const positions = listed.flatMap((e) => [e.data.location.latitude, e.data.location.longitude]).filter((n) => n !== undefined).map((n) => String(Math.abs(n)).replace('.', ''));
    expect(ids.length).toBeGreaterThan(10);
    expect(positions.length).toBeGreaterThan(10);
    expect(ids.filter((id) => indexed.has(id))).toEqual([]);
    expect(positions.filter((p) => indexed.has(p))).toEqual([]);
  });
});

describe('the word list of the built site', () => {
  const words = collectIndexWords(readFragments(bundle, []));
  const indexed = pagefindIndexWords();

  it('stems to exactly the words in Pagefind’s index, numbers aside', () => {
    const stems = new Set([...words.keys()].map((w) => stem(w)));
    expect([...stems].filter((s) => !indexed.has(s))).toEqual([]);
    expect([...indexed].filter((w) => !stems.has(w) && !/^\p{N}+$/u.test(w))).toEqual([]);
    expect(stems.size).toBeGreaterThan(500);
  });

  it('matches every word it lists, after the trip through its file', () => {
    const text = encodeWordList(words);
    const index = IndexWords.fromText(text);
    expect(index.size).toBe(words.size);
    expect([...words.keys()].filter((w) => !index.matches(w))).toEqual([]);
    console.log(`Word list: ${words.size} words, ${text.length} bytes, ${gzipSync(text, { level: 9 }).length} bytes gzipped.`);
  });
});
