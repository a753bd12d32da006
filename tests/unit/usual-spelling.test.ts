import { describe, expect, it } from 'vitest';
import { usualSpelling } from '../../src/lib/search/usual-spelling.ts';
import { IndexWords } from '../../src/lib/search/words/match.ts';

const words = (counts: Record<string, number>) => new IndexWords(Object.entries(counts).map(([word, pages]) => ({ word, pages })).sort((a, b) => (a.word < b.word ? -1 : 1)));

describe('the usual spelling of a slip a page or two share', () => {
  const index = words({ excercise: 1, exercise: 9, talking: 1, walking: 12, choir: 1, chair: 8, gentle: 6 });

  it('is given for a letter doubled, dropped or swapped, where the usual spelling is on many more pages', () => {
    expect(usualSpelling('gentle excercise', index)).toBe('gentle exercise');
    expect(usualSpelling('organiser organisd', words({ organisd: 1, organised: 7, organiser: 4 }))).toBe('organiser organised');
    expect(usualSpelling('recieve', words({ recieve: 1, receive: 5 }))).toBe('receive');
  });

  it('is not given for a different word, a short word, a common one or a usual spelling on few pages', () => {
    expect(usualSpelling('talking', index)).toBeUndefined();
    expect(usualSpelling('choir', index)).toBeUndefined();
    expect(usualSpelling('exercise', index)).toBeUndefined();
    expect(usualSpelling('excercise', words({ excercise: 1, exercise: 2 }))).toBeUndefined();
    expect(usualSpelling('excercise', words({ excercise: 3, exercise: 20 }))).toBeUndefined();
  });
});
