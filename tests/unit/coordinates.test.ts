import { describe, expect, it } from 'vitest';
import { swappedCoordinates } from '../../src/lib/validation/coordinates.ts';

describe('a map position written the wrong way round', () => {
  it('is seen when each value is in the other\'s UK range', () => {
    expect(swappedCoordinates(-1.5389, 53.7531)).toEqual({
      message: 'latitude and longitude look swapped: -1.5389 is a longitude in the UK, and 53.7531 a latitude.',
      fix: 'Write latitude: 53.7531 and longitude: -1.5389.',
    });
  });

  it('is not claimed when either value is in its own range, or neither fits the other', () => {
    expect(swappedCoordinates(53.7531, -1.5389)).toBeUndefined();
    expect(swappedCoordinates(-1.5389, -1.5389)).toBeUndefined();
    expect(swappedCoordinates(40, 53.7)).toBeUndefined();
    expect(swappedCoordinates('-1.5', 53.7)).toBeUndefined();
  });
});
