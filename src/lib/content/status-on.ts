/**
 * An entry's status on a given day. A pause with a restart day is over once
 * that day comes: the file still says "paused" until someone edits it, but
 * its sessions have started again (its calendar and next dates list them
 * from that day), so its page, cards, handout and feed say it is running
 * rather than "Sessions start again on" a day already past. The note went
 * with the pause, so it goes too.
 */
import type { Activity } from '../../schema/activity.ts';

export function pauseIsOver(data: Pick<Activity, 'status' | 'paused_until'>, day: string): boolean {
  return data.status === 'paused' && data.paused_until !== undefined && data.paused_until <= day;
}

export function withStatusOn<T extends Pick<Activity, 'status' | 'paused_until' | 'status_note'>>(data: T, day: string): T {
  if (!pauseIsOver(data, day)) return data;
  const { paused_until: _restarted, status_note: _note, ...rest } = data;
  return { ...rest, status: 'running' } as T;
}
