/**
 * Pagefind matches each search word as the start of longer words too, which
 * is what a word being typed needs ("walki" on its way to "walking"). A
 * finished word that pages use as a word means that word: "men" is not a
 * search for "mental", nor "art" for "arthritis", nor "polish" for
 * "polishing"'s stem-mates. Such words are checked again with Pagefind's
 * exact search, which matches whole words only and has no ranking of its
 * own, so the ranked results are kept in their order, less those without
 * the whole word. A word no page has whole ("knitt") keeps matching as a
 * start: that is all it can find.
 */
import type { Pagefind, PagefindResult } from './pagefind.ts';
import type { IndexWords } from './words/match.ts';
import { queryWords } from './words/query-words.ts';

/** The query's words that pages have whole and that also start longer indexed words. */
export function wordsToKeepWhole(query: string, words: IndexWords): string[] {
  return [...new Set(queryWords(query))].filter((word) => words.hasWord(word) && words.startsLongerWord(word));
}

/** `results` less those missing one of the query's whole words (`wordsToKeepWhole`), in their order. */
export async function withWholeWords(pf: Pagefind, query: string, words: IndexWords, results: readonly PagefindResult[]): Promise<PagefindResult[]> {
  const whole = wordsToKeepWhole(query, words);
  if (!whole.length || !results.length) return [...results];
  const exact = await Promise.all(whole.map((word) => pf.search(`"${word}"`)));
  const having = exact.map((found) => new Set(found.results.map((r) => r.id)));
  return results.filter((r) => having.every((ids) => ids.has(r.id)));
}
