/**
 * Next sessions on the page and the handout, and calendars that tell the
 * truth: dates from the reader's day, skipping what has finished today,
 * across a month end and the October clock change; courses before and after
 * their dates; paused activities before and after they restart.
 */
import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../src/schema/activity.ts';
import { recurringSessions } from '../../src/lib/schedule/recurrence.ts';
import { sessionsAvailability, PAUSED_REASON, UNCONFIRMED_REASON } from '../../src/lib/schedule/availability.ts';
import { nextSessionsData, nextSessionsText } from '../../src/lib/schedule/next-sessions.ts';
import { clockInLondon } from '../../src/lib/schedule/dates.ts';
import { activityCalendar } from '../../src/lib/schedule/calendar.ts';
import { toActivityCard } from '../../src/lib/referral/card.ts';
import { nextDatesText } from '../../src/lib/referral/handout.ts';
import { upcoming } from '../../src/lib/schedule/whats-on.ts';
import { whatsOnItems } from '../../src/lib/schedule/whats-on-files.ts';

const schema = activitySchema({ areas: ['millbrook'] });
const base = {
  title: 'Sunday Walk', summary: 'A walk.', categories: ['walking'], organisation: { name: 'Walkers' },
  how_to_join: { method: 'drop-in' }, contact: { phone: '020 7946 0101' },
  schedules: [{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:30' }],
  location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook' },
  cost_option: { free: true }, assured_date: '2026-09-01',
};
const activity = (overrides: Record<string, unknown> = {}) => schema.parse({ ...base, ...overrides });

/** The page's words on `today` at `now`, from data the build worked out on `buildDay`. */
function pageText(data: ReturnType<typeof activity>, buildDay: string, today: string, now?: string, unconfirmed = false) {
  const next = nextSessionsData(recurringSessions(data), data.assured_date, sessionsAvailability(data, unconfirmed), buildDay, '2027-12-31');
  return nextSessionsText(next, today, now);
}

describe('next sessions', () => {
  it('names the next dates from the reader’s day, across a month end', () => {
    expect(pageText(activity(), '2026-11-24', '2026-11-24')).toBe('Next: Sunday 29 November, Sunday 6 December, Sunday 13 December.');
    // The build ran days earlier: the browser still starts from the reader's day.
    expect(pageText(activity(), '2026-11-24', '2026-11-30')).toBe('Next: Sunday 6 December, Sunday 13 December, Sunday 20 December.');
  });

  it('leaves out a session that has finished today, and keeps one still to come or under way', () => {
    expect(pageText(activity(), '2026-11-24', '2026-11-29', '11:30')).toBe('Next: Sunday 6 December, Sunday 13 December, Sunday 20 December.');
    expect(pageText(activity(), '2026-11-24', '2026-11-29', '10:15')).toBe('Next: Sunday 29 November, Sunday 6 December, Sunday 13 December.');
  });

  it('keeps wall-clock times across the October clock change', () => {
    // British Summer Time ends at 2am on Sunday 25 October 2026: 10am is 10:00 GMT that day, 09:00 UTC the Sunday before.
    expect(clockInLondon(new Date('2026-10-18T09:45:00Z'))).toBe('10:45');
    expect(clockInLondon(new Date('2026-10-25T10:45:00Z'))).toBe('10:45');
    expect(pageText(activity(), '2026-10-20', '2026-10-25', clockInLondon(new Date('2026-10-25T10:45:00Z'))))
      .toBe('Next: Sunday 25 October, Sunday 1 November, Sunday 8 November.');
    expect(pageText(activity(), '2026-10-20', '2026-10-25', clockInLondon(new Date('2026-10-25T11:45:00Z'))))
      .toBe('Next: Sunday 1 November, Sunday 8 November, Sunday 15 November.');
  });

  it('says when a course starts, and that it has finished once its dates are past', () => {
    const course = activity({ schedules: [{ ...base.schedules[0], valid_from: '2027-01-10', valid_to: '2027-02-28' }] });
    expect(pageText(course, '2026-12-01', '2026-12-01')).toBe('Starts on Sunday 10 January 2027.');
    expect(pageText(course, '2026-12-01', '2027-02-21')).toBe('Next: Sunday 21 February, Sunday 28 February.');
    expect(pageText(course, '2027-03-01', '2027-03-01')).toBe('Finished on 28 February 2027.');
    expect(pageText(course, '2027-02-25', '2027-02-28', '12:00')).toBe('Finished on 28 February 2027.');
  });

  it('shows none while paused, and resumes from the day an activity restarts', () => {
    expect(pageText(activity({ status: 'paused' }), '2026-12-01', '2026-12-01')).toBeUndefined();
    const restarting = activity({ status: 'paused', paused_until: '2027-01-13' });
    expect(pageText(restarting, '2026-12-01', '2026-12-01')).toBe('Next: Sunday 17 January, Sunday 24 January, Sunday 31 January.');
    expect(pageText(restarting, '2026-12-01', '2027-01-25')).toBe('Next: Sunday 31 January, Sunday 7 February, Sunday 14 February.');
  });

  it('shows none for an activity that may have closed', () => {
    expect(pageText(activity(), '2026-12-01', '2026-12-01', undefined, true)).toBeUndefined();
  });

  it('gives the handout the same dates, with their times, skipping what is over and what is paused', () => {
    const card = (data: ReturnType<typeof activity>, freshness: 'current' | 'possibly-closed' = 'current') =>
      toActivityCard({ id: 'walk', url: '/activities/walk/', data, freshness });
    expect(nextDatesText(card(activity()), '2026-11-29', 2, '12:00')).toEqual(['Sunday 6 December, 10am', 'Sunday 13 December, 10am']);
    expect(nextDatesText(card(activity()), '2026-11-29', 2, '09:00')).toEqual(['Sunday 29 November, 10am', 'Sunday 6 December, 10am']);
    expect(nextDatesText(card(activity({ status: 'paused' })), '2026-11-29')).toEqual([]);
    expect(nextDatesText(card(activity({ status: 'paused', paused_until: '2027-01-13' })), '2026-11-29', 1)).toEqual(['Sunday 17 January, 10am']);
    expect(nextDatesText(card(activity(), 'possibly-closed'), '2026-11-29')).toEqual([]);
  });
});

describe('calendars that tell the truth', () => {
  const calendar = (data: ReturnType<typeof activity>, unconfirmed = false) =>
    activityCalendar({ id: 'walk', data, url: 'https://example.org/activities/walk/', host: 'example.org', unconfirmed }).replace(/\r\n[ \t]/g, '');
  // As RFC 5545 writes text: a comma or semicolon escaped.
  const asText = (reason: string) => reason.replace(/[\\;,]/g, (c) => `\\${c}`);

  it('lists no sessions for a paused activity, and says why', () => {
    const text = calendar(activity({ status: 'paused' }));
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text).toContain(`X-WR-CALDESC:${asText(PAUSED_REASON)}`);
  });

  it('lists no sessions for one that may have closed, and says why', () => {
    const text = calendar(activity(), true);
    expect(text).not.toContain('BEGIN:VEVENT');
    expect(text).toContain(`X-WR-CALDESC:${asText(UNCONFIRMED_REASON)}`);
  });

  it('starts a paused activity’s series on the first session from its restart day', () => {
    const text = calendar(activity({ status: 'paused', paused_until: '2027-01-13' }));
    expect(text).toMatch(/DTSTART;TZID=Europe\/London:20270117T100000/);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;(INTERVAL=1;)?BYDAY=SU/);
  });

  it('keeps what’s on clear of paused sessions until the restart day', () => {
    const entry = (data: ReturnType<typeof activity>) => ({ id: 'walk', url: '/activities/walk/', data, body: '', listed: true, freshness: 'current', areaLabel: 'Millbrook' }) as never;
    expect(whatsOnItems([entry(activity({ status: 'paused' }))])).toEqual([]);
    const items = whatsOnItems([entry(activity({ status: 'paused', paused_until: '2027-01-13' }))]);
    expect(upcoming(items, '2027-01-08', 7).map((d) => d.date)).toEqual([]);
    expect(upcoming(items, '2027-01-12', 7).map((d) => d.date)).toEqual(['2027-01-17']);
  });
});
