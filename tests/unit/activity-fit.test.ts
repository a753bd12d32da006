/**
 * "Is it right for this person?": the new entry fields, each valid and
 * invalid with its message, and the one wording the page, cards, handout and
 * search share for each.
 */
import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../src/schema/activity.ts';
import { LANGUAGE_CODES, languageName } from '../../src/schema/languages.ts';
import { activityView, type ViewInput } from '../../src/lib/activity/view.ts';
import { toActivityCard } from '../../src/lib/referral/card.ts';
import { notesText } from '../../src/lib/referral/handout.ts';
import { activitySearchRecord } from '../../src/lib/search/activity-record.ts';
import { cardFilters, readSearchResult } from '../../src/lib/search/record.ts';
import { activityJsonLd } from '../../src/lib/activity/structured-data.ts';

const schema = activitySchema({ areas: ['millbrook'] });
const base = {
  title: 'Tuesday Walk', summary: 'A gentle walk.', categories: ['walking'], organisation: { name: 'Walkers' },
  how_to_join: { method: 'drop-in' }, contact: { phone: '020 7946 0101' },
  schedules: [{ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:00' }],
  location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook', latitude: 53.7421, longitude: -1.6012 },
  cost_option: { free: true }, assured_date: '2026-09-01',
};

function problems(overrides: Record<string, unknown>): string[] {
  const result = schema.safeParse({ ...base, ...overrides });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function entry(overrides: Record<string, unknown> = {}): ViewInput {
  return { id: 'tuesday-walk', url: '/activities/tuesday-walk/', data: schema.parse({ ...base, ...overrides }), freshness: 'current', areaLabel: 'Millbrook' };
}

describe('the new fields in an entry', () => {
  it('accepts languages as ISO 639-1 codes, and ISO 639-3 where there is no two-letter code', () => {
    expect(problems({ languages: ['en', 'pl', 'bfi'] })).toEqual([]);
    expect(schema.parse({ ...base, languages: ['PL '] }).languages).toEqual(['pl']);
  });

  it('names the nearest known codes for an unknown language, by spelling or by name', () => {
    expect(problems({ languages: ['polish'] })).toEqual([expect.stringMatching(/^languages\.0: "polish" is not a language code we know\. Did you mean `pl`\?/)]);
    expect(problems({ languages: ['bsl'] })[0]).toContain('Did you mean `bfi`?');
    expect(problems({ languages: ['enn'] })[0]).toContain('`en`');
    expect(problems({ languages: [] })).toEqual(['languages: languages is empty. List at least one, for example [en], or leave it out.']);
    expect(problems({ languages: ['en', 'en'] })).toEqual(['languages: `en` is listed twice in languages. List each once.']);
    expect(problems({ languages: 'en' })).toEqual(['languages: languages must be a list in square brackets. Write [en].']);
    expect(problems({ languages: 3 })).toEqual(['languages: languages must be a list of language codes, for example [en, pl].']);
  });

  it('knows every current ISO 639-1 code and names each', () => {
    expect(LANGUAGE_CODES.filter((c) => c.length === 2)).toHaveLength(183);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    for (const code of LANGUAGE_CODES) expect(languageName(code).english, code).not.toBe(code);
  });

  it('checks format, delivery, activity level and safeguarding against their lists', () => {
    expect(problems({ format: 'group', delivery: ['in-person'], activity_level: 'gentle', safeguarding: 'not-stated' })).toEqual([]);
    expect(problems({ format: 'class' })).toEqual(['format: "class" is not a format. Use one of `group`, `one-to-one` or `either`.']);
    expect(problems({ activity_level: 'easy' })).toEqual(['activity_level: "easy" is not a level of activity. Use one of `gentle`, `moderate` or `energetic`.']);
    expect(problems({ delivery: ['zoom'] })).toEqual(['delivery.0: "zoom" is not a way it is delivered. Use one of `in-person`, `online` or `phone`.']);
    expect(problems({ safeguarding: 'maybe' })).toEqual(['safeguarding: "maybe" is not a safeguarding answer. Use one of `yes`, `no` or `not-stated`.']);
    // A YAML 1.1 reader turns a bare yes into true: it means the same.
    expect(schema.parse({ ...base, safeguarding: true }).safeguarding).toBe('yes');
  });

  it('reconciles delivery with the location', () => {
    expect(problems({ delivery: ['online'] })).toEqual(['delivery: delivery is only online or phone, but location is a venue. Set online: true under location, or add in-person.']);
    expect(problems({ location: { online: true }, delivery: ['in-person'] })[0]).toMatch(/^delivery: delivery says in-person, but location has no venue/);
    expect(problems({ location: { online: true }, delivery: ['phone'] })).toEqual([]);
  });

  it('checks first_visit, getting_there, no_experience_needed and interpretation_services', () => {
    expect(problems({
      no_experience_needed: true, interpretation_services: 'BSL interpreter on request.',
      first_visit: { met_on_arrival: true, bring_someone: false, free_taster: true, what_to_bring: 'Flat shoes.' },
      getting_there: { buses: 'Bus 12.', parking: 'Car park.', step_free_route: 'Ramp at the side.' },
    })).toEqual([]);
    expect(problems({ no_experience_needed: 'yes' })).toEqual(['no_experience_needed: no_experience_needed must be true or false. Write no_experience_needed: true, without quotes.']);
    expect(problems({ first_visit: { meet: true } })[0]).toMatch(/^first_visit: /);
    expect(problems({ getting_there: { buses: '<b>12</b>' } })).toEqual(['getting_there.buses: buses contains HTML. Write plain text only.']);
    expect(problems({ interpretation_services: '' })).toEqual(['interpretation_services: interpretation_services is empty. Write a few words.']);
  });

  it('allows paused_until only while paused, as a date', () => {
    expect(problems({ status: 'paused', paused_until: '2027-01-13' })).toEqual([]);
    expect(problems({ paused_until: '2027-01-13' })).toEqual(['paused_until: paused_until only applies while an activity is paused. Remove it, or set status: paused.']);
    expect(problems({ status: 'paused', paused_until: '13/01/2027' })).toContain('paused_until: paused_until must be written as YYYY-MM-DD. Write 13/01/2027 as 2027-01-13.');
  });
});

describe('the view of the new fields', () => {
  const full = entry({
    languages: ['pl', 'en', 'bfi'], interpretation_services: 'A BSL interpreter can come if you ask a week ahead.',
    format: 'group', delivery: ['in-person', 'online'], activity_level: 'gentle', no_experience_needed: true,
    first_visit: { met_on_arrival: true, bring_someone: true, free_taster: true, what_to_bring: 'Flat shoes.' },
    getting_there: { buses: 'Bus 12 to Mill Lane.', parking: 'Free car park.', step_free_route: 'Level path from the gates.' },
    safeguarding: 'yes', location: { ...base.location, online: true },
  });

  it('words each fact once: languages with their own names, then format, how active and the rest', () => {
    const { fit } = activityView(full);
    expect(fit.languagesText).toBe('Polish (polski), English, British Sign Language (BSL)');
    expect(fit.languages[0]).toEqual({ code: 'pl', english: 'Polish', own: 'polski', text: 'Polish (polski)' });
    expect(fit.facts).toEqual([
      { label: 'Interpreting', text: 'A BSL interpreter can come if you ask a week ahead.' },
      { label: 'Format', text: 'In a group' },
      { label: 'How it is delivered', text: 'In person or online' },
      { label: 'How active', text: 'Gentle: little physical effort, such as sitting or a slow, short walk.' },
      { label: 'Experience', text: 'No experience needed.' },
      { label: 'Safeguarding', text: 'Leaders have safeguarding training or DBS checks.' },
    ]);
    expect(fit.firstVisit).toEqual([
      'Someone will meet you and show you what to do.', 'You can bring a friend or carer.', 'Your first session is a free taster.', 'What to bring or wear: Flat shoes.',
    ]);
    expect(fit.gettingThere).toEqual(['Buses: Bus 12 to Mill Lane.', 'Parking: Free car park.', 'Step-free route: Level path from the gates.']);
    expect(fit.summary).toBe('Polish, English, British Sign Language (BSL) · Group · Gentle');
  });

  it('says nothing about language, format or the rest when the entry does not', () => {
    const { fit } = activityView(entry());
    expect(fit).toEqual({ languages: [], firstVisit: [], gettingThere: [], facts: [] });
    const record = activitySearchRecord({ ...entry(), listed: true } as never);
    expect(record.card).not.toHaveProperty('fit');
    expect(readSearchResult({ meta: { ...record.meta }, filters: cardFilters(record.card) }, '/x/').fit).toBe('');
  });

  it('words the other safeguarding answers and experience expected', () => {
    expect(activityView(entry({ safeguarding: 'no' })).fit.safeguarding).toBe('Leaders do not have safeguarding training or DBS checks.');
    expect(activityView(entry({ safeguarding: 'not-stated' })).fit.safeguarding).toBe('The organiser has not said whether leaders have safeguarding training or DBS checks.');
    expect(activityView(entry({ no_experience_needed: false })).fit.experience).toBe('Some experience is expected: ask the organiser.');
    expect(activityView(entry({ format: 'either', delivery: ['in-person', 'online', 'phone'], location: { ...base.location, online: true } })).fit)
      .toMatchObject({ format: 'In a group or one to one', delivery: 'In person, online or by phone', summary: 'Group or one to one' });
  });

  it('gives the same words to the search result, the handout card and the notes', () => {
    const view = activityView(full);
    const record = activitySearchRecord({ ...full, listed: true } as never, view);
    expect(readSearchResult({ meta: { ...record.meta }, filters: cardFilters(record.card) }, '/x/').fit).toBe(view.fit.summary);
    const card = toActivityCard(full, view);
    expect(card.languages).toBe(view.fit.languagesText);
    expect(card.fit).toContainEqual({ label: 'How active', text: view.fit.activityLevel });
    expect(card.fit.at(-1)).toEqual({ label: 'First visit', text: view.fit.firstVisit.join(' ') });
    expect(notesText([card], '2026-12-01', 'Vale Directory', 'https://example.org')).toContain('Languages: Polish (polski), English, British Sign Language (BSL).');
  });

  it('links to a map by coordinates, or a postcode search, and a geo: link, and gives the languages in JSON-LD', () => {
    const { where } = activityView(full);
    expect(where.map).toEqual({ text: 'Show on a map', href: 'https://www.openstreetmap.org/?mlat=53.7421&mlon=-1.6012#map=17/53.7421/-1.6012' });
    expect(where.geo).toEqual({ text: 'Open in your maps app', href: 'geo:53.7421,-1.6012' });
    const noCoordinates = activityView(entry({ location: { ...base.location, latitude: undefined, longitude: undefined } })).where;
    expect(noCoordinates.map?.href).toBe('https://www.openstreetmap.org/search?query=AV4%202NB');
    expect(noCoordinates.geo).toBeUndefined();
    expect(activityView(entry({ location: { online: true } })).where.map).toBeUndefined();
    const byArrangement = entry({ schedules: undefined, by_arrangement: true, languages: ['en', 'pl'] });
    const service = activityJsonLd(byArrangement.data, 'https://example.org/x/', activityView(byArrangement)) as unknown as { availableChannel: { availableLanguage: string[] } };
    expect(service.availableChannel.availableLanguage).toEqual(['en', 'pl']);
  });
});
