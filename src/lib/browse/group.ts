/**
 * Grouping entries for the browse pages (the no-JavaScript way to find an
 * activity): counts per category and area, and the members of each.
 */
import type { CategoryKey } from '../../schema/vocabulary.ts';

interface Browsable {
  data: { categories: readonly CategoryKey[]; location: { area?: string | undefined } };
}

export function byCategory<T extends Browsable>(entries: readonly T[], category: CategoryKey): T[] {
  return entries.filter((e) => e.data.categories.includes(category));
}

export function byArea<T extends Browsable>(entries: readonly T[], area: string): T[] {
  return entries.filter((e) => e.data.location.area === area);
}

/** Count of entries per key; keys with none still appear, with 0. */
export function countBy<K extends string>(keys: readonly K[], entries: readonly Browsable[], pick: (e: Browsable) => readonly string[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const entry of entries) {
    for (const key of pick(entry)) if (key in counts) counts[key as K] += 1;
  }
  return counts;
}
