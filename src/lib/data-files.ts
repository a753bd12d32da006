/**
 * The files a build writes beside the pages, one or more per entry: each
 * activity's calendar and shortlist card, each area's calendar, and the whole
 * Open Referral UK feed. They are plain text computed from the entries, so
 * one pass writes them all (src/integrations/data-files.ts) instead of one
 * Astro route per file, and the dev server serves the same list
 * (src/pages/[...file].ts).
 */
import type { DirectoryEntry } from './entries.ts';
import type { Settings } from '../schema/settings.ts';
import { toActivityCard } from './activity-card.ts';
import { activityCalendar, combinedCalendar, hasCalendar, type CalendarInput } from './calendar.ts';
import { feedFor, jsonText } from './openreferral/feed.ts';

export interface DataFile {
  /** Path under the site's root, without a leading slash: activities/x/calendar.ics */
  path: string;
  body: string;
}

export const CONTENT_TYPES: Record<string, string> = {
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function* dataFiles(entries: readonly DirectoryEntry[], settings: Settings): Generator<DataFile> {
  const site = new URL(settings.site_url);
  const calendarInput = (entry: DirectoryEntry): CalendarInput => ({ id: entry.id, data: entry.data, url: new URL(entry.url, site).href, host: site.hostname });

  for (const entry of entries) {
    yield { path: `activities/${entry.id}/card.json`, body: JSON.stringify(toActivityCard(entry)) };
    if (hasCalendar(entry.data)) yield { path: `activities/${entry.id}/calendar.ics`, body: activityCalendar(calendarInput(entry)) };
  }

  // An area's calendar has the regular sessions of what is listed and running there.
  for (const area of settings.areas) {
    const running = entries.filter((e) => e.listed && e.data.location.area === area.id && e.data.status === 'running' && hasCalendar(e.data));
    yield { path: `areas/${area.id}/calendar.ics`, body: combinedCalendar(`${area.label}: ${settings.name}`, site.hostname, running.map(calendarInput)) };
  }

  // Paths as the ORUK API names them, with .json: public/_redirects maps the API's own paths onto these.
  const feed = feedFor(entries, settings);
  yield { path: 'openreferral/index.json', body: jsonText(feed.root) };
  for (const service of feed.services) yield { path: `openreferral/services/${service.id}.json`, body: jsonText(service) };
  for (const page of feed.servicePages) yield { path: `openreferral/services/page/${page.page_number}.json`, body: jsonText(page) };
  yield { path: 'openreferral/services/all.json', body: jsonText(feed.allServices) };
  yield { path: 'openreferral/taxonomies.json', body: jsonText(feed.taxonomies) };
  for (const taxonomy of feed.taxonomyDetails) yield { path: `openreferral/taxonomies/${taxonomy.id}.json`, body: jsonText(taxonomy) };
  yield { path: 'openreferral/taxonomy_terms.json', body: jsonText(feed.taxonomyTerms) };
  for (const term of feed.taxonomyTerms.contents) yield { path: `openreferral/taxonomy_terms/${term.id}.json`, body: jsonText(term) };
}
