/**
 * "What's on soon": the sessions of the next few days, worked out in the
 * reader's browser from the schedules, so the page never shows the week it
 * happened to be built in.
 */
import { addDays, occurrencesBetween, type RecurringSession } from './recurrence.ts';
import { formatTimeRange } from './schedule.ts';
import { parseIsoDate } from './dates.ts';

/** One activity in the compact what's-on file (short keys: the file holds every listed activity). */
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
}

export interface DayOfSessions {
  date: string;
  /** "Today", "Tomorrow" or "Thursday 26 November" */
  label: string;
  sessions: { time: string; title: string; url: string; where: string; opens_at: string }[];
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export function dayLabel(date: string, today: string): string {
  const full = DAY.format(parseIsoDate(date)).replace(',', '');
  if (date === today) return `Today, ${full}`;
  if (date === addDays(today, 1)) return `Tomorrow, ${full}`;
  return full;
}

export function upcoming(items: readonly WhatsOnItem[], today: string, days = 7): DayOfSessions[] {
  const last = addDays(today, days - 1);
  const byDate = new Map<string, DayOfSessions['sessions']>();
  for (const item of items) {
    for (const o of occurrencesBetween(item.s, today, last, item.a)) {
      const list = byDate.get(o.date) ?? [];
      list.push({ time: formatTimeRange(o.opens_at, o.closes_at), title: item.t, url: item.u, where: item.w, opens_at: o.opens_at });
      byDate.set(o.date, list);
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, sessions]) => ({
      date,
      label: dayLabel(date, today),
      sessions: sessions.sort((a, b) => a.opens_at.localeCompare(b.opens_at) || a.title.localeCompare(b.title)),
    }));
}
