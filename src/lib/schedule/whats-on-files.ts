/**
 * Builds the what's-on files (build time): for each date a visitor could
 * open this build on, the coming week as they should see it, capped to a
 * few sessions a day. At 10,000 activities the browser used to download
 * every timetable and expand it on the main thread; now it fetches one file
 * of a few kilobytes named after its own date.
 */
import type { DirectoryEntry } from '../content/entries.ts';
import { activityView } from '../activity/view.ts';
import { addDays, recurringSessions } from './recurrence.ts';
import { sessionsAvailability } from './availability.ts';
import { capped, sessionsByDate, weekFrom, type WhatsOnDay, type WhatsOnItem } from './whats-on.ts';

/** Sessions listed per day; the rest are counted ("and 12 more"). */
export const PER_DAY = 6;
export const DAYS_AHEAD = 7;

/**
 * The first and last dates a visitor may open this build on. The site is
 * rebuilt weekly, so a build is normally seen for 7 days; the window allows
 * for one missed rebuild and for a visitor whose clock is a day behind. On a
 * date outside it the section stays hidden rather than show a stale week.
 */
export function whatsOnWindow(buildDay: string): { from: string; to: string } {
  return { from: addDays(buildDay, -1), to: addDays(buildDay, 14) };
}

/** Every date in the window, first to last. */
export function windowDates(buildDay: string): string[] {
  const { from, to } = whatsOnWindow(buildDay);
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export function whatsOnItems(entries: readonly DirectoryEntry[]): WhatsOnItem[] {
  return entries
    .filter((e) => e.listed && sessionsAvailability(e.data, false).kind === 'running' && (e.data.schedules?.length ?? 0) > 0)
    .map((e) => {
      const view = activityView(e);
      const availability = sessionsAvailability(e.data, false);
      const from = availability.kind === 'running' ? availability.from : undefined;
      return { t: view.title, u: view.url, w: view.where.summary, s: recurringSessions(e.data), a: view.freshness.assuredDate, ...(from ? { f: from } : {}) };
    });
}

/** For each date in the window, the week a visitor on that date sees. Timetables are expanded once for the whole window. */
export function whatsOnWeeks(items: readonly WhatsOnItem[], buildDay: string): Map<string, WhatsOnDay[]> {
  const { from, to } = whatsOnWindow(buildDay);
  const byDate = sessionsByDate(items, from, addDays(to, DAYS_AHEAD - 1));
  return new Map(windowDates(buildDay).map((date) => [date, capped(weekFrom(byDate, date, DAYS_AHEAD), PER_DAY)]));
}
