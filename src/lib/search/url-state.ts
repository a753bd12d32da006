/**
 * A search as a URL: `?q=walk&day=Tuesday&cost=Free#near=AV4+2NB&within=3`.
 * Keeping the whole state in the address makes a search bookmarkable and
 * shareable, and lets the home page's plain HTML form start one. A postcode
 * (often a patient's) goes after the "#", which a browser never sends to the
 * site, so reloading or opening the link keeps it on the device: "Near a
 * postcode" and the distance from it, and the words of a query that holds
 * one (`#q=walk+AV4+2NB`). An older link's `?near=` and the home page's
 * `?q=` are still read, and written back the new way.
 */
import { parseWithin, type WithinMiles } from './distance.ts';
import { parsePostcodeQuery } from './postcode-query.ts';

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

/** Reads a search from the address's query string and fragment (`location.search + location.hash`). */
export function parseSearchState(address: string, facetKeys: readonly string[]): SearchState {
  const hash = address.indexOf('#');
  const params = new URLSearchParams(hash < 0 ? address : address.slice(0, hash));
  const place = new URLSearchParams(hash < 0 ? '' : address.slice(hash + 1));
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length) filters[key] = values;
  }
  const state: SearchState = { query: (place.get('q') ?? params.get('q') ?? '').trim(), filters };
  const near = (place.get('near') ?? params.get('near') ?? '').trim();
  if (near) state.near = near;
  const within = parseWithin(place.get('within') ?? params.get('within'));
  if (within !== undefined) state.within = within;
  return state;
}

export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const place = new URLSearchParams();
  const query = state.query.trim();
  if (query) (parsePostcodeQuery(query).postcode ? place : params).set('q', query);
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(key, value);
  }
  if (state.near?.trim()) place.set('near', state.near.trim());
  if (state.within !== undefined) place.set('within', String(state.within));
  const sent = params.toString();
  const kept = place.toString();
  return `${sent ? `?${sent}` : ''}${kept ? `#${kept}` : ''}`;
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
