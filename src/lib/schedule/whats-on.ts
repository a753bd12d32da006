/**
 * "What's on soon": the sessions of the next few days. Worked out when the
 * site is built, once for every date a visitor could open this build on
 * (see whats-on-files.ts), so a phone downloads one small file for its own
 * date and computes nothing; and the page never shows the week it happened
 * to be built in.
 */
import { addDays, occurrencesBetween, type RecurringSession } from './recurrence.ts';
import { formatTimeRange } from './describe.ts';
import { parseIsoDate } from './dates.ts';

/** One activity with a timetable, as the what's-on lists need it. */
export interface WhatsOnItem {
  /** title */
  t: string;
  /** url */
  u: string;
  /** where, in a few words */
  w: string;
  /** sessions */
  s: RecurringSession[];
  /** anchor date for recurrence */
  a: string;
  /** the day sessions start again after a pause, when there is one */
  f?: string;
}

export interface WhatsOnSession {
  time: string;
  title: string;
  url: string;
  where: string;
  opens_at: string;
}

export interface DayOfSessions {
  date: string;
  /** "Today, Tuesday 24 November", "Tomorrow, …" or "Thursday 26 November" */
  label: string;
  sessions: WhatsOnSession[];
}

/** One day as the browser receives it: the first few sessions and how many more there are. */
export interface WhatsOnDay {
  date: string;
  label: string;
  sessions: Omit<WhatsOnSession, 'opens_at'>[];
  more: number;
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export function dayLabel(date: string, today: string): string {
  const full = DAY.format(parseIsoDate(date)).replace(',', '');
  if (date === today) return `Today, ${full}`;
  if (date === addDays(today, 1)) return `Tomorrow, ${full}`;
  return full;
}

/** Every session from `from` to `to` inclusive, by date, each day earliest first. */
export function sessionsByDate(items: readonly WhatsOnItem[], from: string, to: string): Map<string, WhatsOnSession[]> {
  const byDate = new Map<string, WhatsOnSession[]>();
  for (const item of items) {
    for (const o of occurrencesBetween(item.s, item.f && item.f > from ? item.f : from, to, item.a)) {
      const list = byDate.get(o.date) ?? [];
      list.push({ time: formatTimeRange(o.opens_at, o.closes_at), title: item.t, url: item.u, where: item.w, opens_at: o.opens_at });
      byDate.set(o.date, list);
    }
  }
  for (const list of byDate.values()) list.sort((a, b) => a.opens_at.localeCompare(b.opens_at) || a.title.localeCompare(b.title));
  return byDate;
}

/** The days from `today` that have sessions, out of the next `days`. */
export function weekFrom(byDate: ReadonlyMap<string, WhatsOnSession[]>, today: string, days = 7): DayOfSessions[] {
  const out: DayOfSessions[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const sessions = byDate.get(date);
    if (sessions?.length) out.push({ date, label: dayLabel(date, today), sessions });
  }
  return out;
}

export function upcoming(items: readonly WhatsOnItem[], today: string, days = 7): DayOfSessions[] {
  return weekFrom(sessionsByDate(items, today, addDays(today, days - 1)), today, days);
}

/** A week cut down to what a phone should download: `perDay` sessions a day and a count of the rest. */
export function capped(week: readonly DayOfSessions[], perDay: number): WhatsOnDay[] {
  return week.map(({ date, label, sessions }) => ({
    date,
    label,
    sessions: sessions.slice(0, perDay).map(({ time, title, url, where }) => ({ time, title, url, where })),
    more: Math.max(0, sessions.length - perDay),
  }));
}
