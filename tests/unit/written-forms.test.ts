import { describe, expect, it } from 'vitest';
import { clockFromSpoken, clockRangeFromSpoken, isoFromUkDate } from '../../src/lib/validation/written-forms.ts';

describe('dates and times as volunteers write them', () => {
  it('reads a UK date day first, or a date year first, and nothing that is not a real day', () => {
    expect(isoFromUkDate('12/01/2026')).toBe('2026-01-12');
    expect(isoFromUkDate('3.9.2026')).toBe('2026-09-03');
    expect(isoFromUkDate('2026/1/5')).toBe('2026-01-05');
    expect(isoFromUkDate('31/02/2026')).toBeUndefined();
    expect(isoFromUkDate('12 January 2026')).toBeUndefined();
  });

  it('reads a clock time in am and pm, with a dot or colon, or on the 24-hour clock', () => {
    expect(clockFromSpoken('7pm')).toBe('19:00');
    expect(clockFromSpoken('7.30 PM')).toBe('19:30');
    expect(clockFromSpoken('12pm')).toBe('12:00');
    expect(clockFromSpoken('12am')).toBe('00:00');
    expect(clockFromSpoken('9:30')).toBe('09:30');
    expect(clockFromSpoken('18.00')).toBe('18:00');
    expect(clockFromSpoken('midday')).toBe('12:00');
    expect(clockFromSpoken('13pm')).toBeUndefined();
    expect(clockFromSpoken('7:75')).toBeUndefined();
    expect(clockFromSpoken('evening')).toBeUndefined();
  });

  it('reads a start and finish written in one field', () => {
    expect(clockRangeFromSpoken('7pm-9pm')).toEqual(['19:00', '21:00']);
    expect(clockRangeFromSpoken('7 - 9pm')).toEqual(['19:00', '21:00']);
    expect(clockRangeFromSpoken('11-1pm')).toEqual(['11:00', '13:00']);
    expect(clockRangeFromSpoken('10:00 to 11.30')).toEqual(['10:00', '11:30']);
    expect(clockRangeFromSpoken('10am until noon')).toEqual(['10:00', '12:00']);
    expect(clockRangeFromSpoken('7pm')).toBeUndefined();
    expect(clockRangeFromSpoken('mornings')).toBeUndefined();
  });
});
