/**
 * A search as a URL: `?q=walk&day=Tuesday&cost=Free`. Keeping the whole
 * state in the query string makes a search bookmarkable and shareable,
 * and lets the home page's plain HTML form start one.
 */

export interface SearchState {
  query: string;
  /** Facet key → selected values. Values within a facet are alternatives (any of). */
  filters: Record<string, string[]>;
}

export function parseSearchState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [key, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(key, value);
  }
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
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/**
 * Pagefind's filter argument: values within a facet are OR-ed ("Monday or
 * Tuesday"), facets are AND-ed ("on Monday and free").
 */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) out[key] = { any: values };
  return out;
}

/**
 * The same search with one facet's own selection removed. Counts for a
 * facet's values come from this, so ticking "Monday" while "Saturday" is
 * ticked shows how many more results Monday would add, not 0.
 */
export function withoutFacet(state: SearchState, key: string): SearchState {
  const filters = { ...state.filters };
  delete filters[key];
  return { ...state, filters };
}
