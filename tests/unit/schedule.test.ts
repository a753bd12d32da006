import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  describeSession,
  describeValidity,
  formatClock,
  sessionDays,
  sessionTimesOfDay,
  timeOfDay,
} from '../../src/lib/schedule/describe.ts';
import type { Session } from '../../src/schema/activity.ts';

const weekly = (over: Partial<Session> = {}): Session => ({
  freq: 'weekly',
  byday: ['TU'],
  opens_at: '10:00',
  closes_at: '11:30',
  ...over,
});

describe('schedule wording', () => {
  it.each([
    ['09:00', '9am'],
    ['10:30', '10:30am'],
    ['12:00', 'midday'],
    ['12:15', '12:15pm'],
    ['18:00', '6pm'],
    ['00:00', 'midnight'],
  ])('writes %s as %s', (clock, words) => {
    expect(formatClock(clock)).toBe(words);
  });

  it('describes weekly, fortnightly and monthly sessions in plain English', () => {
    expect(describeSession(weekly())).toBe('Every Tuesday morning, 10am to 11:30am');
    expect(describeSession(weekly({ byday: ['TH', 'MO'] }))).toBe('Every Monday and Thursday morning, 10am to 11:30am');
    expect(describeSession(weekly({ byday: ['FR', 'MO', 'WE'] }))).toBe('Every Monday, Wednesday and Friday morning, 10am to 11:30am');
    expect(describeSession(weekly({ freq: 'fortnightly', byday: ['WE'], valid_from: '2026-01-07', opens_at: '18:30', closes_at: '20:00' }))).toBe(
      'Every other Wednesday evening, 6:30pm to 8pm',
    );
    expect(describeSession(weekly({ freq: 'monthly', byday: ['MO'], week_of_month: 1, opens_at: '14:00', closes_at: '16:00' }))).toBe(
      'First Monday afternoon of the month, 2pm to 4pm',
    );
    expect(describeSession(weekly({ freq: 'monthly', byday: ['FR'], week_of_month: -1, opens_at: '12:00', closes_at: '13:00' }))).toBe(
      'Last Friday afternoon of the month, midday to 1pm',
    );
  });

  it('joins several sessions and says when there is no fixed time', () => {
    expect(describeSchedule({ schedules: [weekly(), weekly({ byday: ['SA'], opens_at: '09:00', closes_at: '10:00' })] })).toBe(
      'Every Tuesday morning, 10am to 11:30am; Every Saturday morning, 9am to 10am',
    );
    expect(describeSchedule({ by_arrangement: true })).toBe('By arrangement');
  });

  it('gives a course’s dates in the short schedule cards and results show', () => {
    expect(describeSchedule({ schedules: [weekly({ valid_from: '2027-01-12' })] })).toBe(
      'Every Tuesday morning, 10am to 11:30am, starting 12 January 2027',
    );
    expect(describeSchedule({ schedules: [weekly({ valid_from: '2027-01-12', valid_to: '2027-03-16' }), weekly({ byday: ['SA'], opens_at: '09:00', closes_at: '10:00' })] })).toBe(
      'Every Tuesday morning, 10am to 11:30am, from 12 January 2027 to 16 March 2027; Every Saturday morning, 9am to 10am',
    );
    expect(describeSchedule({ schedules: [weekly({ freq: 'fortnightly', valid_from: '2027-01-12' })] })).toBe('Every other Tuesday morning, 10am to 11:30am');
  });

  it('states a course’s dates but not a fortnightly anchor date', () => {
    expect(describeValidity(weekly({ valid_from: '2026-01-06', valid_to: '2026-03-24' }))).toBe('From 6 January 2026 to 24 March 2026');
    expect(describeValidity(weekly({ valid_to: '2026-03-24' }))).toBe('Until 24 March 2026');
    expect(describeValidity(weekly({ valid_from: '2027-01-05' }))).toBe('Starting 5 January 2027');
    expect(describeValidity(weekly({ freq: 'fortnightly', valid_from: '2026-01-06' }))).toBeUndefined();
    expect(describeValidity(weekly())).toBeUndefined();
  });
});

describe('schedule facts for filters', () => {
  it('buckets start times into morning, afternoon and evening at midday and 5pm', () => {
    expect(timeOfDay('11:59')).toBe('Morning');
    expect(timeOfDay('12:00')).toBe('Afternoon');
    expect(timeOfDay('16:59')).toBe('Afternoon');
    expect(timeOfDay('17:00')).toBe('Evening');
  });

  it('lists each day once in week order, and each time of day once', () => {
    const activity = { schedules: [weekly({ byday: ['SA', 'TU'] }), weekly({ byday: ['TU'], opens_at: '19:00', closes_at: '21:00' })] };
    expect(sessionDays(activity)).toEqual(['Tuesday', 'Saturday']);
    expect(sessionTimesOfDay(activity)).toEqual(['Morning', 'Evening']);
    expect(sessionDays({})).toEqual([]);
  });
});
