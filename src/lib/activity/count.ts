/**
 * How pages count activities. A module of its own, importing nothing, so
 * an island can use it without bringing the vocabularies along.
 */

/** "0 activities", "1 activity", "1,250 activities". */
export function activityCount(n: number): string {
  return `${withThousands(n)} ${n === 1 ? 'activity' : 'activities'}`;
}

/**
 * Commas between thousands, as en-GB writes them, without Intl: the search
 * page counts its results as it loads, and a browser's first Intl call
 * loads its locale data, a long task on a slow phone.
 */
function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
