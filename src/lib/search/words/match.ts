/**
 * The browser side of the word list (see extract.ts): whether Pagefind
 * really matches a query word, and which of the site's words a mistyped one
 * may have meant.
 *
 * Pagefind stems each query word (Snowball English, see stem.ts) and
 * takes every indexed stem that starts with it. When none does, it falls
 * back to the longest indexed stem that the query's stem starts with, so
 * "autism" finds the pages with "a" and "cancer" those with "can". Every
 * query word must match, and the fallback makes that true of almost any
 * word; `matches` says whether the pages found have the word on them.
 */
import { stem } from './stem.ts';
import { decodeWordList, wordPartOf, type WordEntry, type WordPart } from './word-list.ts';
import { queryWords } from './query-words.ts';

const DIGITS_ONLY = /^\p{N}+$/u;
const LETTER = /\p{L}/u;


/** The first index in `sorted` whose string is not before `key` in code-unit order. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasWordStartingWith(sorted: readonly string[], prefix: string): boolean {
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

/** The longest string in `sorted` that `word` starts with (shorter than the word itself), as Pagefind's fallback picks it. */
function longestPrefixIn(sorted: readonly string[], word: string): string | undefined {
  for (let length = word.length - 1; length > 0; length--) {
    const prefix = word.slice(0, length);
    if (sorted[lowerBound(sorted, prefix)] === prefix) return prefix;
  }
  return undefined;
}

/**
 * The parts of the word list (word-list.ts) that `matches` and `unmatched`
 * consult for the words of these texts: each word's own part and its
 * stem's. Every word they look at starts with the word or with its stem,
 * so those parts answer exactly as the whole list would.
 */
export function wordPartsFor(texts: readonly string[]): WordPart[] {
  const parts = new Set<WordPart>();
  for (const word of texts.flatMap((text) => queryWords(text))) {
    if (DIGITS_ONLY.test(word)) continue;
    parts.add(wordPartOf(word));
    parts.add(wordPartOf(stem(word)));
  }
  return [...parts].sort();
}

/** Counts the work `suggest` does, so a test can bound it without a clock. */
export interface SuggestionWork {
  /** Words whose distance was computed. */
  compared: number;
  /** Cells of the distance table filled. */
  cells: number;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions,
 * and swaps of two neighbouring letters), or `limit + 1` once it is certain
 * to exceed `limit`. Only the diagonal band `limit` wide either side is
 * filled, and a row with nothing within the limit ends it. Libraries such as
 * fastest-levenshtein count a swap as two edits and have no limit.
 */
export function boundedDistance(a: string, b: string, limit: number, work?: SuggestionWork): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  if (rows[0]!.length < width) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(width * 2);
  let [older, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  previous.fill(over, 0, width);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(over, 0, width);
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    if (i <= limit) current[0] = i;
    let best = current[0]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, older[j - 2]! + 1);
      current[j] = Math.min(d, over);
      if (d < best) best = d;
    }
    if (work) work.cells += to - from + 1;
    if (best > limit) return over;
    [older, previous, current] = [previous, current, older];
  }
  return Math.min(previous[b.length]!, over);
}

// Three rows of the distance table, reused from one comparison to the next.
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export class IndexWords {
  readonly #entries: readonly WordEntry[];
  readonly #words: readonly string[];
  #stems: string[] | undefined;
  #byLength: WordEntry[][] | undefined;

  /** `entries` in code-unit order, as `decodeWordList` gives them. */
  constructor(entries: readonly WordEntry[]) {
    this.#entries = entries;
    this.#words = entries.map((entry) => entry.word);
  }

  static fromText(text: string): IndexWords {
    return new IndexWords(decodeWordList(text));
  }

  /** The words of several parts of the list, a word in two of them once. */
  static fromParts(texts: readonly string[]): IndexWords {
    const byWord = new Map<string, WordEntry>();
    for (const text of texts) for (const entry of decodeWordList(text)) byWord.set(entry.word, entry);
    return new IndexWords([...byWord.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)));
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Pagefind's index keys: the stems of the listed words, sorted. Stemmed on first use. */
  #sortedStems(): string[] {
    this.#stems ??= [...new Set(this.#words.map((word) => stem(word)))].sort();
    return this.#stems;
  }

  /**
   * Whether Pagefind finds pages with this query word on them: some indexed
   * stem starts with the word's stem ("walks" finds "walk"), or the word is
   * the start of an indexed word, as while it is being typed, and the stem
   * Pagefind falls back to is that word's ("walki", on its way to
   * "walking", finds the pages with "walk"; "framin" finds nothing, as
   * "framing" is indexed as "frame"). A word that is empty once Pagefind
   * has normalised it, or is only digits (which the list leaves out), is
   * taken as matching.
   */
  matches(queryWord: string): boolean {
    return queryWords(queryWord).every((word) => DIGITS_ONLY.test(word) || this.#matchesWord(word));
  }

  #matchesWord(word: string): boolean {
    const stems = this.#sortedStems();
    const wordStem = stem(word);
    if (hasWordStartingWith(stems, wordStem)) return true;
    const fallback = longestPrefixIn(stems, wordStem);
    if (fallback === undefined) return false;
    for (let i = lowerBound(this.#words, word); i < this.#words.length && this.#words[i]!.startsWith(word); i++) {
      if (stem(this.#words[i]!) === fallback) return true;
    }
    return false;
  }

  /** Whether some indexed word has this word's own stem: Pagefind finds it as a word, not only as the start of longer ones. */
  hasWord(word: string): boolean {
    const stems = this.#sortedStems();
    const wordStem = stem(word);
    return stems[lowerBound(stems, wordStem)] === wordStem;
  }

  /** On how many pages the word is, as Pagefind normalises it; 0 where the list does not have it. */
  pagesWith(word: string): number {
    const at = lowerBound(this.#words, word);
    return this.#words[at] === word ? this.#entries[at]!.pages : 0;
  }

  /**
   * Whether Pagefind would also match this word as the start of longer ones: some indexed stem
   * other than its own starts with its stem ("men" starts "mental", "art" starts "arthritis").
   */
  startsLongerWord(word: string): boolean {
    const stems = this.#sortedStems();
    const wordStem = stem(word);
    let at = lowerBound(stems, wordStem);
    if (stems[at] === wordStem) at++;
    return stems[at]?.startsWith(wordStem) ?? false;
  }

  /** The words of a query that Pagefind would match only by its fallback, as Pagefind normalises them. */
  unmatched(query: string): string[] {
    return queryWords(query).filter((word) => !this.matches(word));
  }

  #lengthBuckets(): WordEntry[][] {
    if (!this.#byLength) {
      const buckets: WordEntry[][] = [];
      for (const entry of this.#entries) {
        if (!LETTER.test(entry.word)) continue;
        (buckets[entry.word.length] ??= []).push(entry);
      }
      this.#byLength = buckets;
    }
    return this.#byLength;
  }

  /**
   * Up to `max` listed words the query word may be a slip for: one edit away
   * for words of up to seven letters, two for longer ones (a swap of
   * neighbouring letters is one edit), and two only to a word with the same first letter.
   * Two edits from a shorter word reach other real words ("pilates" to "places",
   * "pottery" to "poetry"), which a reader would be shown in place of what they asked for. Nearest first, then those on most
   * pages. A word with the query's own stem finds what the query finds, so
   * none is offered, and of several words with one stem only the best is.
   * Words under three letters get none: too many short words are one edit away.
   */
  suggest(queryWord: string, max = 3, work?: SuggestionWork): string[] {
    const [word] = queryWords(queryWord);
    if (word === undefined || word.length < 3 || !LETTER.test(word)) return [];
    const limit = word.length <= 7 ? 1 : 2;
    const ownStem = stem(word);
    const buckets = this.#lengthBuckets();
    const found: { entry: WordEntry; distance: number }[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const entry of buckets[length] ?? []) {
        if (work) work.compared++;
        const distance = boundedDistance(word, entry.word, limit, work);
        // Two slips that include the first letter are seldom a slip at all: "elderly" is not the
        // town "Kelderby", which every page names.
        if (distance <= limit && (distance < 2 || entry.word[0] === word[0])) found.push({ entry, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.entry.pages - a.entry.pages || (a.entry.word < b.entry.word ? -1 : 1));
    const stems = new Set([ownStem]);
    const suggestions: string[] = [];
    for (const { entry } of found) {
      if (suggestions.length >= max) break;
      const s = stem(entry.word);
      if (stems.has(s)) continue;
      stems.add(s);
      suggestions.push(entry.word);
    }
    return suggestions;
  }
}
