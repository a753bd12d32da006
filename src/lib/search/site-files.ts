/**
 * How the search page fetches the build's small search files from the site
 * itself (never another host): the index's word list, the need-words
 * vocabulary and the place table.
 */
import { loadOnce } from './load-once.ts';
import { NEED_WORDS_PATH, type NeedVocabulary } from './need-words.ts';
import { PLACE_TABLE_PATH, type PlaceTable } from './places.ts';
import type { IndexWords } from './words/match.ts';
import { WORDS_FILE, wordPartFile, type WordEntry, type WordPart } from './words/word-list.ts';

async function fetched(url: string, what: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The search's ${what} could not load (HTTP ${response.status}).`);
  return response;
}

/**
 * The word matching (with its stemmer) is most of the search's own code, so
 * it loads as a chunk of its own, beside Pagefind, rather than delaying the
 * island's first render.
 */
const wordMatching = () => import('./words/match.ts');

/**
 * The index's word list, fetched a part at a time (word-list.ts): checking
 * a query's words needs only their parts, a correction the whole list.
 */
export interface IndexWordSource {
  /** The words that checking the words of `texts` consults. */
  for: (texts: readonly string[]) => Promise<IndexWords>;
  /** The same, if every part it needs has loaded; if not, undefined, and the parts start loading. */
  loaded: (texts: readonly string[]) => IndexWords | undefined;
  /** Every indexed word, for suggesting corrections. */
  all: () => Promise<IndexWords>;
}

/** The word list from the files `fetchText` gives by name. */
export function indexWordSource(fetchText: (file: string) => Promise<string>): IndexWordSource {
  let matching: Awaited<ReturnType<typeof wordMatching>> | undefined;
  const matchingNow = loadOnce(async () => (matching = await wordMatching()));
  const texts = new Map<WordPart, string>();
  const partLoads = new Map<WordPart, () => Promise<void>>();
  const loadPart = (part: WordPart): Promise<void> => {
    let load = partLoads.get(part);
    if (!load) {
      load = loadOnce(async () => void texts.set(part, await fetchText(wordPartFile(part))));
      partLoads.set(part, load);
    }
    return load();
  };
  // One list for each set of parts asked for together: a few letters' worth, so few sets.
  const combined = new Map<string, IndexWords>();
  let whole: IndexWords | undefined;
  const combine = (m: NonNullable<typeof matching>, parts: readonly WordPart[]): IndexWords => {
    if (whole) return whole;
    const key = parts.join(' ');
    let words = combined.get(key);
    if (!words) {
      words = m.IndexWords.fromParts(parts.map((part) => texts.get(part)!));
      combined.set(key, words);
    }
    return words;
  };
  return {
    for: async (asked) => {
      const m = await matchingNow();
      const parts = m.wordPartsFor(asked);
      await Promise.all(parts.map(loadPart));
      return combine(m, parts);
    },
    loaded: (asked) => {
      if (!matching) {
        matchingNow().catch(() => undefined);
        return undefined;
      }
      const parts = matching.wordPartsFor(asked);
      if (parts.every((part) => texts.has(part))) return combine(matching, parts);
      for (const part of parts) loadPart(part).catch(() => undefined);
      return undefined;
    },
    all: loadOnce(async () => {
      const [m, text] = await Promise.all([matchingNow(), fetchText(WORDS_FILE)]);
      whole = m.IndexWords.fromText(text);
      return whole;
    }),
  };
}

/** The word list of the Pagefind bundle at `bundlePath`. */
export function bundleWordSource(bundlePath: string): IndexWordSource {
  return indexWordSource(async (file) => (await fetched(`${bundlePath}${file}`, 'word list')).text());
}

/** Every single word of the vocabulary's triggers, for correcting a mistyped one. */
export async function needWordList(vocabulary: NeedVocabulary): Promise<IndexWords> {
  const { IndexWords } = await wordMatching();
  const words = [...new Set(vocabulary.needs.flatMap((n) => n.words.flatMap((w) => w.split(' '))).filter(Boolean))];
  const entries: WordEntry[] = words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((word) => ({ word, pages: 1 }));
  return new IndexWords(entries);
}

export async function loadNeedVocabulary(siteRoot = '/'): Promise<{ vocabulary: NeedVocabulary; words: IndexWords }> {
  const vocabulary = (await (await fetched(`${siteRoot}${NEED_WORDS_PATH}`, 'need-words')).json()) as NeedVocabulary;
  return { vocabulary, words: await needWordList(vocabulary) };
}

/** The place table; the controller asks for it once a postcode is first used. */
export async function loadPlaceTable(siteRoot = '/'): Promise<PlaceTable> {
  return (await (await fetched(`${siteRoot}${PLACE_TABLE_PATH}`, 'place list')).json()) as PlaceTable;
}
