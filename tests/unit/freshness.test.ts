import { describe, expect, it } from 'vitest';
import { freshness, isListed, needsConfirming } from '../../src/lib/content/freshness.ts';
import { formatLongDate, monthsBetween, todayInLondon } from '../../src/lib/schedule/dates.ts';

describe('freshness of an entry', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('counts whole months, only once the day of the month is reached', () => {
    expect(monthsBetween('2025-11-24', now)).toBe(12);
    expect(monthsBetween('2025-11-25', now)).toBe(11);
    expect(monthsBetween('2026-11-24', now)).toBe(0);
  });

  const thresholds = { review_after_months: 12, delist_after_months: 24 };

  it('is out of date once the review period has passed, and current the day before', () => {
    expect(freshness('2025-11-24', now, thresholds)).toBe('out-of-date');
    expect(freshness('2025-11-25', now, thresholds)).toBe('current');
    expect(freshness('2026-05-24', now, { review_after_months: 6, delist_after_months: 9 })).toBe('out-of-date');
  });

  it('is possibly closed once the second, longer period has passed', () => {
    expect(freshness('2024-11-24', now, thresholds)).toBe('possibly-closed');
    expect(freshness('2024-11-25', now, thresholds)).toBe('out-of-date');
    expect(needsConfirming('possibly-closed')).toBe(true);
    expect(needsConfirming('current')).toBe(false);
  });

  it('keeps ended and possibly closed activities out of listings, but not paused or out-of-date ones', () => {
    expect(isListed({ status: 'ended' }, 'current')).toBe(false);
    expect(isListed({ status: 'running' }, 'possibly-closed')).toBe(false);
    expect(isListed({ status: 'paused' }, 'out-of-date')).toBe(true);
    expect(isListed({ status: 'running' }, 'current')).toBe(true);
  });

  it('formats dates the British way and knows today in London across midnight UTC', () => {
    expect(formatLongDate('2026-09-02')).toBe('2 September 2026');
    // 23:30 UTC on 31 May is already 1 June in British Summer Time.
    expect(todayInLondon(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
