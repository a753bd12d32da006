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
  return ruleStarting(session, floating(session.valid_from ?? anchor, session.opens_at));
}

function ruleStarting(session: RecurringSession, dtstart: Date): RRule {
  const days = session.byday.map((d) => RRULE_DAYS[d]);
  return new RRule({
    freq: session.freq === 'monthly' ? RRule.MONTHLY : RRule.WEEKLY,
    interval: session.freq === 'fortnightly' ? 2 : 1,
    byweekday: session.freq === 'monthly' ? days.map((d) => d.nth(session.week_of_month ?? 1)) : days,
    dtstart,
    ...(session.valid_to ? { until: floating(session.valid_to, '23:59') } : {}),
    wkst: RRule.MO,
  });
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The session's rule for asking about dates on or after `from` only. rrule
 * walks every period from dtstart on each question, and a start years back
 * makes every question walk those years; so dtstart moves forward to just
 * before `from` in steps that give the same dates from `from` on: whole
 * weeks, whole fortnights for fortnightly sessions (keeping which weeks they
 * fall in), or the first of the month for monthly ones, at the same time
 * of day. Only a start before `from` moves; a monthly one may land before
 * the real start within its month, which is harmless as nothing before
 * `from` is asked for. Calendar files keep the real start (sessionRule).
 */
function ruleFrom(session: RecurringSession, anchor: string, from: Date): RRule {
  const start = floating(session.valid_from ?? anchor, session.opens_at);
  if (from <= start) return ruleStarting(session, start);
  if (session.freq === 'monthly') {
    return ruleStarting(session, new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1, start.getUTCHours(), start.getUTCMinutes())));
  }
  const step = session.freq === 'fortnightly' ? 2 * WEEK_MS : WEEK_MS;
  return ruleStarting(session, new Date(start.getTime() + Math.floor((from.getTime() - start.getTime()) / step) * step));
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
  const at = floating(from);
  const next = ruleFrom(session, anchor, at).after(at, true);
  return next ? isoOf(next) : undefined;
}

/** Sessions falling on dates from `fromDate` to `toDate` inclusive, in date order. */
export function occurrencesBetween(sessions: readonly RecurringSession[], fromDate: string, toDate: string, anchor: string): Occurrence[] {
  return inDateOrder(sessions, fromDate, toDate, anchor, Infinity);
}

/** The next `count` sessions on or after `fromDate`, looking at most a year ahead. */
export function nextOccurrences(sessions: readonly RecurringSession[], fromDate: string, count: number, anchor: string): Occurrence[] {
  const end = floating(fromDate);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  // Each session's dates come in order, so the first `count` of them all are
  // among the first `count` of each: no session need be walked further.
  return inDateOrder(sessions, fromDate, isoOf(end), anchor, count).slice(0, count);
}

/** Up to `perSession` dates of each session from `fromDate` to `toDate`, merged into date and time order. */
function inDateOrder(sessions: readonly RecurringSession[], fromDate: string, toDate: string, anchor: string, perSession: number): Occurrence[] {
  const from = floating(fromDate);
  const to = floating(toDate, '23:59');
  return sessions
    .flatMap((s) => ruleFrom(s, anchor, from).between(from, to, true, (_, found) => found < perSession).map((d) => ({ date: isoOf(d), opens_at: s.opens_at, closes_at: s.closes_at })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.opens_at.localeCompare(b.opens_at));
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
