/**
 * The page-facts files rank and sort results without fetching each one:
 * what the build writes must read back row for row, and a damaged or
 * foreign file must be refused rather than misread.
 */
import { describe, expect, it } from 'vitest';
import { decodePageFacts, decodePagePositions, encodePageFacts, encodePagePositions, type PageFact } from '../../src/lib/search/page-facts.ts';

const facts: PageFact[] = [
  { row: 0, position: { latitude: 53.7412, longitude: -1.5633 }, outOfDate: false },
  { row: 2, outOfDate: true },
  { row: 4, outOfDate: false, paused: true },
  { row: 3, position: { latitude: 51.5072, longitude: -0.1276 }, outOfDate: true },
];

describe('page facts and positions', () => {
  it('read back each row’s freshness and position, to about ten metres', () => {
    const freshness = decodePageFacts(encodePageFacts(facts, 5, 'en-gb_abc'));
    expect([0, 1, 2, 3, 4].map((row) => freshness.outOfDate(row))).toEqual([false, false, true, true, false]);
    expect([0, 1, 2, 3, 4].map((row) => freshness.paused(row))).toEqual([false, false, false, false, true]);
    expect(freshness.index).toBe('en-gb_abc');
    const positions = decodePagePositions(encodePagePositions(facts, 5, 'en-gb_abc'));
    expect(positions.position(0)!.latitude).toBeCloseTo(53.7412, 4);
    expect(positions.position(0)!.longitude).toBeCloseTo(-1.5633, 4);
    expect(positions.position(3)!.longitude).toBeCloseTo(-0.1276, 4);
    expect([positions.position(1), positions.position(2), positions.position(undefined)]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a truncated file, the other kind of file, and a row outside the filter file', () => {
    const whole = encodePagePositions(facts, 5, 'en-gb_abc');
    expect(() => decodePagePositions(whole.subarray(0, whole.length - 1))).toThrow(/ends early/);
    expect(() => decodePagePositions(encodePageFacts(facts, 5, 'en-gb_abc'))).toThrow(/not a page-facts file/);
    expect(() => encodePageFacts([{ row: 9, outOfDate: false }], 5, 'x')).toThrow(/outside the 5 rows/);
  });
});
