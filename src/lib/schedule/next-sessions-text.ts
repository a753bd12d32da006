/**
 * The browser's half of the next dates: words the sessions a build worked
 * out (next-sessions.ts) for the reader's own day and time. Kept apart from
 * the build's half so an activity page's script does not carry the
 * recurrence library.
 */
import { formatLongDate, parseIsoDate } from './dates.ts';

/** What the page carries for the browser: compact, as it sits in every activity page. */
export interface NextSessionsData {
  /** Sessions as [date, opens_at, closes_at], in order. */
  o: [string, string, string][];
  /** The first day of a course (every session has a valid_from and none has started by the build day). */
  s?: string;
  /** The last day of a course (every session has a valid_to). */
  f?: string;
  /** Why there are none to show, when none can be promised. */
  n?: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_WITH_YEAR = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Sunday 6 December" */
export function dayText(date: string): string {
  return DAY.format(parseIsoDate(date)).replace(',', '');
}

/** The sessions still to come on `today` at `now` ("HH:MM", London time; leave out to count all of today's). */
export function remainingSessions(data: NextSessionsData, today: string, now?: string): [string, string, string][] {
  return data.o.filter(([date, , closes]) => date > today || (date === today && (now === undefined || closes > now)));
}

/** The words for the reader's day: "Next: Sunday 6 December, Sunday 13 December", or when it starts, or that it has finished. */
export function nextSessionsText(data: NextSessionsData, today: string, now?: string, count = 3): string | undefined {
  if (data.n) return undefined;
  const left = remainingSessions(data, today, now);
  if (left.length === 0) return data.f && data.f <= today ? `Finished on ${formatLongDate(data.f)}.` : undefined;
  const dates = [...new Set(left.map(([date]) => date))].slice(0, count);
  if (data.s && today < data.s) return `Starts on ${DAY_WITH_YEAR.format(parseIsoDate(dates[0]!)).replace(',', '')}.`;
  return `Next: ${dates.map(dayText).join(', ')}.`;
}
