import { describe, expect, it } from 'vitest';
import { closestKey } from '../../src/lib/validation/nearest.ts';
import { WEEKDAYS } from '../../src/schema/vocabulary.ts';
import { isUkPhone } from '../../src/lib/activity/phone.ts';
import { clockFromSpoken, clockRangeFromSpoken, insideCurlyQuotes, isoFromUkDate, itemsOfText, noteBesideFree, phoneAndMore, priceFromText, sessionDaysFromText } from '../../src/lib/validation/written-forms.ts';

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

describe('values as volunteers write them', () => {
  it('finds the text inside curly quotes, and only there', () => {
    expect(insideCurlyQuotes('“0113 496 0123”')).toBe('0113 496 0123');
    expect(insideCurlyQuotes('‘11:30’')).toBe('11:30');
    expect(insideCurlyQuotes('0113 496 0123')).toBeUndefined();
    expect(insideCurlyQuotes('The “best” walk')).toBeUndefined();
  });

  it('reads a price as it goes in amount', () => {
    expect(priceFromText('£3')).toBe('£3');
    expect(priceFromText('£2.50 a session')).toBe('£2.50 a session');
    expect(priceFromText('3 pounds')).toBe('£3');
    expect(priceFromText(3)).toBe('£3');
    expect(priceFromText(2.5)).toBe('£2.50');
    expect(priceFromText('50p')).toBe('50p');
    expect(priceFromText('free (donations welcome)')).toBeUndefined();
    expect(priceFromText(true)).toBeUndefined();
  });

  it('finds the note written beside "free"', () => {
    expect(noteBesideFree('free (donations welcome)')).toBe('donations welcome');
    expect(noteBesideFree('Free - tea 50p')).toBe('tea 50p');
    expect(noteBesideFree('free')).toBeUndefined();
    expect(noteBesideFree('£3')).toBeUndefined();
  });

  it('splits a phone number from its extension or a second number', () => {
    expect(phoneAndMore('0113 496 0123 ext 4', isUkPhone)).toEqual({ number: '0113 496 0123', extension: '4' });
    expect(phoneAndMore('0113 496 0123, extension 12', isUkPhone)).toEqual({ number: '0113 496 0123', extension: '12' });
    expect(phoneAndMore('0113 496 0123 or 07700 900123', isUkPhone)).toEqual({ number: '0113 496 0123', other: '07700 900123' });
    expect(phoneAndMore('0113 496 0123 / 07700 900123', isUkPhone)).toEqual({ number: '0113 496 0123', other: '07700 900123' });
    expect(phoneAndMore('ring Pat', isUkPhone)).toBeUndefined();
  });

  it('splits a list written as text at its commas', () => {
    expect(itemsOfText('everyone, older people')).toEqual(['everyone', 'older people']);
    expect(itemsOfText('step free;hearing loop, ')).toEqual(['step free', 'hearing loop']);
  });

  it('reads the days of a session written in words, with the frequency they say', () => {
    const day = (w: string) => closestKey(w, WEEKDAYS);
    expect(sessionDaysFromText('Tuesdays', day)).toEqual({ days: ['TU'] });
    expect(sessionDaysFromText('Mondays and Thursdays', day)).toEqual({ days: ['MO', 'TH'] });
    expect(sessionDaysFromText('every Wednesday', day)).toEqual({ days: ['WE'] });
    expect(sessionDaysFromText('every other Thursday', day)).toEqual({ days: ['TH'], freq: 'fortnightly' });
    expect(sessionDaysFromText('first Monday of the month', day)).toEqual({ days: ['MO'], freq: 'monthly', week_of_month: 1 });
    expect(sessionDaysFromText('last Friday', day)).toEqual({ days: ['FR'], freq: 'monthly', week_of_month: -1 });
    expect(sessionDaysFromText('weekends', day)).toBeUndefined();
  });
});
