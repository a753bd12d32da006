import { describe, expect, it, vi } from 'vitest';
import { activityView, BY_ARRANGEMENT, EVERYONE_WELCOME, NO_ACCESS_DETAILS, type ViewInput } from '../../src/lib/activity/view.ts';
import { toActivityCard } from '../../src/lib/referral/card.ts';
import { notesText } from '../../src/lib/referral/handout.ts';
import type { Freshness } from '../../src/lib/content/freshness.ts';
import { BUILD_DAY_VARIABLE } from '../../src/lib/content/build-day.ts';
import { toOrukService } from '../../src/lib/openreferral/service.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { activitySchema } from '../../src/schema/activity.ts';
import { ACCESSIBILITY, AUDIENCES } from '../../src/schema/vocabulary.ts';

const schema = activitySchema({ areas: ['millbrook'] });

const base = {
  title: 'Tuesday Walk', summary: 'A gentle walk.', categories: ['walking', 'social'], organisation: { name: 'Walkers', website: 'https://walkers.example.org' },
  how_to_join: { method: 'drop-in' }, contact: { name: 'Jan', phone: '020 7946 0101', email: 'walk@example.org' },
  schedules: [{ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:00' }],
  location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'av42nb', area: 'millbrook', directions: 'Meet by the cafe.' },
  cost_option: { free: true }, assured_date: '2026-09-01',
};

function entry(overrides: Record<string, unknown> = {}, freshness: Freshness = 'current'): ViewInput {
  return { id: 'tuesday-walk', url: '/activities/tuesday-walk/', data: schema.parse({ ...base, ...overrides }), freshness, areaLabel: 'Millbrook' };
}

describe('the view of an activity', () => {
  it('words each session with its course dates and its note, and keeps the schedule notes', () => {
    const { when } = activityView(entry({
      schedules: [
        { freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30', valid_from: '2026-01-06', valid_to: '2026-03-24', description: 'Not on bank holidays' },
        { freq: 'fortnightly', byday: ['SA'], opens_at: '09:00', closes_at: '10:00', valid_from: '2026-01-10' },
      ],
      schedule_notes: 'Not in August.',
    }));
    expect(when.lines).toEqual([
      'Every Tuesday morning, 10am to 11:30am. From 6 January 2026 to 24 March 2026. Not on bank holidays',
      'Every other Saturday morning, 9am to 10am',
    ]);
    expect(when.sessions[0]).toEqual({
      times: 'Every Tuesday morning, 10am to 11:30am', dates: 'From 6 January 2026 to 24 March 2026', note: 'Not on bank holidays',
      text: when.lines[0],
    });
    expect(when.summary).toBe('Every Tuesday morning, 10am to 11:30am, from 6 January 2026 to 24 March 2026; Every other Saturday morning, 9am to 10am');
    expect(when.notes).toBe('Not in August.');
    expect(when.byArrangement).toBe(false);
  });

  it('leaves out the facts an entry does not give instead of carrying them as undefined, keeping the order of the rest', () => {
    const view = activityView(entry({ contact: { email: 'walk@example.org' } }));
    expect(Object.keys(view.cost)).toEqual(['free', 'summary', 'full']);
    expect(Object.keys(view.contact)).toEqual(['email', 'text']);
    expect(Object.keys(view.when.sessions[0]!)).toEqual(['times', 'text']);
  });

  it('says when times are by arrangement', () => {
    const { when } = activityView(entry({ schedules: undefined, by_arrangement: true }));
    expect(when).toMatchObject({ byArrangement: true, lines: [BY_ARRANGEMENT], summary: 'By arrangement', sessions: [] });
  });

  it('says where: venue, address, directions, and the area with its page', () => {
    const { where } = activityView(entry());
    expect(where).toMatchObject({
      onlineOnly: false, online: false, venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB',
      addressLine: 'Mill Lane, Millbrook, AV4 2NB', directions: 'Meet by the cafe.',
      area: { text: 'Millbrook', href: '/areas/millbrook/' },
      summary: 'Park gates, Millbrook', full: 'Park gates, Mill Lane, Millbrook, AV4 2NB',
    });
    const online = activityView({ ...entry({ location: { online: true } }), areaLabel: undefined }).where;
    expect(online).toMatchObject({ onlineOnly: true, online: true, summary: 'Online or by phone', full: 'Online or by phone' });
    expect(online.area).toBeUndefined();
  });

  it('gives the cost with concessions, and how to join in the organiser’s words or the method’s', () => {
    const paid = activityView(entry({ cost_option: { free: false, amount: '£3 a session', concessions: '£1.50 for carers' }, how_to_join: { method: 'book-ahead', instructions: 'Ring Jan first.' } }));
    expect(paid.cost).toEqual({ free: false, summary: '£3 a session', concessions: '£1.50 for carers', full: '£3 a session. £1.50 for carers' });
    expect(paid.join).toEqual({ method: 'book-ahead', label: 'Book ahead', instructions: 'Ring Jan first.', text: 'Book ahead. Ring Jan first.' });
    const free = activityView(entry());
    expect(free.cost.full).toBe('Free');
    expect(free.join.text).toBe('Just turn up. No need to book: come along to any session.');
  });

  it('says who it is for, or that everyone is welcome', () => {
    const narrowed = activityView(entry({
      eligibility: { audiences: ['older-people', 'people-with-a-condition'], conditions: ['type 2 diabetes', 'COPD'], minimum_age: 50, description: 'Bring a friend if you like.' },
    }));
    expect(narrowed.whoFor.lines).toEqual([AUDIENCES['older-people'].label, AUDIENCES['people-with-a-condition'].label, 'People living with type 2 diabetes or COPD', 'Ages 50 and over', 'Bring a friend if you like.']);
    expect(narrowed.whoFor.everyone).toBeUndefined();
    expect(activityView(entry()).whoFor).toEqual({ lines: [], everyone: EVERYONE_WELCOME });
  });

  it('lists accessibility, or says there are no details yet', () => {
    const given = activityView(entry({ accessibility: { features: ['step-free'], notes: 'Two steps at the side door.' } })).accessibility;
    expect(given.features).toEqual([ACCESSIBILITY['step-free'].label]);
    expect(given.notes).toBe('Two steps at the side door.');
    expect(given.missing).toBeUndefined();
    expect(activityView(entry()).accessibility).toEqual({ features: [], missing: NO_ACCESS_DETAILS });
  });

  it('gives the contact as links and as one line, the organisation and the categories', () => {
    const view = activityView(entry());
    expect(view.contact).toEqual({
      name: 'Jan', phone: { text: '020 7946 0101', href: 'tel:02079460101' }, email: { text: 'walk@example.org', href: 'mailto:walk@example.org' },
      text: 'ask for Jan, 020 7946 0101, walk@example.org',
    });
    expect(view.organisation).toEqual({ name: 'Walkers', website: 'https://walkers.example.org' });
    expect(view.categories.map((c) => c.href)).toEqual(['/categories/walking/', '/categories/social/']);
  });

  it('has no notices for a current, running activity', () => {
    const view = activityView(entry());
    expect(view.notices).toEqual([]);
    expect(view.status).toEqual({ value: 'running', label: 'Running' });
    expect(view.freshness).toEqual({ state: 'current', assuredDate: '2026-09-01', checked: '1 September 2026' });
  });

  it('warns of a pause and of out-of-date details together, and of nothing but the end once ended', () => {
    const paused = activityView(entry({ status: 'paused', status_note: 'Back in May.' }, 'out-of-date'));
    expect(paused.notices.map((n) => [n.kind, n.heading, n.text])).toEqual([
      ['paused', 'Paused for now.', 'Back in May.'],
      ['out-of-date', 'Details last checked on 1 September 2026.', 'Please confirm with the organiser before you go.'],
    ]);
    expect(paused.notices.map((n) => `${n.flag}: ${n.brief}`)).toEqual([
      'Paused: Back in May.',
      'Details may be out of date: Last checked 1 September 2026: please confirm with the organiser.',
    ]);
    const ended = activityView(entry({ status: 'ended', status_note: 'The group has closed.' }, 'possibly-closed'));
    expect(ended.notices).toEqual([{ kind: 'ended', heading: 'This activity has ended.', text: 'The group has closed.', flag: 'Ended', brief: 'The group has closed.' }]);
    const closed = activityView(entry({}, 'possibly-closed'));
    expect(closed.notices.map((n) => `${n.heading} ${n.text}`)).toEqual([
      'This activity may have closed. Its details were last checked on 1 September 2026, so it no longer appears in search. Please confirm with the organiser before you go.',
    ]);
  });
});

describe('a pause with a restart day', () => {
  const paused = entry({ status: 'paused', paused_until: '2026-11-02', status_note: 'Closed while the hall is repainted.' });

  it('is shown until that day, and is over from it: running, with no notice, flag or note, on the page, the card and the feed', () => {
    try {
      vi.stubEnv(BUILD_DAY_VARIABLE, '2026-11-01');
      expect(activityView(paused).notices.map((n) => n.text)).toEqual(['Closed while the hall is repainted. Sessions start again on 2 November 2026.']);
      expect(toActivityCard(paused).status).toBe('paused');
      const whilePaused = toOrukService({ ...paused, body: '' }, loadSettings());
      expect(whilePaused.schedules![0]!.dtstart! >= '2026-11-02').toBe(true);
      vi.stubEnv(BUILD_DAY_VARIABLE, '2026-11-02');
      const view = activityView(paused);
      expect(view.notices).toEqual([]);
      expect(view.status).toEqual({ value: 'running', label: 'Running' });
      expect(toActivityCard(paused)).toMatchObject({ status: 'running', notices: [] });
      expect(toActivityCard(paused)).not.toHaveProperty('pausedUntil');
      const service = toOrukService({ ...paused, body: '' }, loadSettings());
      expect(service.status).toBe('active');
      // Its first session is still the first one after the pause, not one the pause cancelled.
      expect(service.schedules![0]!.dtstart).toBe(whilePaused.schedules![0]!.dtstart);
      expect(service).not.toHaveProperty('alert');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the shortlist card and handout, from the view', () => {
  const course = entry({
    schedules: [{ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:00', valid_from: '2026-01-06', valid_to: '2026-03-24' }],
  });

  it('show a course’s dates as its page does', () => {
    const view = activityView(course);
    const card = toActivityCard(course);
    expect(card.when).toEqual(view.when.lines);
    expect(card.when).toEqual(['Every Tuesday morning, 10am to 11am. From 6 January 2026 to 24 March 2026']);
    expect(notesText([card], '2026-01-05', 'Directory', 'https://activities.example.org')).toContain(
      'Tuesday Walk (Walkers): Every Tuesday morning, 10am to 11am. From 6 January 2026 to 24 March 2026. Contact:',
    );
  });

  it('carry the view’s place, cost, way to join and notices', () => {
    const paused = entry({ status: 'paused', cost_option: { free: false, amount: '£2', concessions: 'Free for carers' } }, 'out-of-date');
    const view = activityView(paused);
    const card = toActivityCard(paused);
    expect(card).toMatchObject({ where: view.where.full, cost: view.cost.full, join: view.join.text, address: view.where.addressLine, venue: 'Park gates' });
    expect(card.notices).toEqual(view.notices.map(({ kind, flag, brief }) => ({ kind, flag, brief })));
    expect(card.contact).toEqual({ name: 'Jan', phone: '020 7946 0101', email: 'walk@example.org' });
  });
});
