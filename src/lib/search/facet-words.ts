/**
 * Query words that mean a filter value rather than a word to look for.
 * "free walking" means walking that costs nothing, but the word "free" is
 * on many pages that charge ("step-free access", "feel free to bring a
 * friend"), so the search takes it as the cost filter and looks for the
 * other words. Only whole words count: "step-free" is not "free".
 */
import { FREE_VALUE } from './facets.ts';
import { queryWords } from './words/query-words.ts';

export interface FacetWord {
  key: string;
  value: string;
  /** Why the results are narrowed, as the search page says it. */
  note: string;
}

// A Map, not an object: a typed word such as "constructor" must not find something.
const FACET_WORDS: ReadonlyMap<string, FacetWord> = new Map([['free', { key: 'cost', value: FREE_VALUE, note: 'Free activities only' }]]);

/** The query without its filter words (as typed otherwise), and the filter values those words mean. */
export function takeFacetWords(query: string): { words: string; facets: FacetWord[] } {
  const facets: FacetWord[] = [];
  const kept = query.split(/\s+/).filter((token) => {
    const [word, ...more] = queryWords(token);
    const facet = word !== undefined && more.length === 0 ? FACET_WORDS.get(word) : undefined;
    if (!facet) return token !== '';
    if (!facets.includes(facet)) facets.push(facet);
    return false;
  });
  return { words: kept.join(' '), facets };
}
