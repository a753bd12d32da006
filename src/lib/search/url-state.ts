/**
 * A search as a URL: `?q=walk&day=Tuesday&cost=Free&near=AV4+2NB&within=3`.
 * Keeping the whole state in the query string makes a search bookmarkable
 * and shareable, and lets the home page's plain HTML form start one.
 */
import { parseWithin, type WithinMiles } from './distance.ts';

/**
 * Result cards shown at first and added by "Show more". Ten fill a phone
 * screen several times over, and each costs a request for its details
 * (about 1 kB), which is most of what a later search downloads.
 */
export const RESULTS_PAGE_SIZE = 10;

export interface SearchState {
  query: string;
  /** Facet key → selected values. Values within a facet are alternatives (any of). */
  filters: Record<string, string[]>;
  /** A postcode or district typed into "Near a postcode", to sort by distance from. */
  near?: string;
  /** Only venues within this many miles of the postcode. */
  within?: WithinMiles;
}

export function parseSearchState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length) filters[key] = values;
  }
  const state: SearchState = { query: (params.get('q') ?? '').trim(), filters };
  const near = (params.get('near') ?? '').trim();
  if (near) state.near = near;
  const within = parseWithin(params.get('within'));
  if (within !== undefined) state.within = within;
  return state;
}

export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(key, value);
  }
  if (state.near?.trim()) params.set('near', state.near.trim());
  if (state.within !== undefined) params.set('within', String(state.within));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, key: string, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0 || Boolean(state.near?.trim());
}
