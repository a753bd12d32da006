/**
 * How the search page fetches the build's small search files from the site
 * itself (never another host): the index's word list, the need-words
 * vocabulary and the place table.
 */
import { NEED_WORDS_PATH, type NeedVocabulary } from './need-words.ts';
import { PLACE_TABLE_PATH, type PlaceTable } from './places.ts';
import type { IndexWords } from './words/match.ts';
import { WORDS_FILE, type WordEntry } from './words/word-list.ts';

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

export async function loadIndexWords(bundlePath: string): Promise<IndexWords> {
  const [{ IndexWords }, response] = await Promise.all([wordMatching(), fetched(`${bundlePath}${WORDS_FILE}`, 'word list')]);
  return IndexWords.fromText(await response.text());
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
