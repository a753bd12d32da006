import { describe, expect, it } from 'vitest';
import { freshness, isListed } from '../../src/lib/freshness.ts';
import { formatLongDate, monthsBetween, todayInLondon } from '../../src/lib/dates.ts';

describe('freshness of an entry', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('counts whole months, only once the day of the month is reached', () => {
    expect(monthsBetween('2025-11-24', now)).toBe(12);
    expect(monthsBetween('2025-11-25', now)).toBe(11);
    expect(monthsBetween('2026-11-24', now)).toBe(0);
  });

  it('is out of date once the review period has passed, and current the day before', () => {
    expect(freshness('2025-11-24', now, 12)).toBe('out-of-date');
    expect(freshness('2025-11-25', now, 12)).toBe('current');
    expect(freshness('2026-05-24', now, 6)).toBe('out-of-date');
  });

  it('keeps ended activities out of listings, but not paused ones', () => {
    expect(isListed({ status: 'ended' })).toBe(false);
    expect(isListed({ status: 'paused' })).toBe(true);
    expect(isListed({ status: 'running' })).toBe(true);
  });

  it('formats dates the British way and knows today in London across midnight UTC', () => {
    expect(formatLongDate('2026-09-02')).toBe('2 September 2026');
    // 23:30 UTC on 31 May is already 1 June in British Summer Time.
    expect(todayInLondon(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
