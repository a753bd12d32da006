/**
 * How pages count activities. A module of its own, importing nothing, so
 * an island can use it without bringing the vocabularies along.
 */

/** "0 activities", "1 activity", "1,250 activities". */
export function activityCount(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'activity' : 'activities'}`;
}
