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
  const rounded = shownMiles(miles);
  return rounded === 1 ? '1 mile' : `${rounded} miles`;
}

/** Tenths under 10 miles, whole miles from there: as precise as a straight line is useful. */
function shownMiles(miles: number): number {
  return miles >= 10 ? Math.round(miles) : Math.round(miles * 10) / 10;
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

/** The distance limits offered once a search has a place to measure from. */
export const WITHIN_MILES = [1, 3, 5, 10] as const;
export type WithinMiles = (typeof WITHIN_MILES)[number];

/** "Within 1 mile", "Within 5 miles" */
export function withinLabel(miles: WithinMiles): string {
  return `Within ${miles} ${miles === 1 ? 'mile' : 'miles'}`;
}

/** A limit read from a URL or a form: one of WITHIN_MILES, or none. */
export function parseWithin(value: string | null | undefined): WithinMiles | undefined {
  return WITHIN_MILES.find((miles) => String(miles) === value?.trim());
}

export interface ByTravel<T> {
  /** Venues nearest first, with their distance; only those within the limit when one is set (as the distance is shown, so "1 mile" is within 1 mile). */
  near: { item: T; miles: number }[];
  /** Online or by phone: no travel, so listed apart whatever the limit. */
  remote: T[];
  /** Venues without a map position, in their original order, left out when a limit is set. */
  unplaced: T[];
}

export interface TravelOptions<T> {
  position: (item: T) => Point | undefined;
  remote: (item: T) => boolean;
  within?: WithinMiles | undefined;
}

/** Results around a place, in the three groups a reader choosing where to go needs. */
export function byTravel<T>(items: readonly T[], origin: Point, { position, remote, within }: TravelOptions<T>): ByTravel<T> {
  const atVenue = items.filter((item) => !remote(item));
  const sorted = sortByDistance(atVenue, origin, position);
  const near = sorted.filter((r): r is { item: T; miles: number } => r.miles !== undefined && (within === undefined || shownMiles(r.miles) <= within));
  const unplaced = within === undefined ? sorted.filter((r) => r.miles === undefined).map((r) => r.item) : [];
  return { near, remote: items.filter(remote), unplaced };
}
