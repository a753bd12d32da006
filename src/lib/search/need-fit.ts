/**
 * The order of the activities a need adds by its categories and audiences
 * alone ("stroke" adds Long-term conditions and Peer support): those in more
 * of them first, then those in a category the need lists earlier. A need's
 * first category is what it is about (a need for getting active lists
 * Physical activity before Cooking and food), so a chair yoga class comes
 * before the food bank, and a stroke club before a parents' peer group.
 * Within a rank, the search's own order stays.
 */
export interface NeedFacets {
  /** In the order the needs list them. */
  categories: readonly string[];
  audiences: readonly string[];
}

type Has = (facet: 'category' | 'audience', value: string) => boolean;

/** [how many of the facets it is in, where its earliest category is listed]; undefined when in none. */
export function needFit(has: Has, { categories, audiences }: NeedFacets): [number, number] | undefined {
  let count = 0;
  let first = categories.length;
  categories.forEach((category, i) => {
    if (!has('category', category)) return;
    count++;
    first = Math.min(first, i);
  });
  for (const audience of audiences) if (has('audience', audience)) count++;
  return count ? [count, first] : undefined;
}

/** The items in at least one facet, best fit first; a stable sort keeps the given order within a fit. */
export function byNeedFit<T>(items: readonly T[], hasFor: (item: T) => Has, facets: NeedFacets): T[] {
  return items
    .map((item) => ({ item, fit: needFit(hasFor(item), facets) }))
    .filter((x): x is { item: T; fit: [number, number] } => x.fit !== undefined)
    .sort((a, b) => b.fit[0] - a.fit[0] || a.fit[1] - b.fit[1])
    .map((x) => x.item);
}

/** The items that answer more needs first, `answers` saying how many each does; a stable sort keeps the given order within a count. */
export function byNeedsAnswered<T>(items: readonly T[], answers: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, n: answers(item) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.item);
}

