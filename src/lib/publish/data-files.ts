/**
 * The files a build writes beside the pages: each activity's calendar, each
 * area's calendar, what's on for each date a visitor could see before the
 * next rebuild, the whole Open Referral UK feed, and the place table for
 * searching near a postcode. They are plain text
 * computed from the entries, so one pass writes them all
 * (src/integrations/data-files.ts) instead of one Astro route per file, and
 * the dev server serves the same list (src/pages/[...file].ts).
 *
 * File count matters more than bytes: creating a file on the benchmark
 * machine's disk costs about a quarter of a millisecond, so per-entry files
 * are few (a calendar and a feed document) and share one folder each.
 */
import type { DirectoryEntry } from '../content/entries.ts';
import type { Settings } from '../../schema/settings.ts';
import { activityCalendar, combinedCalendar, hasCalendar, type CalendarInput } from '../schedule/calendar.ts';
import { sessionsAvailability } from '../schedule/availability.ts';
import { feedFiles, jsonText } from '../openreferral/feed.ts';
import { whatsOnItems, whatsOnWeeks, windowDates } from '../schedule/whats-on-files.ts';
import { byArea } from '../browse/group.ts';
import { PLACE_TABLE_PATH, placeTableFile, type PlacePoint } from '../search/places.ts';
import { NEED_WORDS_PATH, toBrowserVocabulary, type NeedVocabulary } from '../search/need-words.ts';

export interface DataFile {
  /** Path under the site's root, without a leading slash: activities/x.ics */
  path: string;
  body: string;
}

export const CONTENT_TYPES: Record<string, string> = {
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * `buildDay` is the build's day (content/build-day.ts), which what's on
 * starts from; `places` are the deployer's postcode centroids
 * (content/postcodes.csv) and `needWords` the need-words
 * (content/need-words.yaml), both already checked.
 */
export function* dataFiles(
  entries: readonly DirectoryEntry[],
  settings: Settings,
  buildDay: string,
  places: readonly PlacePoint[] = [],
  needWords: NeedVocabulary = { needs: [] },
): Generator<DataFile> {
  const site = new URL(settings.site_url);
  const calendarInput = (entry: DirectoryEntry): CalendarInput => ({
    id: entry.id, data: entry.data, url: new URL(entry.url, site).href, host: site.hostname, unconfirmed: entry.freshness === 'possibly-closed',
  });

  for (const entry of entries) {
    if (hasCalendar(entry.data)) yield { path: activityCalendarPath(entry.id), body: activityCalendar(calendarInput(entry)) };
  }

  // An area's calendar has the regular sessions of what is listed and running there.
  const listed = entries.filter((e) => e.listed);
  for (const area of settings.areas) {
    const running = byArea(listed, area.id).filter((e) => sessionsAvailability(e.data, false).kind === 'running' && hasCalendar(e.data));
    yield { path: `areas/${area.id}/calendar.ics`, body: combinedCalendar(`${area.label}: ${settings.name}`, site.hostname, running.map(calendarInput)) };
  }

  const scopes = [{ prefix: '', entries: listed }, ...settings.areas.map((area) => ({ prefix: `areas/${area.id}/`, entries: byArea(listed, area.id) }))];
  for (const scope of scopes) {
    const weeks = whatsOnWeeks(whatsOnItems(scope.entries), buildDay);
    for (const date of windowDates(buildDay)) yield { path: `${scope.prefix}whats-on/${date}.json`, body: JSON.stringify(weeks.get(date) ?? []) };
  }

  // Paths as the ORUK API names them, with .json: public/_redirects maps the API's own paths onto these.
  for (const file of feedFiles(entries, settings)) yield { path: `openreferral/${file.path}`, body: jsonText(file.document) };

  // Ended and unlisted entries still teach where their postcode is.
  yield { path: PLACE_TABLE_PATH, body: placeTableFile(entries, places) };
  yield { path: NEED_WORDS_PATH, body: JSON.stringify(toBrowserVocabulary(needWords)) };
}

/** Where an activity's calendar file is: beside the activity's folder, so a build makes no folder for it. */
export function activityCalendarPath(id: string): string {
  return `activities/${id}.ics`;
}
