import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { activityCalendar, combinedCalendar, hasCalendar } from '../../src/lib/schedule/calendar.ts';
import { addDays, firstOccurrence, firstOccurrenceFrom, londonInstant, nextOccurrences, occurrencesBetween, rruleValue, sessionRule, type RecurringSession } from '../../src/lib/schedule/recurrence.ts';
import { activitySchema } from '../../src/schema/activity.ts';

const session = (over: Partial<RecurringSession>): RecurringSession => ({ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30', ...over });
const dates = (list: { date: string }[]) => list.map((o) => o.date);

describe('recurrence rules', () => {
  it('writes RRULEs for weekly, fortnightly and nth-weekday-of-the-month sessions', () => {
    expect(rruleValue(session({}), '2026-01-01')).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO');
    expect(rruleValue(session({ freq: 'fortnightly', valid_from: '2026-01-06' }), '2026-01-01')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO');
    expect(rruleValue(session({ freq: 'monthly', byday: ['MO'], week_of_month: 1 }), '2026-01-01')).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=+1MO;WKST=MO');
    expect(rruleValue(session({ freq: 'monthly', byday: ['FR'], week_of_month: -1 }), '2026-01-01')).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;WKST=MO');
    expect(rruleValue(session({ valid_to: '2026-03-24' }), '2026-01-01')).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20260324T235900Z;WKST=MO');
  });

  it('finds the right dates against a calendar', () => {
    // Known dates: 1 Dec 2026 is a Tuesday; the first Mondays of 2027 are 4 Jan, 1 Feb, 1 Mar; the last Fridays of late 2026 are 27 Nov and 25 Dec.
    expect(dates(nextOccurrences([session({})], '2026-11-25', 3, '2026-01-01'))).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
    expect(dates(nextOccurrences([session({ freq: 'monthly', byday: ['MO'], week_of_month: 1 })], '2026-12-08', 3, '2026-01-01'))).toEqual(['2027-01-04', '2027-02-01', '2027-03-01']);
    expect(dates(nextOccurrences([session({ freq: 'monthly', byday: ['FR'], week_of_month: -1 })], '2026-11-01', 2, '2026-01-01'))).toEqual(['2026-11-27', '2026-12-25']);
    // Fortnightly keeps to the weeks of its valid_from, whatever the day asked from.
    expect(dates(nextOccurrences([session({ freq: 'fortnightly', valid_from: '2026-01-06' })], '2026-11-18', 3, '2026-01-01'))).toEqual(['2026-11-24', '2026-12-08', '2026-12-22']);
  });

  it('respects a course’s start and end dates', () => {
    const course = session({ byday: ['WE'], valid_from: '2027-01-13', valid_to: '2027-01-27' });
    expect(dates(occurrencesBetween([course], '2026-12-01', '2027-03-01', '2026-01-01'))).toEqual(['2027-01-13', '2027-01-20', '2027-01-27']);
    expect(firstOccurrence(course, '2026-01-01')).toBe('2027-01-13');
  });

  it('merges several sessions into date and time order', () => {
    const list = occurrencesBetween([session({ byday: ['TH'], opens_at: '19:00', closes_at: '21:00' }), session({ byday: ['TU', 'TH'] })], '2026-12-01', '2026-12-03', '2026-01-01');
    expect(list).toEqual([
      { date: '2026-12-01', opens_at: '10:00', closes_at: '11:30' },
      { date: '2026-12-03', opens_at: '10:00', closes_at: '11:30' },
      { date: '2026-12-03', opens_at: '19:00', closes_at: '21:00' },
    ]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('converts UK wall-clock times to instants on both sides of the clock changes', () => {
    expect(londonInstant('2026-03-28', '10:00').toISOString()).toBe('2026-03-28T10:00:00.000Z');
    expect(londonInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T09:00:00.000Z');
    expect(londonInstant('2026-10-24', '10:00').toISOString()).toBe('2026-10-24T09:00:00.000Z');
    expect(londonInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T10:00:00.000Z');
  });
});

describe('asking from a later date', () => {
  const utc = (date: string, time = '00:00') => new Date(`${date}T${time}:00Z`);
  const day = (from: string, to: string) => fc.integer({ min: Date.parse(from) / 86_400_000, max: Date.parse(to) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const clock = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const sessions = fc.record({
    freq: fc.constantFrom('weekly', 'fortnightly', 'monthly'),
    byday: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const, { minLength: 1 }),
    week_of_month: fc.constantFrom(1, 2, 3, 4, -1),
    opens_at: clock,
    valid_from: fc.option(day('2024-01-01', '2028-12-31'), { nil: undefined }),
    valid_to: fc.option(day('2024-01-01', '2028-12-31'), { nil: undefined }),
  }).map(({ freq, week_of_month, valid_from, valid_to, ...rest }): RecurringSession => ({
    ...rest, freq, closes_at: '23:59',
    ...(freq === 'monthly' ? { week_of_month } : {}),
    ...(valid_from ? { valid_from } : {}),
    ...(valid_to ? { valid_to } : {}),
  }));
  const anchor = day('2024-01-01', '2028-12-31');
  const from = day('2023-06-01', '2029-06-30');

  // The answers must be the ones rrule gives walking from the session's real start.
  it('finds the same sessions between two dates', () => {
    fc.assert(fc.property(sessions, anchor, from, fc.integer({ min: 0, max: 400 }), (session, anchor, from, days) => {
      const to = addDays(from, days);
      const expected = sessionRule(session, anchor).between(utc(from), utc(to, '23:59'), true).map((d) => d.toISOString().slice(0, 10));
      expect(dates(occurrencesBetween([session], from, to, anchor))).toEqual(expected);
    }), { numRuns: 1000 });
  });

  it('finds the same next few sessions of several', () => {
    fc.assert(fc.property(fc.array(sessions, { minLength: 1, maxLength: 3 }), anchor, from, fc.integer({ min: 1, max: 6 }), (list, anchor, from, count) => {
      const yearOn = utc(from, '23:59');
      yearOn.setUTCFullYear(yearOn.getUTCFullYear() + 1);
      const expected = list
        .flatMap((s) => sessionRule(s, anchor).between(utc(from), yearOn, true).map((d) => ({ date: d.toISOString().slice(0, 10), opens_at: s.opens_at, closes_at: s.closes_at })))
        .sort((a, b) => a.date.localeCompare(b.date) || a.opens_at.localeCompare(b.opens_at))
        .slice(0, count);
      expect(nextOccurrences(list, from, count, anchor)).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('finds the same first session on or after a date', () => {
    fc.assert(fc.property(sessions, anchor, from, (session, anchor, from) => {
      const first = firstOccurrence(session, anchor);
      const expected = first && first < from ? sessionRule(session, anchor).after(utc(from), true)?.toISOString().slice(0, 10) : first;
      expect(firstOccurrenceFrom(session, anchor, from)).toBe(expected);
    }), { numRuns: 1000 });
  });
});

const schema = activitySchema({ areas: ['millbrook'] });
function calendarFor(schedules: unknown[], assured_date = '2026-03-01', title = 'Sunday Walk') {
  const data = schema.parse({
    title, summary: 'A walk.', categories: ['walking'], organisation: { name: 'Walkers' },
    how_to_join: { method: 'drop-in' }, contact: { email: 'a@example.org' }, schedules,
    location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook' },
    cost_option: { free: true }, assured_date,
  });
  return activityCalendar({ id: 'sunday-walk', data, url: 'https://activities.example.org/activities/sunday-walk/', host: 'activities.example.org' });
}

/** Expands every event in a calendar file with ical.js, as a calendar app would, to UTC instants. */
function expand(text: string, count: number): string[][] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const iterator = new ICAL.Event(vevent).iterator();
    const out: string[] = [];
    for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toJSDate().toISOString());
    return out;
  });
}

describe('calendar files', () => {
  it('keeps a 10am Sunday session at 10am UK time across the March and October clock changes', () => {
    const text = calendarFor([{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:00' }], '2026-03-15');
    expect(text).toContain('DTSTART;TZID=Europe/London:20260315T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;WKST=MO');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    const [march] = expand(text, 3);
    // 22 March GMT, 29 March is the last Sunday: the change happens at 1am, so 10am is BST (09:00 UTC).
    expect(march).toEqual(['2026-03-15T10:00:00.000Z', '2026-03-22T10:00:00.000Z', '2026-03-29T09:00:00.000Z']);
    const all = expand(text, 40)[0]!;
    expect(all.filter((d) => d.startsWith('2026-10-'))).toEqual(['2026-10-04T09:00:00.000Z', '2026-10-11T09:00:00.000Z', '2026-10-18T09:00:00.000Z', '2026-10-25T10:00:00.000Z']);
  });

  it('writes one repeating event per session, with the venue, the page and a stable UID', () => {
    const text = calendarFor([
      { freq: 'fortnightly', byday: ['WE'], opens_at: '18:30', closes_at: '20:00', valid_from: '2026-03-04' },
      { freq: 'monthly', byday: ['SA'], week_of_month: -1, opens_at: '09:00', closes_at: '12:00' },
    ]);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['sunday-walk-0@activities.example.org', 'sunday-walk-1@activities.example.org']);
    expect(events.map((e) => e.location)).toEqual(['Park gates, Mill Lane, Millbrook, AV4 2NB', 'Park gates, Mill Lane, Millbrook, AV4 2NB']);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://activities.example.org/activities/sunday-walk/');
    expect(events[1]!.startDate.toString()).toBe('2026-03-28T09:00:00');
    expect(expand(text, 3)).toEqual([
      ['2026-03-04T18:30:00.000Z', '2026-03-18T18:30:00.000Z', '2026-04-01T17:30:00.000Z'],
      ['2026-03-28T09:00:00.000Z', '2026-04-25T08:00:00.000Z', '2026-05-30T08:00:00.000Z'],
    ]);
    // The same entry gives the same file, build after build.
    expect(calendarFor([{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:00' }])).toBe(calendarFor([{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:00' }]));
  });

  it('keeps a title that reads like calendar syntax as its text, in the activity’s calendar and an area’s', () => {
    const title = 'Walk BEGIN:VEVENT; X-INJECT=1, back\\slash';
    const one = calendarFor([{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:00' }], '2026-03-01', title);
    const parsed = new ICAL.Component(ICAL.parse(one));
    // Escaped as RFC 5545 text (ical.js leaves an X- property's value as written).
    expect(one).toContain('\r\nX-WR-CALNAME:Walk BEGIN:VEVENT\\; X-INJECT=1\\, back\\\\slash\r\n');
    expect(parsed.getAllSubcomponents('vevent')).toHaveLength(1);
    const other = calendarFor([{ freq: 'weekly', byday: ['MO'], opens_at: '10:00', closes_at: '11:00' }]);
    const input = (text: string, id: string) => ({ id, url: `https://activities.example.org/activities/${id}/`, host: 'activities.example.org', data: schema.parse({
      title: text, summary: 'A walk.', categories: ['walking'], organisation: { name: 'Walkers' }, how_to_join: { method: 'drop-in' }, contact: { email: 'a@example.org' },
      schedules: [{ freq: 'weekly', byday: ['SU'], opens_at: '10:00', closes_at: '11:00' }],
      location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook' }, cost_option: { free: true }, assured_date: '2026-03-01',
    }) });
    expect(other).toContain('BEGIN:VEVENT');
    const area = combinedCalendar('Millbrook; all, sessions', 'activities.example.org', [input(title, 'tricky-walk'), input('Plain walk', 'plain-walk')]);
    const calendar = new ICAL.Component(ICAL.parse(area));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Millbrook\\; all\\, sessions');
    expect(calendar.getAllProperties('x-wr-calname')).toHaveLength(1);
    expect(calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)).toEqual([title, 'Plain walk']);
  });

  it('is offered only for running or paused activities with regular sessions', () => {
    expect(hasCalendar({ schedules: [session({})], status: 'running' })).toBe(true);
    expect(hasCalendar({ schedules: [session({})], status: 'ended' })).toBe(false);
    expect(hasCalendar({ schedules: undefined, status: 'running' })).toBe(false);
  });
});
