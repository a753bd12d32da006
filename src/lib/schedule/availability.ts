/**
 * Whether the directory can promise sessions at all, and from which day: a
 * paused activity has none until the day it restarts (if its entry gives
 * one), and one hidden as possibly closed has none until someone confirms
 * it still runs. Calendars, next dates and what's on all ask here, so none
 * of them lists a session the page says may not happen.
 */
import type { Activity } from '../../schema/activity.ts';

export type SessionsAvailability =
  /** Sessions happen as their rules say, from `from` on when given. */
  | { kind: 'running'; from?: string }
  /** No session can be promised; `reason` says why, for a calendar's description and a page. */
  | { kind: 'none'; reason: string };

export const PAUSED_REASON = 'This activity is paused, so no sessions are listed. Check with the organiser when it restarts.';
export const UNCONFIRMED_REASON =
  'This activity may have closed: its details have not been checked for a long time, so no sessions are listed until the organiser confirms it still runs.';
export const ENDED_REASON = 'This activity has ended.';

export function sessionsAvailability(activity: Pick<Activity, 'status' | 'paused_until'>, unconfirmed: boolean): SessionsAvailability {
  if (activity.status === 'ended') return { kind: 'none', reason: ENDED_REASON };
  if (unconfirmed) return { kind: 'none', reason: UNCONFIRMED_REASON };
  if (activity.status === 'paused') {
    return activity.paused_until ? { kind: 'running', from: activity.paused_until } : { kind: 'none', reason: PAUSED_REASON };
  }
  return { kind: 'running' };
}
