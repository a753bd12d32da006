/**
 * "Today" for a build: the calendar date in the UK (Europe/London, so British
 * Summer Time counts), fixed the first time anything asks. Freshness,
 * listings, the feed, calendars and what's on all take this one day, so a
 * build that starts just before midnight, or just after it in summer while
 * UTC still says yesterday, agrees with itself throughout.
 *
 * The day is kept in an environment variable because the data-file writer
 * runs on a worker thread, which copies the environment it starts with; a
 * build or test may also set it beforehand to build as of another day.
 */
import { todayInLondon } from '../schedule/dates.ts';

export const BUILD_DAY_VARIABLE = 'DIRECTORY_BUILD_DAY';

export function buildDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const set = env[BUILD_DAY_VARIABLE];
  if (set !== undefined && set !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set) || Number.isNaN(Date.parse(`${set}T00:00:00Z`))) {
      throw new Error(`${BUILD_DAY_VARIABLE} must be a date written YYYY-MM-DD, not "${set}".`);
    }
    return set;
  }
  const day = todayInLondon(now);
  env[BUILD_DAY_VARIABLE] = day;
  return day;
}
