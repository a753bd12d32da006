/**
 * An activity's regular sessions as an iCalendar file, one repeating event
 * per session, in the Europe/London zone so a 10am session stays at 10am
 * on both sides of the clock change. ical-generator writes the file; the
 * recurrence rules come from src/lib/recurrence.ts.
 */
import ical from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Activity } from '../schema/activity.ts';
import { firstOccurrence, londonInstant, rruleValue } from './recurrence.ts';
import { describeSession } from './schedule.ts';
import { addressText, costText } from './format.ts';

export const TIME_ZONE = 'Europe/London';

export interface CalendarInput {
  id: string;
  data: Activity;
  /** Absolute URL of the activity's page. */
  url: string;
  /** Host name used to make event UIDs globally unique. */
  host: string;
}

export function hasCalendar(activity: Pick<Activity, 'schedules' | 'status'>): boolean {
  return (activity.schedules?.length ?? 0) > 0 && activity.status !== 'ended';
}

/** One activity's calendar file. */
export function activityCalendar(input: CalendarInput): string {
  return combinedCalendar(input.data.title, input.host, [input]);
}

/** Several activities in one calendar, such as every regular session in an area. */
export function combinedCalendar(name: string, host: string, inputs: readonly CalendarInput[]): string {
  const calendar = ical({
    name,
    prodId: { company: host, product: 'activity-directory', language: 'EN' },
    timezone: { name: TIME_ZONE, generator: (tz: string) => tzlib_get_ical_block(tz)[0] ?? null },
  });
  for (const { id, data, url } of inputs) {
    const place = data.location.online && !data.location.venue ? 'Online' : [data.location.venue, addressText(data.location)].filter(Boolean).join(', ');
    // A fixed anchor (the date the details were checked), not the build date, keeps files identical between builds.
    const anchor = data.assured_date;
    (data.schedules ?? []).forEach((session, index) => {
      const first = firstOccurrence(session, anchor);
      if (!first) return;
      calendar.createEvent({
        id: `${id}-${index}@${host}`,
        start: londonInstant(first, session.opens_at),
        end: londonInstant(first, session.closes_at),
        timezone: TIME_ZONE,
        stamp: londonInstant(data.assured_date, '00:00'),
        repeating: rruleValue(session, anchor),
        summary: data.title,
        location: place,
        url,
        description: [
          data.summary,
          describeSession(session) + (session.description ? `. ${session.description}` : ''),
          `Cost: ${costText(data.cost_option)}`,
          `Details and contacts: ${url}`,
          'Please check with the organiser before you go.',
        ].join('\n'),
      });
    });
  }
  return calendar.toString();
}
