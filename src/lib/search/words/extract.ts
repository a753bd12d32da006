/**
 * The build side of the word list: the words Pagefind put in its index,
 * found again in the fragments it wrote, so the browser can tell a query
 * word Pagefind really matches from one it only matches by its fallback
 * (see match.ts), and can offer corrections from the site's own words.
 *
 * `indexedWords` follows Pagefind's indexing (pagefind/src/fossick/
 * splitting.rs, `get_indexable_words`, and fossick/mod.rs): the page text is
 * split on whitespace, and each piece is indexed
 *  - whole, keeping only its letters, digits and underscores, lowercased
 *    ("St Mark's" gives "st", "marks"; "step-free" gives "stepfree");
 *  - when it holds anything but letters and digits, or a capital after its
 *    first letter, also as its parts: ASCII punctuation becomes a space and
 *    the rest is split where convert_case splits words (lower to upper,
 *    letter to digit, an acronym before a capitalised word), keeping parts
 *    of two or more bytes ("mark's" adds "mark", "step-free" adds "step"
 *    and "free", "forEllie" adds "for" and "ellie");
 *  - when it holds dots, also from after each dot to its end, as one word
 *    of two or more bytes ("www.nhs.uk" adds "nhsuk").
 * The dots and the underscores are Pagefind 1.6's, newer than the source
 * above, and were read off the indexes it builds.
 *  - with any emoji in it on their own.
 * Diacritics are taken off ("café" is indexed as "cafe") before Pagefind
 * stems a word; the list keeps the word unstemmed, so suggestions read as
 * words, and the browser stems it as Pagefind did.
 *
 * Pagefind indexes every meta field's value the same way as the page text,
 * so they are read too: the title, when, where and cost are already in the
 * text, but the id (the file name) adds the whole slug ("oakridgeartgroup"),
 * which Pagefind matches. Words of digits alone (times, postcodes' numbers,
 * coordinates) are left out: they are many and never worth suggesting, and
 * match.ts takes them as matching.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stem } from './stem.ts';
import { encodeWordList, WORD_PARTS, wordPartFile, wordPartOf, type WordPart } from './word-list.ts';

export { WORDS_FILE } from './word-list.ts';

/** The parts of a Pagefind fragment that carry indexed text. */
export interface FragmentText {
  content: string;
  meta?: Record<string, string>;
}

// Rust's `split_whitespace` splits on Unicode White_Space, which is not quite JavaScript's \s.
const WHITESPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
const WORD_CHARACTER = /^[\p{Alphabetic}\p{N}_]$/u;
const UPPERCASE = /^\p{Uppercase}$/u;
const NOT_LETTER_OR_DIGIT = /[^\p{Alphabetic}\p{N}]/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const DIGITS_ONLY = /^\p{N}+$/u;
const EMOJI = /\p{Emoji}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/** Pagefind's `normalize_diacritics` (unicode_normalization's `is_combining_mark` is General_Category=Mark). */
function withoutDiacritics(word: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** convert_case's test for a cased grapheme. */
function isUpper(g: string): boolean {
  return g.toUpperCase() !== g.toLowerCase() && g === g.toUpperCase();
}
function isLower(g: string): boolean {
  return g.toUpperCase() !== g.toLowerCase() && g === g.toLowerCase();
}
function isDigit(g: string): boolean {
  return /^[0-9]+$/.test(g);
}

/**
 * convert_case 0.11's `split` with its default boundaries: spaces are
 * consumed; between lower and upper, letter and digit either way, and
 * before the last capital of a run followed by a lower-case letter, the
 * text is cut without losing a character.
 */
function splitCase(text: string): string[] {
  const gs = Array.from(graphemes.segment(text), (s) => s.segment);
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < gs.length; i++) {
    const [a, b, c] = [gs[i]!, gs[i + 1], gs[i + 2]];
    if (a === ' ') {
      words.push(current);
      current = '';
      continue;
    }
    current += a;
    if (b === undefined) continue;
    const cut =
      (isLower(a) && isUpper(b)) ||
      (isLower(a) && isDigit(b)) ||
      (isUpper(a) && isDigit(b)) ||
      (isDigit(a) && isLower(b)) ||
      (isDigit(a) && isUpper(b)) ||
      (isUpper(a) && isUpper(b) && c !== undefined && isLower(c));
    if (cut) {
      words.push(current);
      current = '';
    }
  }
  words.push(current);
  return words;
}

/** The piece's letters, digits and underscores, lowercased as Rust's char methods do. */
function wordCharacters(piece: string): string {
  let kept = '';
  for (const c of piece) {
    if (!WORD_CHARACTER.test(c)) continue;
    kept += c >= 'A' && c <= 'Z' ? c.toLowerCase() : UPPERCASE.test(c) ? c.toLowerCase() : c;
  }
  return kept;
}

/**
 * The unstemmed words Pagefind indexes for one whitespace-free piece of
 * text, diacritics off, in the order it stores them.
 */
export function indexedWords(piece: string): string[] {
  const words: string[] = [];
  const whole = wordCharacters(piece);
  if (whole !== '') words.push(withoutDiacritics(whole));

  const chars = [...piece];
  const possiblyCompound = NOT_LETTER_OR_DIGIT.test(piece) || chars.slice(1).some((c) => UPPERCASE.test(c));
  if (!possiblyCompound) return words;

  const parts = splitCase(piece.replace(ASCII_PUNCTUATION, ' '))
    .map((w) => w.toLowerCase())
    .join(' ')
    .split(WHITESPACE)
    .filter((w) => w !== '');
  const joined = parts.join(' ');
  if (whole !== '' && (parts.length > 1 || !whole.startsWith(joined))) {
    for (const part of parts) if (utf8.encode(part).length > 1) words.push(withoutDiacritics(part));
  }
  for (let dot = piece.indexOf('.'); dot >= 0; dot = piece.indexOf('.', dot + 1)) {
    const rest = wordCharacters(piece.slice(dot + 1));
    if (utf8.encode(rest).length > 1) words.push(withoutDiacritics(rest));
  }
  if (EMOJI.test(piece)) {
    for (const { segment } of graphemes.segment(piece)) if (PICTOGRAPH.test(segment)) words.push(segment);
  }
  return words;
}

/** Every word Pagefind indexed across the fragments, with the number of pages it is on; digits-only words left out. */
export function collectIndexWords(fragments: Iterable<FragmentText>): Map<string, number> {
  const pages = new Map<string, number>();
  // A directory repeats the same few thousand pieces of text on every page, so each is split once.
  const piecesWords = new Map<string, readonly string[]>();
  const wordsOf = (piece: string): readonly string[] => {
    let words = piecesWords.get(piece);
    if (words === undefined) {
      // Left out too: a piece of combining marks alone, empty once they are off, and parts holding
      // characters JavaScript counts as spaces (U+FEFF, which Rust does not): the list cannot
      // hold them, and nobody types them.
      words = indexedWords(piece).filter((word) => word !== '' && !/\s/u.test(word) && !DIGITS_ONLY.test(word));
      piecesWords.set(piece, words);
    }
    return words;
  };
  for (const fragment of fragments) {
    const onPage = new Set<string>();
    const texts = [fragment.content, ...Object.values(fragment.meta ?? {})];
    for (const text of texts) {
      for (const piece of text.split(WHITESPACE)) {
        if (piece === '') continue;
        for (const word of wordsOf(piece)) onPage.add(word);
      }
    }
    for (const word of onPage) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  return pages;
}

/**
 * The word list split into its parts (word-list.ts): a word goes in the part
 * of its first letter and in that of its stem's, so the part of a query
 * word and of its stem hold every word match.ts consults for it.
 */
export function wordListParts(words: ReadonlyMap<string, number>): Map<WordPart, string> {
  const parts = new Map<WordPart, Map<string, number>>(WORD_PARTS.map((part) => [part, new Map()]));
  for (const [word, pages] of words) {
    parts.get(wordPartOf(word))!.set(word, pages);
    parts.get(wordPartOf(stem(word)))!.set(word, pages);
  }
  return new Map([...parts].map(([part, list]) => [part, encodeWordList(list)]));
}

/** Writes the word list of these fragments to `outFile`, and its parts beside it; returns the whole list's text. */
export function writeWordList(fragments: Iterable<FragmentText>, outFile: string): string {
  const words = collectIndexWords(fragments);
  const text = encodeWordList(words);
  writeFileSync(outFile, text);
  for (const [part, partText] of wordListParts(words)) writeFileSync(path.join(path.dirname(outFile), wordPartFile(part)), partText);
  return text;
}
