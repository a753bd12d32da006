/**
 * A map position within the UK, and the mistake most often made writing one:
 * latitude and longitude each in the other's place.
 */

/** Decimal degrees around the UK, Scilly to Shetland and Lough Erne to Lowestoft. */
export const UK_BOUNDS = {
  latitude: { min: 49.8, max: 60.9, example: '53.8008' },
  longitude: { min: -8.7, max: 1.8, example: '-1.5491' },
} as const;

export type Axis = keyof typeof UK_BOUNDS;

const within = (axis: Axis, value: unknown): value is number => typeof value === 'number' && value >= UK_BOUNDS[axis].min && value <= UK_BOUNDS[axis].max;

/** "latitude must be within the UK, between 49.8 and 60.9": what a value out of range is told. */
export function outsideUk(axis: Axis): string {
  const { min, max } = UK_BOUNDS[axis];
  return `${axis} must be within the UK, between ${min} and ${max}${axis === 'longitude' ? ' (negative west of Greenwich)' : ''}.`;
}

/**
 * When neither value is in its own range but each is in the other's, they were
 * written the wrong way round: the one problem to report, with the lines to write.
 */
export function swappedCoordinates(latitude: unknown, longitude: unknown): { message: string; fix: string } | undefined {
  if (within('latitude', latitude) || within('longitude', longitude) || !within('latitude', longitude) || !within('longitude', latitude)) return undefined;
  return {
    message: `latitude and longitude look swapped: ${latitude} is a longitude in the UK, and ${longitude} a latitude.`,
    fix: `Write latitude: ${longitude} and longitude: ${latitude}.`,
  };
}
