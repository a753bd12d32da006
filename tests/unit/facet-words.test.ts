import { describe, expect, it } from 'vitest';
import { takeFacetWords } from '../../src/lib/search/facet-words.ts';

describe('takeFacetWords', () => {
  it('takes a whole word "free", in any case or with punctuation, as the cost filter', () => {
    expect(takeFacetWords('free walking')).toEqual({ words: 'walking', facets: [{ key: 'cost', values: ['Free'], note: 'Free activities only' }] });
    expect(takeFacetWords('Walking, FREE!')).toMatchObject({ words: 'Walking,', facets: [{ values: ['Free'] }] });
    expect(takeFacetWords('free')).toMatchObject({ words: '', facets: [{ values: ['Free'] }] });
    expect(takeFacetWords('free free choir').facets).toHaveLength(1);
  });

  it('leaves words that only contain it, and queries without it, as they are', () => {
    expect(takeFacetWords('freedom  pass')).toEqual({ words: 'freedom pass', facets: [] });
    // "X free" typed with a space means without X: gluten-free cooking may still charge.
    expect(takeFacetWords('Gluten free cooking')).toEqual({ words: 'Gluten free cooking', facets: [] });
    expect(takeFacetWords('free step class')).toMatchObject({ words: 'step class', facets: [{ values: ['Free'] }] });
    expect(takeFacetWords('')).toEqual({ words: '', facets: [] });
    // Words that are names of built-in object properties are words like any other.
    expect(takeFacetWords('constructor toString __proto__')).toEqual({ words: 'constructor toString __proto__', facets: [] });
  });

  it('takes a phrase naming an access feature as its filter, however "step free" is written', () => {
    const stepFree = { key: 'access', values: ['Step-free access'], note: 'With step-free access only' };
    for (const query of ['step free swimming', 'step-free swimming', 'Step-Free swimming', 'wheelchair accessible swimming']) {
      // A step-free swim may still charge: "free" here is not the cost filter.
      expect(takeFacetWords(query)).toEqual({ words: 'swimming', facets: [stepFree] });
    }
    expect(takeFacetWords('choir with a hearing loop')).toMatchObject({ words: 'choir with a', facets: [{ key: 'access', values: ['Hearing loop'] }] });
    expect(takeFacetWords('free step free walk')).toMatchObject({ words: 'walk', facets: [{ values: ['Free'] }, { values: ['Step-free access'] }] });
    // Only the phrase's words next to each other: a step class that is free is a step class that is free.
    expect(takeFacetWords('step class free')).toMatchObject({ words: 'step class', facets: [{ values: ['Free'] }] });
    expect(takeFacetWords('wheelchair basketball')).toEqual({ words: 'wheelchair basketball', facets: [] });
  });

  it('takes "online", "by phone" and "on zoom" as the area filter’s Online, but not "getting online"', () => {
    const online = { key: 'area', values: ['Online'], note: 'Online or by phone only' };
    expect(takeFacetWords('online yoga')).toEqual({ words: 'yoga', facets: [online] });
    expect(takeFacetWords('befriending by phone')).toEqual({ words: 'befriending', facets: [online] });
    expect(takeFacetWords('Quiz on Zoom')).toEqual({ words: 'Quiz', facets: [online] });
    // Learning to use the internet, which the digital-skills needs name.
    expect(takeFacetWords('help getting online')).toEqual({ words: 'help getting online', facets: [] });
    expect(takeFacetWords('phone befriending')).toEqual({ words: 'phone befriending', facets: [] });
  });

  it('takes days and times of day as the day and time filters, several of one as either', () => {
    expect(takeFacetWords('walking Tuesday')).toEqual({ words: 'walking', facets: [{ key: 'day', values: ['Tuesday'], note: 'On Tuesday only' }] });
    expect(takeFacetWords('choir on tuesdays or thursdays, evenings')).toEqual({
      words: 'choir',
      facets: [
        { key: 'day', values: ['Tuesday', 'Thursday'], note: 'On Tuesday or Thursday only' },
        { key: 'time', values: ['Evening'], note: 'In the evening only' },
      ],
    });
    expect(takeFacetWords('free saturday morning').facets.map((f) => f.note)).toEqual(['Free activities only', 'On Saturday only', 'In the morning only']);
    // The words that lead up to a day or time go with it, and only those.
    expect(takeFacetWords('walks every Sunday in the morning')).toMatchObject({ words: 'walks' });
    expect(takeFacetWords('art in the park on saturdays')).toMatchObject({ words: 'art in the park' });
    // Access needs are all needed, not either.
    expect(takeFacetWords('step free hearing loop').facets).toHaveLength(2);
    expect(takeFacetWords('Sundayschool morningside')).toEqual({ words: 'Sundayschool morningside', facets: [] });
  });

  it('takes "weekend" and "weekdays", which no page says, as the days they cover', () => {
    expect(takeFacetWords('walks at the weekend')).toEqual({ words: 'walks', facets: [{ key: 'day', values: ['Saturday', 'Sunday'], note: 'At the weekend only' }] });
    expect(takeFacetWords('weekday mornings').facets).toEqual([
      { key: 'day', values: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], note: 'On weekdays only' },
      { key: 'time', values: ['Morning'], note: 'In the morning only' },
    ]);
    expect(takeFacetWords('choir during the week')).toMatchObject({ words: 'choir', facets: [{ note: 'On weekdays only' }] });
    // With another day, each is named.
    expect(takeFacetWords('weekends or fridays').facets[0]).toMatchObject({ values: ['Saturday', 'Sunday', 'Friday'], note: 'On Friday, Saturday or Sunday only' });
    expect(takeFacetWords('twice a week')).toEqual({ words: 'twice a week', facets: [] });
  });
});
