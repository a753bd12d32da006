import { describe, expect, it } from 'vitest';
import { takeFacetWords } from '../../src/lib/search/facet-words.ts';

describe('takeFacetWords', () => {
  it('takes a whole word "free", in any case or with punctuation, as the cost filter', () => {
    expect(takeFacetWords('free walking')).toEqual({ words: 'walking', facets: [{ key: 'cost', value: 'Free', note: 'Free activities only' }] });
    expect(takeFacetWords('Walking, FREE!')).toMatchObject({ words: 'Walking,', facets: [{ value: 'Free' }] });
    expect(takeFacetWords('free')).toMatchObject({ words: '', facets: [{ value: 'Free' }] });
    expect(takeFacetWords('free free choir').facets).toHaveLength(1);
  });

  it('leaves words that only contain it, and queries without it, as they are', () => {
    expect(takeFacetWords('step-free swimming')).toEqual({ words: 'step-free swimming', facets: [] });
    expect(takeFacetWords('freedom  pass')).toEqual({ words: 'freedom pass', facets: [] });
    // "X free" typed with a space means without X: a step-free swim may still charge.
    expect(takeFacetWords('step free swimming')).toEqual({ words: 'step free swimming', facets: [] });
    expect(takeFacetWords('Gluten free cooking')).toEqual({ words: 'Gluten free cooking', facets: [] });
    expect(takeFacetWords('free step class')).toMatchObject({ words: 'step class', facets: [{ value: 'Free' }] });
    expect(takeFacetWords('')).toEqual({ words: '', facets: [] });
    // Words that are names of built-in object properties are words like any other.
    expect(takeFacetWords('constructor toString __proto__')).toEqual({ words: 'constructor toString __proto__', facets: [] });
  });
});
