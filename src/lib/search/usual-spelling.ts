/**
 * A slip the reader shares with a page or two: "excercise" is on one page,
 * so the search finds that page alone and offers no correction, the word
 * being on the site. Where the usual spelling is on many more pages, what
 * it finds is shown after them.
 *
 * Only the slips that get into writing by the same hand as into a search
 * box count: a letter doubled or dropped, two letters swapped, in a word of
 * seven letters or more. A letter changed for another makes other words
 * ("talking" and "walking", "choir" and "chair"), which are not slips.
 */
import type { IndexWords } from './words/match.ts';
import { queryWords } from './words/query-words.ts';

/** On at most this many pages, a word may be a shared slip. */
export const FEW_PAGES = 2;
const SHORTEST = 7;

/** Whether `b` is `a` with one letter more or fewer, or two neighbouring letters swapped. */
function isSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    let i = 0;
    while (i < short.length && short[i] === long[i]) i++;
    return short.slice(i) === long.slice(i + 1);
  }
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** Whether a word of `search` is on a page or two and long enough to be a shared slip: worth loading the whole word list to see. */
export function maySlip(search: string, words: IndexWords): boolean {
  return queryWords(search).some((word) => word.length >= SHORTEST && words.pagesWith(word) > 0 && words.pagesWith(word) <= FEW_PAGES);
}

/** What the page says when it shows what the usual spelling finds too. */
export function alsoShowing(usual: string): string {
  return `Also showing results for “${usual}”`;
}

/** The words of `search` a page or two share as slips, as their usual spellings on `all`; undefined when none is one. */
export function usualSpelling(search: string, all: IndexWords): string | undefined {
  let changed = false;
  const words = queryWords(search).map((word) => {
    const pages = all.pagesWith(word);
    if (word.length < SHORTEST || pages === 0 || pages > FEW_PAGES) return word;
    const usual = all.suggest(word, 1)[0];
    if (usual === undefined || !isSlip(word, usual) || all.pagesWith(usual) < Math.max(3, 3 * pages)) return word;
    changed = true;
    return usual;
  });
  return changed ? words.join(' ') : undefined;
}
