/**
 * An activity's regular sessions as an iCalendar file, one repeating event
 * per session, in the Europe/London zone so a 10am session stays at 10am
 * on both sides of the clock change. ical-generator writes the file; the
 * recurrence rules come from src/lib/schedule/recurrence.ts.
 */
import ical from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Activity } from '../../schema/activity.ts';
import { firstOccurrenceFrom, londonInstant, rruleValue } from './recurrence.ts';
import { sessionsAvailability } from './availability.ts';
import { costView, whenView, whereView } from '../activity/view.ts';

export const TIME_ZONE = 'Europe/London';

export interface CalendarInput {
  id: string;
  data: Activity;
  /** Absolute URL of the activity's page. */
  url: string;
  /** Host name used to make event UIDs globally unique. */
  host: string;
  /** Hidden from search as possibly closed: its file then lists no sessions until someone confirms it. */
  unconfirmed?: boolean;
}

export function hasCalendar(activity: Pick<Activity, 'schedules' | 'status'>): boolean {
  return (activity.schedules?.length ?? 0) > 0 && activity.status !== 'ended';
}

/** One activity's calendar file. */
export function activityCalendar(input: CalendarInput): string {
  const key = `${input.id}\n${input.url}\n${input.host}\n${Boolean(input.unconfirmed)}`;
  const known = written.get(input.data);
  if (known?.key === key) return known.text;
  const availability = sessionsAvailability(input.data, Boolean(input.unconfirmed));
  // A calendar someone subscribed to while it ran empties rather than keep promising sessions, and says why.
  const text = availability.kind === 'none'
    ? writeCalendar(input.data.title, input.host, [], `${availability.reason} Details: ${input.url}`)
    : writeCalendar(input.data.title, input.host, [input]);
  written.set(input.data, { key, text });
  return text;
}

/**
 * Several activities in one calendar, such as every regular session in an
 * area. Each activity's events are cut from its own calendar file, which a
 * build has usually written already: ical-generator folds lines a character
 * at a time, and writing every event twice was a fifth of a large build.
 */
export function combinedCalendar(name: string, host: string, inputs: readonly CalendarInput[]): string {
  const shell = writeCalendar(name, host, []);
  const end = shell.lastIndexOf('END:VCALENDAR');
  return shell.slice(0, end) + inputs.map((input) => eventsOf(activityCalendar(input))).join('') + shell.slice(end);
}

// Calendar files already written in this process. Keyed by the entry's data
// object, so an entry edited under the dev server is written afresh.
const written = new WeakMap<Activity, { key: string; text: string }>();

/**
 * The VEVENT blocks of a calendar file, with their line endings: from the line that is
 * BEGIN:VEVENT, not the first such words, which a title may hold ("Walk BEGIN:VEVENT").
 */
function eventsOf(calendar: string): string {
  const start = calendar.indexOf('\r\nBEGIN:VEVENT\r\n');
  if (start < 0) return '';
  const end = calendar.lastIndexOf('\r\nEND:VEVENT\r\n') + '\r\nEND:VEVENT\r\n'.length;
  return calendar.slice(start + 2, end);
}

/** RFC 5545's escaping of a text value, which ical-generator leaves to its caller for the calendar's name and description. */
function icalText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

// The zone's VTIMEZONE block is the same in every file; the library builds it afresh each time.
const zoneBlocks = new Map<string, string | null>();
function zoneBlock(zone: string): string | null {
  if (!zoneBlocks.has(zone)) zoneBlocks.set(zone, tzlib_get_ical_block(zone)[0] ?? null);
  return zoneBlocks.get(zone)!;
}

function writeCalendar(name: string, host: string, inputs: readonly CalendarInput[], description?: string): string {
  const calendar = ical({
    name: icalText(name),
    ...(description ? { description: icalText(description) } : {}),
    prodId: { company: host, product: 'activity-directory', language: 'EN' },
    timezone: { name: TIME_ZONE, generator: zoneBlock },
  });
  for (const { id, data, url } of inputs) {
    const place = whereView(data.location, undefined).full;
    const { sessions } = whenView(data);
    const cost = costView(data.cost_option).summary;
    // A fixed anchor (the date the details were checked), not the build date, keeps files identical between builds.
    const anchor = data.assured_date;
    const availability = sessionsAvailability(data, false);
    const from = availability.kind === 'running' ? availability.from : undefined;
    (data.schedules ?? []).forEach((session, index) => {
      // After a pause the series starts at the first session on or after the restart day, which keeps fortnightly weeks aligned.
      const first = firstOccurrenceFrom(session, anchor, from);
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
          sessions[index]!.text,
          `Cost: ${cost}`,
          `Details and contacts: ${url}`,
          'Please check with the organiser before you go.',
        ].join('\n'),
      });
    });
  }
  return calendar.toString();
}
