/**
 * A query's words as Pagefind's own search() makes them, kept apart from
 * the word matching (match.ts) so the search island can read a query
 * without loading the stemmer.
 */
// Made at the first query, not when the search page loads: building a segmenter loads the
// browser's text-boundary data, a long task on a slow phone before anything is typed.
let graphemes: Intl.Segmenter | undefined;
// Pagefind's own test, alternation and all: a grapheme is dropped when it holds punctuation of these classes.
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Pagefind's `normalizeDiacritics`, applied to each query word. */
function withoutDiacritics(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * The words Pagefind searches for a query, as its search() makes them:
 * punctuation graphemes dropped, lowercased, split on single spaces after
 * runs of whitespace are closed up, diacritics off, empty words dropped.
 * A quoted (exact) search is not handled here.
 */
export function queryWords(query: string): string[] {
  let kept = '';
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(query)) if (!PUNCTUATION.test(segment)) kept += segment.toLocaleLowerCase();
  return kept
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map(withoutDiacritics)
    .filter((word) => word.length > 0);
}

/** Each token's one word as Pagefind reads it ("Me?" is "me"), or undefined where it reads none or several. */
export function singleWords(tokens: readonly string[]): (string | undefined)[] {
  return tokens.map((token) => {
    const words = queryWords(token);
    return words.length === 1 ? words[0] : undefined;
  });
}

/** Whether the words from position `at` are the phrase's words, in order. */
export function phraseAt(words: readonly (string | undefined)[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, j) => words[at + j] === word);
}
