/**
 * Schedules in plain English, and the facts search filters on (days, time
 * of day). Wording follows the GOV.UK style guide: "10am to 11:30am",
 * "midday", "Every other Tuesday", "First Monday of the month".
 */
import { WEEKDAYS, type WeekdayCode } from '../../schema/vocabulary.ts';
import type { Activity, Session } from '../../schema/activity.ts';
import { formatLongDate } from './dates.ts';
import { allOf } from '../wording/lists.ts';

/** "10am", "11:30am", "midday", "6:30pm" */
export function formatClock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return 'midday';
  if (h === 0 && m === 0) return 'midnight';
  const suffix = h < 12 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
}

export function formatTimeRange(opens: string, closes: string): string {
  return `${formatClock(opens)} to ${formatClock(closes)}`;
}


const ORDINALS: Record<number, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' };

function dayNames(days: readonly WeekdayCode[]): string[] {
  // Monday-first order reads naturally whatever order the contributor wrote.
  const order = Object.keys(WEEKDAYS) as WeekdayCode[];
  return [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((d) => WEEKDAYS[d]);
}

/**
 * How often, on which days and at what time of day: "Every Tuesday
 * evening", "Every other Wednesday morning", "First Monday afternoon of the
 * month". The time of day is the one the search filters on (timeOfDay), so
 * a search for "tuesday evening" finds the sessions the filters would.
 */
export function describeRecurrence(session: Session): string {
  const days = `${allOf(dayNames(session.byday))} ${timeOfDay(session.opens_at).toLowerCase()}`;
  switch (session.freq) {
    case 'weekly':
      return `Every ${days}`;
    case 'fortnightly':
      return `Every other ${days}`;
    case 'monthly':
      return `${ORDINALS[session.week_of_month ?? 1]} ${days} of the month`;
  }
}

/** The date window of a course or season, if it has one. */
export function describeValidity(session: Session): string | undefined {
  if (session.valid_from && session.valid_to) {
    return `From ${formatLongDate(session.valid_from)} to ${formatLongDate(session.valid_to)}`;
  }
  if (session.valid_to) return `Until ${formatLongDate(session.valid_to)}`;
  // A fortnightly session's valid_from only anchors the weeks; it is not news.
  if (session.valid_from && session.freq !== 'fortnightly') return `Starting ${formatLongDate(session.valid_from)}`;
  return undefined;
}

/** One line for one session: "Every Tuesday morning, 10am to 11:30am". */
export function describeSession(session: Session): string {
  return `${describeRecurrence(session)}, ${formatTimeRange(session.opens_at, session.closes_at)}`;
}

/**
 * All of an activity's timing as short lines, for cards and search results.
 * A course's dates are part of it: a card saying "Every Monday evening" for
 * a course starting in January would send someone along in December.
 */
export function describeSchedule(activity: Pick<Activity, 'schedules' | 'by_arrangement'>): string {
  if (!activity.schedules?.length) return 'By arrangement';
  return activity.schedules
    .map((session) => {
      const dates = describeValidity(session);
      const times = describeSession(session);
      return dates ? `${times}, ${dates.charAt(0).toLowerCase()}${dates.slice(1)}` : times;
    })
    .join('; ');
}

export type TimeOfDay = 'Morning' | 'Afternoon' | 'Evening';

/** Morning before midday, afternoon until 5pm, evening from 5pm: when a session starts. */
export function timeOfDay(opensAt: string): TimeOfDay {
  if (opensAt < '12:00') return 'Morning';
  if (opensAt < '17:00') return 'Afternoon';
  return 'Evening';
}

export function sessionDays(activity: Pick<Activity, 'schedules'>): string[] {
  return dayNames((activity.schedules ?? []).flatMap((s) => s.byday));
}

export function sessionTimesOfDay(activity: Pick<Activity, 'schedules'>): TimeOfDay[] {
  const order: TimeOfDay[] = ['Morning', 'Afternoon', 'Evening'];
  const found = new Set((activity.schedules ?? []).map((s) => timeOfDay(s.opens_at)));
  return order.filter((t) => found.has(t));
}
