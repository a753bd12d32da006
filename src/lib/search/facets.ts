/**
 * The search filters: which facets exist, their labels and order, and the
 * values one activity contributes to each. The activity page writes these
 * into the HTML for Pagefind to index; the search island reads the same
 * definitions to draw the filter controls, so the two never disagree.
 */
import type { Activity } from '../../schema/activity.ts';
import type { FilterCounts } from './facet-file/format.ts';
import { ACCESSIBILITY, ACTIVITY_LEVELS, AUDIENCES, CATEGORIES, FORMATS } from '../../schema/vocabulary.ts';
import { languageName } from '../../schema/languages.ts';
import { accessibilityLabels, audienceLabels, categoryLabels } from '../activity/format.ts';
import { sessionDays, sessionTimesOfDay } from '../schedule/describe.ts';

export interface FacetDefinition {
  /** The Pagefind filter key and URL parameter. */
  key: string;
  /** The control's heading. */
  label: string;
  /** Values in display order; values not listed are shown after, alphabetically. */
  order?: readonly string[];
}

export const FREE_VALUE = 'Free';
/** The area filter's value for activities held online or by phone. */
export const ONLINE_VALUE = 'Online';
export const PAID_VALUE = 'Paid';

export function facetDefinitions(areaLabels: readonly string[]): FacetDefinition[] {
  return [
    { key: 'category', label: 'Category', order: Object.values(CATEGORIES).map((c) => c.label) },
    { key: 'day', label: 'Day', order: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'By arrangement'] },
    { key: 'time', label: 'Time of day', order: ['Morning', 'Afternoon', 'Evening'] },
    { key: 'cost', label: 'Cost', order: [FREE_VALUE, PAID_VALUE] },
    { key: 'area', label: 'Area', order: [...areaLabels, ONLINE_VALUE] },
    { key: 'audience', label: 'Who it is for', order: Object.values(AUDIENCES).map((a) => a.label) },
    { key: 'access', label: 'Accessibility', order: Object.values(ACCESSIBILITY).map((a) => a.label) },
    // Languages have no fixed order worth imposing: alphabetical, as values not listed are.
    { key: 'language', label: 'Language' },
    { key: 'format', label: 'Group or one to one', order: [FORMATS.group.label, FORMATS['one-to-one'].label] },
    { key: 'effort', label: 'How active', order: Object.values(ACTIVITY_LEVELS).map((l) => l.label) },
  ];
}

/** The facets every activity has a value for (at least one category, days or "By arrangement", free or paid). */
export const FACETS_EVERY_ACTIVITY_HAS: readonly string[] = ['category', 'day', 'cost'];

/** Every facet value one activity has, keyed by facet. */
export function activityFacets(activity: Activity, areaLabel: string | undefined): Record<string, string[]> {
  const days = sessionDays(activity);
  return {
    category: categoryLabels(activity),
    day: days.length ? days : ['By arrangement'],
    time: sessionTimesOfDay(activity),
    cost: [activity.cost_option.free ? FREE_VALUE : PAID_VALUE],
    area: [...(areaLabel ? [areaLabel] : []), ...(activity.location.online ? [ONLINE_VALUE] : [])],
    audience: audienceLabels(activity),
    access: accessibilityLabels(activity),
    language: (activity.languages ?? []).map((c) => languageName(c).english),
    format: formatValues(activity),
    effort: activity.activity_level ? [ACTIVITY_LEVELS[activity.activity_level].label] : [],
  };
}

/** In a group, one to one, or ("either") both. Online and by phone are already the area filter's "Online". */
function formatValues(activity: Activity): string[] {
  const kinds = activity.format === 'either' ? (['group', 'one-to-one'] as const) : activity.format ? [activity.format] : [];
  return kinds.map((k) => FORMATS[k].label);
}

/** Sorts a facet's values by its defined order, unknown values last. */
export function orderValues(definition: FacetDefinition, values: readonly string[]): string[] {
  const order = definition.order ?? [];
  const rank = (v: string) => {
    const i = order.indexOf(v);
    return i === -1 ? order.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * How many activities have each value of each facet: what Pagefind reports
 * for an empty search over the same activities, available at build time.
 */
export function facetTotals(entries: readonly { data: Activity; areaLabel: string | undefined }[]): FilterCounts {
  const totals: FilterCounts = {};
  for (const entry of entries) {
    for (const [key, values] of Object.entries(activityFacets(entry.data, entry.areaLabel))) {
      const facet = (totals[key] ??= {});
      for (const value of values) facet[value] = (facet[value] ?? 0) + 1;
    }
  }
  return totals;
}
