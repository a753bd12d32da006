import { describe, expect, it } from 'vitest';
import { activityFacets, FACETS_EVERY_ACTIVITY_HAS, facetDefinitions, facetTotals, orderValues } from '../../src/lib/search/facets.ts';
import { hasCriteria, parseSearchState, serialiseSearchState, toggleFilter } from '../../src/lib/search/url-state.ts';
import { activitySchema } from '../../src/schema/activity.ts';

const keys = facetDefinitions(['Millbrook']).map((f) => f.key);

const activity = activitySchema({ areas: ['millbrook'] }).parse({
  title: 'Evening Choir',
  summary: 'Sing together.',
  categories: ['music', 'social'],
  organisation: { name: 'Choir' },
  how_to_join: { method: 'drop-in' },
  contact: { email: 'sing@example.org' },
  schedules: [
    { freq: 'weekly', byday: ['TH'], opens_at: '19:00', closes_at: '21:00' },
    { freq: 'monthly', byday: ['SA'], week_of_month: 1, opens_at: '10:00', closes_at: '12:00' },
  ],
  location: { venue: 'Hall', address: '1 Road', postcode: 'AV4 2NB', area: 'millbrook' },
  languages: ['pl', 'en'],
  format: 'either',
  activity_level: 'moderate',
  cost_option: { free: false, amount: '£2' },
  eligibility: { audiences: ['older-people'] },
  accessibility: { features: ['hearing-loop'] },
  assured_date: '2026-10-01',
});

describe('search facets of an activity', () => {
  it('gives every value a filter needs, in people’s words', () => {
    expect(activityFacets(activity, 'Millbrook')).toEqual({
      category: ['Singing and music', 'Social and befriending'],
      day: ['Thursday', 'Saturday'],
      time: ['Morning', 'Evening'],
      cost: ['Paid'],
      area: ['Millbrook'],
      audience: ['Older people'],
      access: ['Hearing loop'],
      language: ['Polish', 'English'],
      format: ['In a group', 'One to one'],
      effort: ['Moderate'],
    });
  });

  it('files an activity under no language, format or effort when its entry does not say', () => {
    const unsaid = { ...activity, languages: undefined, format: undefined, activity_level: undefined };
    expect(activityFacets(unsaid, 'Millbrook')).toMatchObject({ language: [], format: [], effort: [] });
    expect(activityFacets({ ...activity, format: 'one-to-one' }, 'Millbrook').format).toEqual(['One to one']);
  });

  it('reads a language, format and effort filter from the URL like any other', () => {
    const state = parseSearchState('?language=Polish&format=One+to+one&effort=Gentle', keys);
    expect(state).toEqual({ query: '', filters: { language: ['Polish'], format: ['One to one'], effort: ['Gentle'] } });
  });

  it('files activities with no fixed day under "By arrangement" and online ones under "Online"', () => {
    const byArrangement = { ...activity, schedules: undefined, by_arrangement: true, location: { online: true }, cost_option: { free: true } };
    const facets = activityFacets(byArrangement, undefined);
    expect(facets.day).toEqual(['By arrangement']);
    expect(facets.area).toEqual(['Online']);
    expect(facets.cost).toEqual(['Free']);
    expect(facets.time).toEqual([]);
  });

  it('gives even the barest activity a value for each facet the search indexer insists on', () => {
    const bare = { ...activity, schedules: undefined, by_arrangement: true, location: { online: true }, cost_option: { free: true }, eligibility: undefined, accessibility: undefined };
    for (const facets of [activityFacets(bare, undefined), activityFacets(activity, 'Millbrook')]) {
      for (const key of FACETS_EVERY_ACTIVITY_HAS) expect(facets[key]?.length, key).toBeGreaterThan(0);
    }
  });

  it('counts every value over the directory, as Pagefind does for an empty search, so the server can draw the filters', () => {
    const byArrangement = { ...activity, schedules: undefined, by_arrangement: true, location: { online: true }, cost_option: { free: true } };
    const totals = facetTotals([{ data: activity, areaLabel: 'Millbrook' }, { data: activity, areaLabel: 'Millbrook' }, { data: byArrangement, areaLabel: undefined }]);
    expect(totals.category).toEqual({ 'Singing and music': 3, 'Social and befriending': 3 });
    expect(totals.day).toEqual({ Thursday: 2, Saturday: 2, 'By arrangement': 1 });
    expect(totals.cost).toEqual({ Paid: 2, Free: 1 });
    expect(totals.area).toEqual({ Millbrook: 2, Online: 1 });
    expect(totals.time).toEqual({ Morning: 2, Evening: 2 });
  });

  it('orders filter values by the week, not the alphabet', () => {
    const day = facetDefinitions([]).find((f) => f.key === 'day')!;
    expect(orderValues(day, ['Sunday', 'Friday', 'Monday', 'Zzz'])).toEqual(['Monday', 'Friday', 'Sunday', 'Zzz']);
  });
});

describe('search state in the URL', () => {
  it('reads the query and filters, ignoring unknown and empty parameters', () => {
    const state = parseSearchState('?q=+walk+&day=Tuesday&day=Saturday&cost=Free&utm_source=x&area=', keys);
    expect(state).toEqual({ query: 'walk', filters: { day: ['Tuesday', 'Saturday'], cost: ['Free'] } });
  });

  it('round-trips through the URL, including values with spaces and ampersands', () => {
    const state = { query: 'tea & chat', filters: { category: ['Arts and crafts'], day: ['Monday'] } };
    expect(parseSearchState(serialiseSearchState(state), keys)).toEqual(state);
    expect(serialiseSearchState({ query: '', filters: {} })).toBe('');
  });

  it('keeps a postcode, and the distance from it, out of the query string, and still reads an older link’s', () => {
    const state = { query: 'walk', filters: { day: ['Monday'] }, near: 'AV4 2NB', within: 3 as const };
    const address = serialiseSearchState(state);
    expect(address).toBe('?q=walk&day=Monday#near=AV4+2NB&within=3');
    expect(parseSearchState(address, keys)).toEqual(state);
    expect(serialiseSearchState({ query: '', filters: {}, near: 'AV4' })).toBe('#near=AV4');
    expect(parseSearchState('?q=walk&near=AV4+2NB&within=3', keys)).toEqual({ query: 'walk', filters: {}, near: 'AV4 2NB', within: 3 });
    // A postcode typed among the words takes the words with it.
    const typed = { query: 'choir near AV4 2NB', filters: { day: ['Monday'] } };
    expect(serialiseSearchState(typed)).toBe('?day=Monday#q=choir+near+AV4+2NB');
    expect(parseSearchState(serialiseSearchState(typed), keys)).toEqual(typed);
    expect(parseSearchState('?q=choir+AV4', keys)).toEqual({ query: 'choir AV4', filters: {} });
    // A fragment that is no search (a skip link's) says nothing about one.
    expect(parseSearchState('?q=walk#results-heading', keys)).toEqual({ query: 'walk', filters: {} });
  });

  it('toggles a filter value on and off, dropping empty facets', () => {
    const on = toggleFilter({ query: '', filters: {} }, 'day', 'Monday');
    expect(on.filters).toEqual({ day: ['Monday'] });
    expect(hasCriteria(on)).toBe(true);
    const off = toggleFilter(on, 'day', 'Monday');
    expect(off.filters).toEqual({});
    expect(hasCriteria(off)).toBe(false);
  });
});
