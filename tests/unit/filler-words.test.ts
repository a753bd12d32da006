import { describe, expect, it } from 'vitest';
import { asksLowCost, withoutFillerWords } from '../../src/lib/search/filler-words.ts';

const mentionedWords = new Set(['mums', 'patient', 'walk']);
const telling = (query: string, kept: readonly string[] = []) =>
  withoutFillerWords(query.split(' '), {
    kept: (token) => kept.includes(token),
    mentioned: (word) => mentionedWords.has(word),
  }).join(' ');

describe('withoutFillerWords', () => {
  it('leaves out words that say who is asking or that they are asking', () => {
    expect(telling('something for my mum with dementia')).toBe('dementia');
    expect(telling("I'm looking for a walk, please")).toBe('walk,');
    expect(telling('Is there ANY singing?')).toBe('singing?');
    // Pagefind would take "on" as the start of "online", and "only" must otherwise be on the page.
    expect(telling('is there anything on a thursday evening for young people?')).toBe('thursday evening young');
    expect(telling('women only')).toBe('women');
    expect(telling('what can I do in Kelderby at the weekend')).toBe('Kelderby weekend');
  });

  it('keeps a word for a person that some activity mentions, unless it says whose', () => {
    expect(telling('patient with copd')).toBe('patient copd');
    expect(telling('friend with copd')).toBe('copd');
    expect(telling('my patient with copd')).toBe('copd');
    // Even where "mum" is a need's word, "my mum" is who it is for; "lost my mum" is a need's phrase.
    expect(telling('dementia for my mum', ['mum'])).toBe('dementia');
    expect(telling('lost my mum', ['lost', 'my', 'mum'])).toBe('lost my mum');
    expect(telling('mums walk')).toBe('mums walk');
  });

  it('leaves out a word for a kind of meeting beside a word for what it is about', () => {
    expect(telling('art classes')).toBe('art');
    expect(telling('a walking group for my dad')).toBe('walking');
    expect(telling('support group')).toBe('support group');
    expect(telling('a group for me')).toBe('group');
    expect(telling('clubs and classes')).toBe('clubs classes');
    expect(telling('for Polish speakers')).toBe('Polish');
  });

  it('leaves out help, support and advice beside what they are for, and who in general', () => {
    expect(telling('help with anxiety')).toBe('anxiety');
    expect(telling('support for carers of people with dementia')).toBe('carers dementia');
    expect(telling('debt advice')).toBe('debt');
    expect(telling('my mum has dementia')).toBe('dementia');
    expect(telling('chair based exercise')).toBe('chair exercise');
    // A topic too short to search alone keeps the word beside it.
    expect(telling('IT help')).toBe('IT help');
    expect(telling('help')).toBe('help');
  });

  it('leaves out words for a low price, which no entry gives as a number, and says it was asked for', () => {
    expect(telling('low cost exercise')).toBe('exercise');
    expect(telling('cheap low-cost lunch')).toBe('lunch');
    expect(telling('walks at a low level')).toBe('walks low level');
    expect(['Low cost yoga', 'affordable swimming', 'yoga', 'low energy'].map(asksLowCost)).toEqual([true, true, false, false]);
  });

  it('keeps the words of a need phrase, a query of nothing else, and words of several parts', () => {
    expect(telling('on my own', ['on', 'my', 'own'])).toBe('on my own');
    expect(telling('for me')).toBe('for me');
    expect(telling('IT help')).toBe('IT help');
    expect(telling('tea-and-talk for you')).toBe('tea-and-talk');
  });
});
