/**
 * What makes two entries the same activity listed twice: the same title
 * (as names compare, see name-key.ts) at the same postcode. An entry with
 * no postcode (online, or somewhere without one) is never taken for
 * another: a title alone does not say it is the same group.
 */
import type { Activity } from '../../schema/activity.ts';
import { nameKey } from './name-key.ts';

type Placed = Pick<Activity, 'title'> & { location: Pick<Activity['location'], 'postcode'> };

/** Equal for the same activity listed twice; undefined when an entry cannot be matched that way. */
export function sameActivityKey(activity: Placed): string | undefined {
  return activity.location.postcode ? `${nameKey(activity.title)}|${activity.location.postcode}` : undefined;
}

export function isSameActivity(a: Placed, b: Placed): boolean {
  const key = sameActivityKey(a);
  return key !== undefined && key === sameActivityKey(b);
}
