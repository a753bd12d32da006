/**
 * The word-list file: every word Pagefind indexed, with the number of pages
 * it is on, as small text that the host compresses on the way out.
 *
 * Layout: a first line `pagefind-words 1`, then one line per word in
 * UTF-16 code-unit order (the order `IndexWords` searches in). Each line is
 * front-coded against the word before it: one character saying how many
 * leading characters the two share (0-9, A-Z, a-z for 0 to 61), then the
 * rest of the word, then, when the word is on more than one page, a space
 * and that count. Indexed words never hold whitespace, so the space and the
 * line breaks cannot occur inside one.
 */

/** The word list's file name in Pagefind's bundle folder. */
export const WORDS_FILE = 'words.txt';

/**
 * The same list in parts, one for each letter a to z, one for words
 * starting with a digit and one for the rest, so a search can fetch only
 * the part a query word needs. A part holds the words that start with its
 * character and those whose stem does, in the same layout as the whole
 * list; every part is written, if only as the header, so none is missing.
 */
export const WORD_PARTS = [...'abcdefghijklmnopqrstuvwxyz', 'digits', 'other'] as const;
export type WordPart = (typeof WORD_PARTS)[number];

export function wordPartFile(part: WordPart): string {
  return `words-${part}.txt`;
}

/** The part a word starting with this text belongs to (words are lowercase, as Pagefind indexes them). */
export function wordPartOf(text: string): WordPart {
  const first = text[0] ?? '';
  if (/^[a-z]$/.test(first)) return first as WordPart;
  return /^[0-9]$/.test(first) ? 'digits' : 'other';
}

const HEADER = 'pagefind-words 1';
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MAX_SHARED = DIGITS.length - 1;

/** The words a list holds and the number of pages each is on, in code-unit order. */
export interface WordEntry {
  word: string;
  pages: number;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function encodeWordList(words: ReadonlyMap<string, number>): string {
  const sorted = [...words.keys()].sort(compareCodeUnits);
  const lines = [HEADER];
  let previous = '';
  for (const word of sorted) {
    if (word === '' || /\s/u.test(word)) throw new Error(`The word list cannot hold ${JSON.stringify(word)}: words are non-empty and have no whitespace.`);
    let shared = 0;
    const limit = Math.min(previous.length, word.length, MAX_SHARED);
    while (shared < limit && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    // The file is UTF-8, which cannot carry half of a surrogate pair on a line of its own.
    const before = word.charCodeAt(shared - 1);
    if (shared > 0 && before >= 0xd800 && before <= 0xdbff) shared--;
    const pages = words.get(word)!;
    lines.push(DIGITS[shared] + word.slice(shared) + (pages > 1 ? ` ${pages}` : ''));
    previous = word;
  }
  return lines.join('\n') + '\n';
}

export function decodeWordList(text: string): WordEntry[] {
  const lines = text.split('\n');
  if (lines[0] !== HEADER) throw new Error(`Not a word list: it should start with "${HEADER}".`);
  const entries: WordEntry[] = [];
  let previous = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const shared = DIGITS.indexOf(line[0]!);
    if (shared < 0 || shared > previous.length) throw new Error(`Word list line ${i + 1} is damaged.`);
    const space = line.indexOf(' ');
    const rest = space < 0 ? line.slice(1) : line.slice(1, space);
    const pages = space < 0 ? 1 : Number(line.slice(space + 1));
    if (rest === '' || !Number.isInteger(pages) || pages < 1) throw new Error(`Word list line ${i + 1} is damaged.`);
    const word = previous.slice(0, shared) + rest;
    entries.push({ word, pages });
    previous = word;
  }
  return entries;
}
