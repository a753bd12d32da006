import { describe, expect, it } from 'vitest';
import { BUILD_DAY_VARIABLE, buildDay } from '../../src/lib/content/build-day.ts';
import { directoryEntries } from '../../src/lib/content/entries.ts';
import { settingsSchema } from '../../src/schema/settings.ts';
import type { Activity } from '../../src/schema/activity.ts';

// Half past midnight on 15 July in British Summer Time, still 14 July in UTC.
const justAfterUkMidnight = new Date('2026-07-14T23:30:00Z');

describe('the build day', () => {
  it('is the UK calendar date, not the UTC one', () => {
    expect(buildDay({}, justAfterUkMidnight)).toBe('2026-07-15');
    expect(buildDay({}, new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-14');
  });

  it('is fixed once: later calls, and threads started with the same environment, get the first day', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(buildDay(env, justAfterUkMidnight)).toBe('2026-07-15');
    expect(env[BUILD_DAY_VARIABLE]).toBe('2026-07-15');
    expect(buildDay({ ...env }, new Date('2026-07-16T10:00:00Z'))).toBe('2026-07-15');
  });

  it('can be set for a build, and refuses a value that is not a date', () => {
    expect(buildDay({ [BUILD_DAY_VARIABLE]: '2027-03-01' }, justAfterUkMidnight)).toBe('2027-03-01');
    expect(() => buildDay({ [BUILD_DAY_VARIABLE]: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
  });

  it('decides freshness and listing at the review boundary', () => {
    const settings = settingsSchema.parse({
      name: 'D', tagline: 'T', site_url: 'https://d.example.org', areas: [{ id: 'a', label: 'A' }],
      repository_url: 'https://github.com/example/d', corrections_email: 'd@example.org',
      review_after_months: 12, delist_after_months: 24,
    });
    const entry = (assured_date: string) => ({ id: assured_date, data: { title: assured_date, status: 'running', location: {}, assured_date } as unknown as Activity });
    // Checked a year ago to the UK day: due for review on the UK date, though UTC would say not yet.
    const [due] = directoryEntries([entry('2025-07-15')], settings, buildDay({}, justAfterUkMidnight));
    expect(due!.freshness).toBe('out-of-date');
    const [delisted] = directoryEntries([entry('2024-07-15')], settings, buildDay({}, justAfterUkMidnight));
    expect(delisted!.freshness).toBe('possibly-closed');
    expect(delisted!.listed).toBe(false);
    const [stillListed] = directoryEntries([entry('2024-07-16')], settings, buildDay({}, justAfterUkMidnight));
    expect(stillListed!.listed).toBe(true);
  });
});
