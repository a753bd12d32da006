/**
 * Query words that mean a filter value rather than a word to look for.
 * "free walking" means walking that costs nothing, but the word "free" is
 * on many pages that charge ("step-free access", "feel free to bring a
 * friend"), so the search takes it as the cost filter and looks for the
 * other words. Only whole words count: "step-free" is not "free", and
 * nor is "step free" typed with a space, or any "X free" that means
 * without X ("gluten free").
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

// Words that make "free" mean "without": "step free" is an access need, not a price.
const WITHOUT_WORDS: ReadonlySet<string> = new Set([
  'step', 'steps', 'stair', 'stairs', 'barrier', 'gluten', 'dairy', 'sugar', 'nut', 'meat', 'wheat', 'lactose',
  'allergen', 'alcohol', 'smoke', 'fragrance', 'scent', 'caffeine', 'stress', 'pain', 'hands', 'judgement', 'judgment',
]);

/** The query without its filter words (as typed otherwise), and the filter values those words mean. */
export function takeFacetWords(query: string): { words: string; facets: FacetWord[] } {
  const facets: FacetWord[] = [];
  const tokens = query.split(/\s+/);
  const kept = tokens.filter((token, i) => {
    const [word, ...more] = queryWords(token);
    const before = i > 0 ? queryWords(tokens[i - 1]!).at(-1) : undefined;
    const compound = before !== undefined && WITHOUT_WORDS.has(before);
    const facet = word !== undefined && more.length === 0 && !compound ? FACET_WORDS.get(word) : undefined;
    if (!facet) return token !== '';
    if (!facets.includes(facet)) facets.push(facet);
    return false;
  });
  return { words: kept.join(' '), facets };
}
