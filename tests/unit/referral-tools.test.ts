import { describe, expect, it } from 'vitest';
import { CHANGE_EVENT, countText, idsFromShareUrl, merge, parseIds, readList, shareUrl, STORAGE_KEY, toggle, writeList, MAX_ITEMS } from '../../src/lib/referral/shortlist.ts';
import { distanceMiles, formatMiles, sortByDistance } from '../../src/lib/search/distance.ts';
import { capped, dayLabel, upcoming, type WhatsOnItem } from '../../src/lib/schedule/whats-on.ts';
import { PER_DAY, whatsOnWeeks, whatsOnWindow, windowDates } from '../../src/lib/schedule/whats-on-files.ts';
import { nextDatesText, notesText, occurrenceText } from '../../src/lib/referral/handout.ts';
import { toActivityCard } from '../../src/lib/referral/card.ts';
import { activitySchema } from '../../src/schema/activity.ts';

class MemoryStore {
  data = new Map<string, string>();
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
}

describe('shortlist', () => {
  it('adds and removes ids, keeps order, and survives a round trip through storage', () => {
    const store = new MemoryStore();
    let ids = toggle(readList(store), 'walk');
    ids = toggle(ids, 'choir');
    expect(writeList(store, ids)).toBe(true);
    expect(readList(store)).toEqual(['walk', 'choir']);
    expect(toggle(readList(store), 'walk')).toEqual(['choir']);
    expect(store.data.has(STORAGE_KEY)).toBe(true);
    expect(CHANGE_EVENT).toBe('shortlist-change');
  });

  it('treats damaged or hostile storage as an empty or cleaned list', () => {
    expect(parseIds('not json')).toEqual([]);
    expect(parseIds('{"a":1}')).toEqual([]);
    expect(parseIds('["ok", "<script>", "../../etc", 5, "ok", "also-ok"]')).toEqual(['ok', 'also-ok']);
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    expect(readList(broken)).toEqual([]);
    expect(writeList(broken, ['a'])).toBe(false);
    expect(parseIds(Array.from({ length: 50 }, (_, i) => `a${i}`)).length).toBe(MAX_ITEMS);
  });

  it('puts the list in a share link and reads it back, ignoring junk', () => {
    const url = shareUrl('https://activities.example.org', ['walk', 'choir']);
    expect(url).toBe('https://activities.example.org/shortlist/?ids=walk%2Cchoir');
    expect(idsFromShareUrl(new URL(url).search)).toEqual(['walk', 'choir']);
    expect(idsFromShareUrl('?ids=walk,,<b>,choir')).toEqual(['walk', 'choir']);
    expect(idsFromShareUrl('')).toBeUndefined();
    expect(merge(['walk'], ['choir', 'walk'])).toEqual(['walk', 'choir']);
    expect(countText(0)).toBe('Your list is empty');
    expect(countText(2)).toBe('2 activities in your list');
  });
});

describe('near me', () => {
  it('measures distances in miles', () => {
    // Leeds to York is about 22 miles as the crow flies.
    expect(distanceMiles({ latitude: 53.7997, longitude: -1.5492 }, { latitude: 53.9600, longitude: -1.0873 })).toBeCloseTo(21.9, 0);
    expect(formatMiles(0.04)).toBe('Under 0.1 miles');
    expect(formatMiles(0.96)).toBe('1 mile');
    expect(formatMiles(3.24)).toBe('3.2 miles');
    expect(formatMiles(14.6)).toBe('15 miles');
  });

  it('sorts nearest first and keeps entries without a position, after the rest', () => {
    const here = { latitude: 53.74, longitude: -1.6 };
    const items = [
      { name: 'far', p: { latitude: 53.9, longitude: -1.6 } },
      { name: 'nowhere' },
      { name: 'near', p: { latitude: 53.741, longitude: -1.6 } },
      { name: 'online' },
    ];
    expect(sortByDistance(items, here, (i) => i.p).map((r) => r.item.name)).toEqual(['near', 'far', 'nowhere', 'online']);
  });
});

const weekly = (byday: string[], opens_at = '10:00', closes_at = '11:00') => ({ freq: 'weekly' as const, byday: byday as never, opens_at, closes_at });

describe("what's on soon", () => {
  const items: WhatsOnItem[] = [
    { t: 'Walk', u: '/activities/walk/', w: 'Park', s: [weekly(['TU'])], a: '2026-01-01' },
    { t: 'Choir', u: '/activities/choir/', w: 'Hall', s: [weekly(['TU', 'TH'], '09:00', '10:00')], a: '2026-01-01' },
    { t: 'Quiz', u: '/activities/quiz/', w: 'Pub', s: [{ freq: 'monthly', byday: ['WE'] as never, week_of_month: 1, opens_at: '19:00', closes_at: '21:00' }], a: '2026-01-01' },
  ];

  it('lists the next 7 days from the given today, with today and tomorrow in words', () => {
    // 24 November 2026 is a Tuesday; 2 December is the first Wednesday of December.
    const days = upcoming(items, '2026-11-24');
    expect(days.map((d) => d.label)).toEqual(['Today, Tuesday 24 November', 'Thursday 26 November']);
    expect(days[0]!.sessions.map((s) => `${s.time} ${s.title}`)).toEqual(['9am to 10am Choir', '10am to 11am Walk']);
    const later = upcoming(items, '2026-11-30');
    expect(later.map((d) => d.label)).toEqual(['Tomorrow, Tuesday 1 December', 'Wednesday 2 December', 'Thursday 3 December']);
    expect(later[1]!.sessions[0]).toMatchObject({ title: 'Quiz', time: '7pm to 9pm', where: 'Pub', url: '/activities/quiz/' });
  });

  it('is not frozen at any date: a different today gives different days', () => {
    expect(upcoming(items, '2027-03-01').map((d) => d.date)).toEqual(['2027-03-02', '2027-03-03', '2027-03-04']);
    expect(dayLabel('2027-03-02', '2027-03-01')).toBe('Tomorrow, Tuesday 2 March');
  });

  it('is worked out at build time for every date a visitor may open the build on, from the day before to two weeks after', () => {
    expect(whatsOnWindow('2026-11-24')).toEqual({ from: '2026-11-23', to: '2026-12-08' });
    const dates = windowDates('2026-11-24');
    expect(dates).toHaveLength(16);
    const weeks = whatsOnWeeks(items, '2026-11-24');
    expect([...weeks.keys()]).toEqual(dates);
    // Each date's file is exactly what a visitor on that date should see.
    for (const date of dates) expect(weeks.get(date), date).toEqual(capped(upcoming(items, date), PER_DAY));
    expect(weeks.get('2026-11-30')!.map((d) => d.label)).toEqual(['Tomorrow, Tuesday 1 December', 'Wednesday 2 December', 'Thursday 3 December']);
  });

  it('sends a phone only the first few sessions of a busy day, and how many more there are', () => {
    const busy: WhatsOnItem[] = Array.from({ length: 9 }, (_, i) => ({ t: `Group ${i}`, u: `/activities/g${i}/`, w: 'Hall', s: [weekly(['TU'], `1${i}:00`, `1${i}:30`)], a: '2026-01-01' }));
    const [tuesday] = capped(upcoming(busy, '2026-11-24'), 6);
    expect(tuesday!.sessions.map((s) => s.title)).toEqual(['Group 0', 'Group 1', 'Group 2', 'Group 3', 'Group 4', 'Group 5']);
    expect(tuesday!.more).toBe(3);
    expect(tuesday!.sessions[0]).toEqual({ time: '10am to 10:30am', title: 'Group 0', url: '/activities/g0/', where: 'Hall' });
  });
});

describe('handout and notes', () => {
  const data = activitySchema({ areas: ['millbrook'] }).parse({
    title: 'Tuesday Walk', summary: 'A walk.', categories: ['walking'], organisation: { name: 'Walkers' },
    how_to_join: { method: 'drop-in' }, contact: { name: 'Jan', phone: '020 7946 0101', email: 'walk@example.org' },
    schedules: [{ ...weekly(['TU']), description: 'Not on bank holidays' }],
    location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook' },
    cost_option: { free: false, amount: '£2', concessions: 'Free for carers' }, assured_date: '2026-09-01',
  });
  const card = toActivityCard({ id: 'tuesday-walk', url: '/activities/tuesday-walk/', data, freshness: 'current' });

  it('gives a card with everything the handout needs, in plain words', () => {
    expect(card).toMatchObject({
      when: ['Every Tuesday morning, 10am to 11am. Not on bank holidays'],
      address: 'Mill Lane, Millbrook, AV4 2NB',
      venue: 'Park gates',
      cost: '£2. Free for carers',
      join: 'Just turn up. No need to book: come along to any session.',
    });
  });

  it('names the next three dates from the day of printing', () => {
    expect(nextDatesText(card, '2026-11-25')).toEqual(['Tuesday 1 December, 10am', 'Tuesday 8 December, 10am', 'Tuesday 15 December, 10am']);
    expect(occurrenceText({ date: '2026-12-25', opens_at: '18:30', closes_at: '20:00' })).toBe('Friday 25 December, 6:30pm');
  });

  it('summarises the list for the clinical record', () => {
    expect(notesText([card], '2026-11-24', 'Ashworth Vale Community Activities', 'https://activities.example.org')).toBe(
      'Community activities suggested on 24 November 2026 (Ashworth Vale Community Activities):\n' +
        '- Tuesday Walk (Walkers): Every Tuesday morning, 10am to 11am. Not on bank holidays. Contact: ask for Jan, 020 7946 0101, walk@example.org. https://activities.example.org/activities/tuesday-walk/',
    );
  });
});
