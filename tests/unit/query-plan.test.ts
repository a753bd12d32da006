import { describe, expect, it } from 'vitest';
import { planQuery, searchUnits, unmentioned } from '../../src/lib/search/query-plan.ts';
import type { NeedVocabulary } from '../../src/lib/search/need-words.ts';
import { collectIndexWords } from '../../src/lib/search/words/extract.ts';
import { IndexWords } from '../../src/lib/search/words/match.ts';
import { encodeWordList } from '../../src/lib/search/words/word-list.ts';

const vocabulary: NeedVocabulary = {
  needs: [
    { label: 'older people', words: ['older people', 'over 70s'], audiences: ['older-people'] },
    { label: 'families and children', words: ['mum', 'family'], audiences: ['families'] },
  ],
};
const words = IndexWords.fromText(encodeWordList(collectIndexWords([{ content: 'gentle exercise for older people, with tea and cake' }])));

describe('planQuery', () => {
  it('asks Pagefind for the words without their filler words, and finds needs in those', () => {
    const plan = planQuery('something for my mum: exercise', { words, vocabulary });
    expect(plan).toMatchObject({ text: 'something for my mum: exercise', search: 'exercise', unmatched: [], expansions: [] });
    expect(planQuery('exercise for older people', { words, vocabulary }).search).toBe('exercise older people');
  });
});

describe('searchedText', () => {
  it('asks for the plural the pages use for a word they never have, as in "men" for "man", and the other way round', () => {
    const menOnly = IndexWords.fromText(encodeWordList(collectIndexWords([{ content: 'a men\'s shed; many manage the manor garden' }, { content: 'children welcome' }])));
    expect(planQuery('older man', { words: menOnly, vocabulary }).search).toBe('older men');
    expect(planQuery('child', { words: menOnly, vocabulary }).search).toBe('children');
    // Where the pages have the word itself, it is searched as typed.
    const both = IndexWords.fromText(encodeWordList(collectIndexWords([{ content: 'one man, two men' }])));
    expect(planQuery('man', { words: both, vocabulary }).search).toBe('man');
    expect(planQuery('women', { words: menOnly, vocabulary }).search).toBe('women');
  });
});

describe('searchUnits', () => {
  it('keeps a need phrase as one unit to let go of, each other word as its own', () => {
    expect(searchUnits(planQuery('gentle exercise for older people', { words, vocabulary }))).toEqual(['gentle', 'exercise', 'older people']);
    expect(searchUnits(planQuery('Older People, family', { words, vocabulary }))).toEqual(['Older People,', 'family']);
    // Out of the phrase's order, "people" is who in general (filler-words.ts), and "older" its own word.
    expect(searchUnits(planQuery('people older', { words, vocabulary }))).toEqual(['older']);
  });
});

describe('unmentioned', () => {
  it('says which typed words no activity has, but not those of a need phrase that found what the need adds', () => {
    const plan = planQuery('yoga for over 70s', { words, vocabulary });
    expect(plan.unmatched).toEqual(['yoga', 'over', '70s']);
    expect(unmentioned(plan)).toEqual(['yoga']);
  });
});
