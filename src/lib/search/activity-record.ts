/**
 * One activity's search record, its shown words taken from the activity's
 * view so a search result says what the page and the cards say.
 */
import type { DirectoryEntry } from '../content/entries.ts';
import { activityView, type ActivityView } from '../activity/view.ts';
import { activityFacets } from './facets.ts';
import { searchRecord, type SearchRecord } from './record.ts';

export function activitySearchRecord(entry: DirectoryEntry, view: ActivityView = activityView(entry)): SearchRecord {
  const { location } = entry.data;
  return searchRecord({
    title: view.title,
    when: view.when.summary,
    where: view.where.summary,
    cost: view.cost.summary,
    fit: view.fit.summary,
    stale: view.freshness.state === 'out-of-date',
    paused: view.status.value === 'paused',
    latitude: location.latitude,
    longitude: location.longitude,
    filters: activityFacets(entry.data, entry.areaLabel),
  });
}
