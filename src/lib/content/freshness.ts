/**
 * Whether an entry's details can still be trusted. A link worker should
 * never hand a patient details nobody has checked for over a year, nor be
 * offered a group that may have folded long ago:
 *
 * - past `review_after_months` an entry is shown with a "please confirm"
 *   notice (on its page, in results and on the handout);
 * - past `delist_after_months` it leaves search and listings; its page
 *   stays, marked as possibly closed, so old links still explain.
 */
import type { Activity } from '../../schema/activity.ts';
import { monthsBetween, parseIsoDate } from '../schedule/dates.ts';

export type Freshness = 'current' | 'out-of-date' | 'possibly-closed';

export interface FreshnessThresholds {
  review_after_months: number;
  delist_after_months: number;
}

export function freshness(assuredDate: string, now: Date, thresholds: FreshnessThresholds): Freshness {
  const age = monthsBetween(assuredDate, now);
  if (age >= thresholds.delist_after_months) return 'possibly-closed';
  if (age >= thresholds.review_after_months) return 'out-of-date';
  return 'current';
}

/** Freshness on a calendar day, `YYYY-MM-DD`: the build day, or the day a command is run for. */
export function freshnessOn(assuredDate: string, day: string, thresholds: FreshnessThresholds): Freshness {
  return freshness(assuredDate, parseIsoDate(day), thresholds);
}

/** Whether an entry appears in search, listings and feeds (its page exists either way). */
export function isListed(activity: Pick<Activity, 'status'>, fresh: Freshness): boolean {
  return activity.status !== 'ended' && fresh !== 'possibly-closed';
}

/** Needs a "please confirm with the organiser" notice. */
export function needsConfirming(fresh: Freshness): boolean {
  return fresh !== 'current';
}
