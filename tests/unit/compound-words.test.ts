import { describe, expect, it } from 'vitest';
import { splitCompounds } from '../../src/lib/search/compound-words.ts';

describe('a query word joined by hyphens or slashes', () => {
  it('is searched as its words', () => {
    expect(splitCompounds('knit-and-natter')).toBe('knit and natter');
    expect(splitCompounds('Tai-Chi tuesday')).toBe('Tai Chi tuesday');
    expect(splitCompounds("men's-shed")).toBe("men's shed");
    expect(splitCompounds('couch-to-5k')).toBe('couch to 5k');
    expect(splitCompounds('arts/crafts')).toBe('arts crafts');
    expect(splitCompounds('knit&natter')).toBe('knit natter');
  });

  it('stays whole where a part is a single letter, and leaves other words alone', () => {
    expect(splitCompounds('e-learning')).toBe('e-learning');
    expect(splitCompounds('x-ray')).toBe('x-ray');
    expect(splitCompounds('walking - gentle')).toBe('walking - gentle');
    expect(splitCompounds('over 50s ')).toBe('over 50s ');
  });
});
