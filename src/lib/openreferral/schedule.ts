/**
 * Sessions as Open Referral schedules (iCalendar RRULE parts) and back.
 *
 * weekly      → freq WEEKLY, interval 1, byday "TU" or "MO,TH"
 * fortnightly → freq WEEKLY, interval 2, dtstart = valid_from (the profile
 *               says dtstart is needed whenever interval is used)
 * monthly     → freq MONTHLY, byday with the week in front: "1MO", "-1FR"
 *
 * Reading a feed is stricter than writing one: a rule this directory cannot
 * show faithfully (every third week, the 15th of the month) is reported,
 * never rounded to something else.
 */
import type { Session } from '../../schema/activity.ts';
import { WEEKDAYS, type WeekdayCode } from '../../schema/vocabulary.ts';
import type { OrukSchedule } from './types.ts';
import { firstOccurrenceFrom } from '../schedule/recurrence.ts';

/**
 * A paused activity that gives its restart day resumes from it: `resume`
 * makes each schedule's dtstart (its first event) the first session on or
 * after that day. valid_from stays the entry's own, so reading the feed back
 * gives the same entry (a fortnightly session always has one).
 */
export interface Resume {
  from: string;
  /** The date recurrence counts from when a session has no valid_from (the calendars' anchor). */
  anchor: string;
}

export function toOrukSchedule(session: Session, id: string, resume?: Resume): OrukSchedule {
  const restart = resume ? firstOccurrenceFrom(session, resume.anchor, resume.from) : undefined;
  const dtstart = restart !== undefined && restart > (session.valid_from ?? '') ? restart : session.valid_from;
  const week = session.freq === 'monthly' ? String(session.week_of_month ?? 1) : '';
  return {
    id,
    freq: session.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY',
    interval: session.freq === 'fortnightly' ? 2 : 1,
    byday: session.byday.map((day) => `${week}${day}`).join(','),
    opens_at: session.opens_at,
    closes_at: session.closes_at,
    ...(dtstart ? { dtstart } : {}),
    ...(session.valid_from ? { valid_from: session.valid_from } : {}),
    ...(session.valid_to ? { valid_to: session.valid_to } : {}),
    ...(session.description ? { description: session.description } : {}),
  };
}

/** What a by-arrangement activity's text-only schedule says, so reading it back does not turn it into a note. */
export const BY_ARRANGEMENT = 'By arrangement';

/** The activity-level timing that is not a session: by arrangement, and schedule_notes. */
export function textSchedule(byArrangement: boolean, notes: string | undefined, id: string): OrukSchedule | undefined {
  if (!byArrangement && !notes) return undefined;
  return { id, ...(byArrangement ? { description: BY_ARRANGEMENT } : {}), ...(notes ? { notes } : {}) };
}

/** A session read from a feed, still unchecked: the activity schema has the last word. */
export type SessionInput = Record<string, unknown>;

export type ReadSchedule =
  | { kind: 'sessions'; sessions: SessionInput[] }
  | { kind: 'text'; text: string[] }
  | { kind: 'problem'; message: string };

const DAY_CODES = Object.keys(WEEKDAYS) as WeekdayCode[];

/** "10:00", "10:00:00", "9:30Z", "10:00+01:00" → "10:00" (read as UK local time), or the input unchanged. */
export function clockTime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : value;
}

/** The date part of "2026-03-14", "2026-03-14T10:00:00Z" or ORUK 1.0's "14/03/2026 00:00:00". */
export function calendarDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(value.trim());
  if (iso) return iso[1];
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(value.trim());
  return uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function joinText(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => Boolean(p));
  return present.length ? present.join(' ') : undefined;
}

/** One schedule from a feed (any object), as sessions, as a note, or as the reason it cannot be read. */
export function fromOrukSchedule(schedule: Record<string, unknown>): ReadSchedule {
  const freq = text(schedule.freq)?.toUpperCase();
  if (!freq) {
    const words = [text(schedule.description), text(schedule.notes)].filter(
      (t): t is string => t !== undefined && t.toLowerCase() !== BY_ARRANGEMENT.toLowerCase(),
    );
    return { kind: 'text', text: words };
  }
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return { kind: 'problem', message: `freq "${freq}" cannot be shown: sessions repeat WEEKLY or MONTHLY.` };
  if (text(schedule.bymonthday)) {
    return { kind: 'problem', message: `bymonthday "${String(schedule.bymonthday)}" cannot be shown: monthly sessions are on the nth weekday, such as 1MO.` };
  }
  const interval = schedule.interval === undefined || schedule.interval === null || schedule.interval === '' ? 1 : Number(schedule.interval);
  const allowed = freq === 'WEEKLY' ? [1, 2] : [1];
  if (!allowed.includes(interval)) {
    return { kind: 'problem', message: `interval ${String(schedule.interval)} with freq ${freq} cannot be shown: sessions are weekly, fortnightly or monthly.` };
  }

  const tokens = (text(schedule.byday) ?? '').split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  const parsed = tokens.map((t) => /^([+-]?\d)?([A-Z]{2})$/.exec(t));
  const bad = tokens.find((_, i) => !parsed[i] || !DAY_CODES.includes(parsed[i]![2] as WeekdayCode));
  if (bad) return { kind: 'problem', message: `byday "${String(schedule.byday)}" has "${bad}", which is not a weekday code such as MO or 2TU.` };

  const common = {
    opens_at: clockTime(schedule.opens_at),
    closes_at: clockTime(schedule.closes_at),
    valid_from: calendarDate(schedule.valid_from ?? (interval === 2 ? schedule.dtstart : undefined)),
    valid_to: calendarDate(schedule.valid_to),
    description: joinText(text(schedule.description), text(schedule.notes)),
  };

  if (freq === 'WEEKLY') {
    if (parsed.some((p) => p![1])) return { kind: 'problem', message: `byday "${String(schedule.byday)}" numbers a week, which only MONTHLY schedules can do.` };
    return { kind: 'sessions', sessions: [{ freq: interval === 2 ? 'fortnightly' : 'weekly', byday: parsed.map((p) => p![2]), ...common }] };
  }

  // MONTHLY: one session per week of the month, so "2MO,4MO" becomes the second and the fourth Monday.
  const byWeek = new Map<number, string[]>();
  for (const p of parsed) {
    const week = p![1] === undefined ? NaN : Number(p![1]);
    if (![1, 2, 3, 4, -1].includes(week)) {
      return { kind: 'problem', message: `byday "${String(schedule.byday)}" must give the week of the month for each day: 1 to 4, or -1 for the last (such as 1MO or -1FR).` };
    }
    byWeek.set(week, [...(byWeek.get(week) ?? []), p![2]!]);
  }
  if (byWeek.size === 0) return { kind: 'sessions', sessions: [{ freq: 'monthly', byday: [], ...common }] };
  return {
    kind: 'sessions',
    sessions: [...byWeek].map(([week, days]) => ({ freq: 'monthly', byday: days, week_of_month: week, ...common })),
  };
}
