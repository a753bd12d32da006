/**
 * "Next: Sunday 6 December, Sunday 13 December" on an activity's page and
 * the handout. The build works out the sessions from its own day to past
 * the last day a visitor may open this build on (as what's on does), and
 * the browser words them for the reader's own date and time, leaving out a
 * session that has already finished today. A course outside its dates says
 * when it starts or that it has finished instead.
 */
import { addDays, nextOccurrences, occurrencesBetween, type RecurringSession } from './recurrence.ts';
import { formatLongDate, parseIsoDate } from './dates.ts';
import type { SessionsAvailability } from './availability.ts';

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

/**
 * The sessions from `from` until `to`, plus `count` more after it, so a
 * reader on any day up to `to` still finds their next few.
 */
export function nextSessionsData(sessions: readonly RecurringSession[], anchor: string, availability: SessionsAvailability, from: string, to: string, count = 3): NextSessionsData {
  if (availability.kind === 'none') return { o: [], n: availability.reason };
  const start = availability.from && availability.from > from ? availability.from : from;
  const list = [...occurrencesBetween(sessions, start, to, anchor), ...nextOccurrences(sessions, addDays(to > start ? to : start, 1), count, anchor)];
  const starts = sessions.every((s) => s.valid_from && s.freq !== 'fortnightly' && s.valid_from > from) ? sessions.map((s) => s.valid_from!).sort()[0] : undefined;
  const finishes = sessions.length && sessions.every((s) => s.valid_to) ? sessions.map((s) => s.valid_to!).sort().at(-1) : undefined;
  return { o: list.map((o) => [o.date, o.opens_at, o.closes_at]), ...(starts ? { s: starts } : {}), ...(finishes ? { f: finishes } : {}) };
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
