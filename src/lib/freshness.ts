/**
 * Whether an entry's details can still be trusted: a link worker should
 * never hand a patient details nobody has checked for over a year.
 */
import type { Activity } from '../schema/activity.ts';
import { monthsBetween } from './dates.ts';

export type Freshness = 'current' | 'out-of-date';

export function freshness(assuredDate: string, now: Date, reviewAfterMonths: number): Freshness {
  return monthsBetween(assuredDate, now) >= reviewAfterMonths ? 'out-of-date' : 'current';
}

/** Ended activities keep their page (old links still explain) but leave search and listings. */
export function isListed(activity: Pick<Activity, 'status'>): boolean {
  return activity.status !== 'ended';
}
