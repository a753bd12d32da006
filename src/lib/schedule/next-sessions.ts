/**
 * "Next: Sunday 6 December, Sunday 13 December" on an activity's page and
 * the handout. The build works out the sessions from its own day to past
 * the last day a visitor may open this build on (as what's on does), and
 * the browser words them (next-sessions-text.ts) for the reader's own date and time, leaving out a
 * session that has already finished today. A course outside its dates says
 * when it starts or that it has finished instead.
 */
import { addDays, nextOccurrences, occurrencesBetween, type RecurringSession } from './recurrence.ts';
import type { SessionsAvailability } from './availability.ts';
import type { NextSessionsData } from './next-sessions-text.ts';

export { dayText, nextSessionsText, remainingSessions, type NextSessionsData } from './next-sessions-text.ts';

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

