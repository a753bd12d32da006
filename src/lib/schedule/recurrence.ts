/**
 * When sessions actually fall. Each session becomes an RFC 5545 recurrence
 * rule (via the rrule library), which both the calendar files and the
 * "next dates" on pages and handouts use, so they can never disagree.
 *
 * Times are wall-clock times in the UK. rrule works in UTC, so dates are
 * expanded as "floating" UTC dates and read back as local dates and times;
 * the calendar file adds the Europe/London zone.
 */
import * as rruleModule from 'rrule';
import type { Weekday } from 'rrule';
import type { Session } from '../../schema/activity.ts';
import type { WeekdayCode } from '../../schema/vocabulary.ts';

// rrule ships ES modules for bundlers but a UMD file for Node, which Node sees
// only as a default export; take RRule from wherever this runtime put it.
const { RRule } = ((rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule) as typeof rruleModule;
type RRule = InstanceType<typeof RRule>;

const RRULE_DAYS: Record<WeekdayCode, Weekday> = {
  MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU,
};

/** The schedule fields recurrence needs; the browser gets these from compact JSON. */
export type RecurringSession = Pick<Session, 'freq' | 'byday' | 'week_of_month' | 'opens_at' | 'closes_at' | 'valid_from' | 'valid_to'>;

/** The recurrence facts of an entry's sessions, for working out dates: nothing the reader sees as words. */
export function recurringSessions(activity: { schedules?: readonly Session[] | undefined }): RecurringSession[] {
  return (activity.schedules ?? []).map(({ freq, byday, week_of_month, opens_at, closes_at, valid_from, valid_to }) => ({
    freq, byday, opens_at, closes_at,
    ...(week_of_month !== undefined ? { week_of_month } : {}),
    ...(valid_from ? { valid_from } : {}),
    ...(valid_to ? { valid_to } : {}),
  }));
}

export interface Occurrence {
  /** YYYY-MM-DD, the local date. */
  date: string;
  opens_at: string;
  closes_at: string;
}

function floating(isoDate: string, time = '00:00'): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The session as an rrule. `anchor` is the first date it can fall on when
 * the entry gives no valid_from: a fixed date (not the build date) keeps
 * builds reproducible and fortnightly weeks stable.
 */
export function sessionRule(session: RecurringSession, anchor: string): RRule {
  const days = session.byday.map((d) => RRULE_DAYS[d]);
  const start = session.valid_from ?? anchor;
  return new RRule({
    freq: session.freq === 'monthly' ? RRule.MONTHLY : RRule.WEEKLY,
    interval: session.freq === 'fortnightly' ? 2 : 1,
    byweekday: session.freq === 'monthly' ? days.map((d) => d.nth(session.week_of_month ?? 1)) : days,
    dtstart: floating(start, session.opens_at),
    ...(session.valid_to ? { until: floating(session.valid_to, '23:59') } : {}),
    wkst: RRule.MO,
  });
}

/** The RRULE line's value for a calendar file: FREQ=WEEKLY;INTERVAL=2;BYDAY=TU… */
export function rruleValue(session: RecurringSession, anchor: string): string {
  const text = sessionRule(session, anchor).toString();
  const line = text.split('\n').find((l) => l.startsWith('RRULE:')) ?? '';
  // The start date lives in the event's own DTSTART, in the UK zone.
  return line.replace(/^RRULE:/, '');
}

/** The first date on or after `anchor` that the session falls on (its calendar DTSTART). */
export function firstOccurrence(session: RecurringSession, anchor: string): string | undefined {
  const rule = sessionRule(session, anchor);
  const first = rule.after(floating(session.valid_from ?? anchor), true);
  return first ? isoOf(first) : undefined;
}

/** The first date on or after `from` that the session falls on: its calendar DTSTART once a pause is over. */
export function firstOccurrenceFrom(session: RecurringSession, anchor: string, from: string | undefined): string | undefined {
  const first = firstOccurrence(session, anchor);
  if (!first || !from || first >= from) return first;
  const next = sessionRule(session, anchor).after(floating(from), true);
  return next ? isoOf(next) : undefined;
}

/** Sessions falling on dates from `fromDate` to `toDate` inclusive, in date order. */
export function occurrencesBetween(sessions: readonly RecurringSession[], fromDate: string, toDate: string, anchor: string): Occurrence[] {
  const from = floating(fromDate);
  const to = floating(toDate, '23:59');
  return sessions
    .flatMap((s) => sessionRule(s, anchor).between(from, to, true).map((d) => ({ date: isoOf(d), opens_at: s.opens_at, closes_at: s.closes_at })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.opens_at.localeCompare(b.opens_at));
}

/** The next `count` sessions on or after `fromDate`, looking at most a year ahead. */
export function nextOccurrences(sessions: readonly RecurringSession[], fromDate: string, count: number, anchor: string): Occurrence[] {
  const end = floating(fromDate);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  return occurrencesBetween(sessions, fromDate, isoOf(end), anchor).slice(0, count);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const d = floating(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/**
 * The UTC instant of a wall-clock time in London, e.g. 10:00 on a date in
 * British Summer Time is 09:00 UTC. Calendar libraries take instants.
 */
export function londonInstant(isoDate: string, time: string): Date {
  const guess = floating(isoDate, time);
  const parts = Object.fromEntries(londonClock().formatToParts(guess).map((p) => [p.type, p.value]));
  const shown = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

// Building a DateTimeFormat loads time-zone data, which is slow: once per
// process, not once per date.
let clock: Intl.DateTimeFormat | undefined;
function londonClock(): Intl.DateTimeFormat {
  clock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  return clock;
}
