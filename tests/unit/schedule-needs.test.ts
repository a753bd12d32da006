import { describe, expect, it } from 'vitest';
import { expandQuery, explain } from '../../src/lib/search/need-words.ts';
import { withScheduleNeeds } from '../../src/lib/search/schedule-needs.ts';

describe('the words for when that no page says', () => {
  it('search "weekend" as Saturday or Sunday and "weekdays" as Monday to Friday, in any directory', () => {
    const vocabulary = withScheduleNeeds({ needs: [] });
    const [weekend] = expandQuery(['weekend walks'], vocabulary);
    expect(weekend).toMatchObject({ need: 'the weekend', matched: 'weekend', alsoWords: ['saturday', 'sunday'] });
    expect(explain(weekend!)).toBe('Showing activities for the weekend: mentioning “saturday” or “sunday”');
    expect(expandQuery(['at the weekends'], vocabulary)[0]?.need).toBe('the weekend');
    expect(expandQuery(['weekday mornings'], vocabulary)[0]?.alsoWords).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
  });

  it('give way to a need of the directory that uses one of their words', () => {
    const own = { label: 'weekend breaks', words: ['Weekends'], categories: ['social' as const] };
    const vocabulary = withScheduleNeeds({ needs: [own] });
    expect(vocabulary.needs.map((n) => n.label)).toEqual(['weekend breaks', 'weekdays']);
    expect(expandQuery(['weekends'], vocabulary)[0]?.need).toBe('weekend breaks');
  });
});
