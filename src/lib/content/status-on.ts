/**
 * An entry's status on a given day. The file says what its writer knew; the
 * day can overtake it, and then its page, cards, handout and feed say what
 * is true on the day rather than what the file still says:
 *
 * - a pause with a restart day is over once that day comes: its sessions
 *   have started again (its calendar and next dates list them from that
 *   day), so it is running rather than "Sessions start again on" a day
 *   already past. The note went with the pause, so it goes too.
 * - a course whose every session has an end date, all of them past, has
 *   ended: it leaves search and listings as an ended activity does, where
 *   it had been listed as running beside "Finished on".
 */
import type { Activity } from '../../schema/activity.ts';
import { formatLongDate } from '../schedule/dates.ts';

type StatusFields = Pick<Activity, 'status' | 'paused_until' | 'status_note' | 'schedules'>;

export function pauseIsOver(data: Pick<Activity, 'status' | 'paused_until'>, day: string): boolean {
  return data.status === 'paused' && data.paused_until !== undefined && data.paused_until <= day;
}

/** The last day of a course that is over by `day`: every session ends (valid_to), the latest before `day`. */
export function courseEndedOn(data: Pick<Activity, 'status' | 'schedules'>, day: string): string | undefined {
  const sessions = data.schedules ?? [];
  if (data.status === 'ended' || !sessions.length) return undefined;
  let last = '';
  for (const session of sessions) {
    if (session.valid_to === undefined) return undefined;
    if (session.valid_to > last) last = session.valid_to;
  }
  return last < day ? last : undefined;
}

/** What the page says of a course that is over. */
export function courseFinished(lastDay: string): string {
  return `The course finished on ${formatLongDate(lastDay)}.`;
}

export function withStatusOn<T extends StatusFields>(data: T, day: string): T {
  const ended = courseEndedOn(data, day);
  if (ended !== undefined) {
    const { paused_until: _restart, ...rest } = data;
    return { ...rest, status: 'ended', status_note: courseFinished(ended) } as T;
  }
  if (!pauseIsOver(data, day)) return data;
  const { paused_until: _restarted, status_note: _note, ...rest } = data;
  return { ...rest, status: 'running' } as T;
}
