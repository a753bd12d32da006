import { describe, expect, it } from 'vitest';
import { splitOutWording } from '../../src/lib/search/unindexed-wording.ts';
import { activityView } from '../../src/lib/activity/view.ts';
import { FIT_EXPLANATIONS } from '../../src/lib/activity/fit.ts';

describe('splitOutWording (what of a page line the search index reads)', () => {
  it('leaves the site\'s phrases out wherever they are in the line, and keeps the rest', () => {
    expect(splitOutWording('Gentle: little effort.', ['little effort.'])).toEqual([
      { text: 'Gentle: ', indexed: true },
      { text: 'little effort.', indexed: false },
    ]);
    expect(splitOutWording('Bring: needles', ['Bring: '])).toEqual([
      { text: 'Bring: ', indexed: false },
      { text: 'needles', indexed: true },
    ]);
    expect(splitOutWording('a b a', ['a', 'a b'])).toEqual([
      { text: 'a b', indexed: false },
      { text: ' ', indexed: true },
      { text: 'a', indexed: false },
    ]);
    expect(splitOutWording('Knitting', ['walk', ''])).toEqual([{ text: 'Knitting', indexed: true }]);
  });

  it('finds every explanation the fit section writes, so none of them reaches the index', () => {
    const { fit } = activityView({
      id: 'x', body: '', url: '/activities/x/', listed: true, freshness: 'current',
      data: {
        title: 'T', summary: 'S', categories: ['arts'], organisation: { name: 'O' }, how_to_join: { method: 'drop-in' }, contact: { phone: '020 7946 0999' },
        by_arrangement: true, location: { online: true }, cost_option: { free: true }, assured_date: '2026-11-01', status: 'running',
        activity_level: 'energetic', no_experience_needed: false, safeguarding: 'not-stated',
        first_visit: { met_on_arrival: true, bring_someone: true, free_taster: true, what_to_bring: 'Old clothes.' },
      },
    } as never);
    const indexed = [...fit.facts.map((f) => f.text), ...fit.firstVisit]
      .flatMap((line) => splitOutWording(line, FIT_EXPLANATIONS))
      .filter((p) => p.indexed)
      .map((p) => p.text);
    expect(indexed).toEqual(['Energetic: ', 'Old clothes.']);
  });
});
