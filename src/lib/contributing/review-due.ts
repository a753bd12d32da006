/**
 * Which entries a coordinator should chase: those whose details were last
 * checked longer ago than the directory's review period, oldest first.
 */
import type { Activity } from '../../schema/activity.ts';
import { freshnessOn, needsConfirming, type FreshnessThresholds } from '../content/freshness.ts';

export interface DueEntry {
  file: string;
  data: Activity;
}

export function reviewDue<T extends DueEntry>(entries: readonly T[], today: string, thresholds: FreshnessThresholds): T[] {
  return entries
    .filter((e) => e.data.status !== 'ended' && needsConfirming(freshnessOn(e.data.assured_date, today, thresholds)))
    .sort((a, b) => a.data.assured_date.localeCompare(b.data.assured_date) || a.data.title.localeCompare(b.data.title));
}

/** Every way to reach the organiser, on one line. */
export function contactLine(activity: Activity): string {
  const c = activity.contact;
  return [c.name, c.phone, c.email, c.website].filter(Boolean).join(' · ');
}
