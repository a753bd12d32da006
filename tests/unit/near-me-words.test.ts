import { describe, expect, it } from 'vitest';
import { takeNearMeWords } from '../../src/lib/search/near-me-words.ts';

describe('words that ask for what is near the reader', () => {
  it('takes them out of the query, however they are written, and says they were there', () => {
    expect(takeNearMeWords('walks near me')).toEqual({ query: 'walks', nearMe: true });
    expect(takeNearMeWords('Choir close to me?')).toEqual({ query: 'Choir', nearMe: true });
    expect(takeNearMeWords('lunch club nearby for over 60s')).toEqual({ query: 'lunch club for over 60s', nearMe: true });
    expect(takeNearMeWords('NEAR ME')).toEqual({ query: '', nearMe: true });
  });

  it('leaves "near" and "me" that ask for nothing of the kind', () => {
    expect(takeNearMeWords('choir near AV4 2NB')).toEqual({ query: 'choir near AV4 2NB', nearMe: false });
    expect(takeNearMeWords('walk with me')).toEqual({ query: 'walk with me', nearMe: false });
    expect(takeNearMeWords('')).toEqual({ query: '', nearMe: false });
  });
});
