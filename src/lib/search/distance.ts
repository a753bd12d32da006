/**
 * "Near me": straight-line distances in miles from the reader's position,
 * which stays in the page's memory only (never stored or sent).
 */

export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance by the haversine formula; ample for "which is nearest". */
export function distanceMiles(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** "Under 0.1 miles", "0.4 miles", "1 mile", "3.2 miles", "15 miles" */
export function formatMiles(miles: number): string {
  if (miles < 0.1) return 'Under 0.1 miles';
  if (miles >= 10) return `${Math.round(miles)} miles`;
  const rounded = Math.round(miles * 10) / 10;
  return rounded === 1 ? '1 mile' : `${rounded} miles`;
}

/**
 * Nearest first; items without a position keep their order after all the
 * rest, so nothing disappears from the list for lack of coordinates.
 */
export function sortByDistance<T>(items: readonly T[], origin: Point, position: (item: T) => Point | undefined): { item: T; miles?: number }[] {
  const located: { item: T; miles: number }[] = [];
  const unlocated: { item: T }[] = [];
  for (const item of items) {
    const p = position(item);
    if (p) located.push({ item, miles: distanceMiles(origin, p) });
    else unlocated.push({ item });
  }
  return [...located.sort((a, b) => a.miles - b.miles), ...unlocated];
}
