/**
 * Nouns whose plural is not made with -s. Pagefind's stemmer keeps "man" and
 * "men" apart, and takes "man" as the start of "many", "manage" and "Manor",
 * so "older man" found a women's group that "manages" and missed the men's
 * shed. A word no page has, whose other number some page has, is searched
 * as that (query-plan.ts). Only pairs that start with the same letter, as a
 * query word's part of the word list holds both (words/word-list.ts).
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['man', 'men'],
  ['woman', 'women'],
  ['gentleman', 'gentlemen'],
  ['child', 'children'],
  ['person', 'people'],
  ['mouse', 'mice'],
];

const OTHER = new Map(PAIRS.flatMap(([one, many]) => [[one, many], [many, one]] as const));

/** "men" for "man", "man" for "men"; undefined for a word without such a pair. */
export function otherNumber(word: string): string | undefined {
  return OTHER.get(word);
}
