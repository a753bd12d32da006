/**
 * How an entry's fields become ORUK fields and come back, one rule at a
 * time, on small hand-written entries; and how services from other
 * publishers (3.0 and 1.0) are read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { activitySchema, type Activity } from '../../src/schema/activity.ts';
import { settingsSchema } from '../../src/schema/settings.ts';
import { toOrukService, asUri, priceIn } from '../../src/lib/openreferral/service.ts';
import { fromOrukService } from '../../src/lib/openreferral/service-import.ts';
import { fromOrukSchedule, toOrukSchedule } from '../../src/lib/openreferral/schedule.ts';
import { composeDescription, splitDescription, withoutMarkup } from '../../src/lib/openreferral/description.ts';
import { servicesIn, isListItemOnly } from '../../src/lib/openreferral/documents.ts';

const settings = settingsSchema.parse({
  name: 'Test Directory', tagline: 'Tests.', site_url: 'https://test.example.org',
  areas: [{ id: 'millbrook', label: 'Millbrook' }, { id: 'oakridge', label: 'Oakridge', description: 'Oakridge and the moor.' }],
  repository_url: 'https://github.com/example/test', corrections_email: 'c@example.org', review_after_months: 12,
});
const schema = activitySchema({ areas: ['millbrook', 'oakridge'] });

function activity(overrides: Record<string, unknown> = {}): Activity {
  return schema.parse({
    title: 'Tuesday Walk',
    summary: 'A gentle walk.',
    categories: ['walking', 'social'],
    organisation: { name: 'Millbrook Walkers', website: 'https://walkers.example.org' },
    how_to_join: { method: 'drop-in', instructions: 'Meet at the gates.' },
    contact: { name: 'Jan', phone: '020 7946 0101', email: 'jan@example.org', website: 'https://walkers.example.org/tuesday' },
    schedules: [{ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30' }],
    location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'AV4 2NB', area: 'millbrook', latitude: 53.74, longitude: -1.6 },
    cost_option: { free: true },
    assured_date: '2026-09-02',
    ...overrides,
  });
}
const exported = (data: Activity, body = '') => toOrukService({ id: 'tuesday-walk', data, body }, settings);
const termsOf = (owner: { attributes?: { link_type?: string; taxonomy_term?: { term?: string } }[] }, linkType: string) =>
  (owner.attributes ?? []).filter((a) => a.link_type === linkType).map((a) => a.taxonomy_term?.term);

describe('sessions as ORUK schedules', () => {
  it('writes weekly as WEEKLY, fortnightly as WEEKLY every 2 weeks from valid_from, monthly as the nth weekday', () => {
    expect(toOrukSchedule({ freq: 'weekly', byday: ['MO', 'TH'], opens_at: '10:00', closes_at: '11:00' }, 'x')).toMatchObject({ freq: 'WEEKLY', interval: 1, byday: 'MO,TH' });
    expect(toOrukSchedule({ freq: 'fortnightly', byday: ['WE'], opens_at: '10:00', closes_at: '11:00', valid_from: '2026-01-07' }, 'x'))
      .toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'WE', dtstart: '2026-01-07', valid_from: '2026-01-07' });
    expect(toOrukSchedule({ freq: 'monthly', byday: ['FR'], week_of_month: -1, opens_at: '10:00', closes_at: '11:00' }, 'x')).toMatchObject({ freq: 'MONTHLY', byday: '-1FR' });
    expect(toOrukSchedule({ freq: 'monthly', byday: ['MO'], week_of_month: 1, opens_at: '10:00', closes_at: '11:00' }, 'x').byday).toBe('1MO');
  });

  it('reads schedules from other feeds, splitting "2MO,4MO" into two monthly sessions and normalising times', () => {
    const read = fromOrukSchedule({ freq: 'MONTHLY', byday: '2MO,4MO', opens_at: '09:30:00', closes_at: '11:00Z' });
    expect(read).toEqual({
      kind: 'sessions',
      sessions: [
        expect.objectContaining({ freq: 'monthly', byday: ['MO'], week_of_month: 2, opens_at: '09:30', closes_at: '11:00' }),
        expect.objectContaining({ freq: 'monthly', byday: ['MO'], week_of_month: 4 }),
      ],
    });
    expect(fromOrukSchedule({ freq: 'WEEKLY', interval: '2', byday: 'TU', dtstart: '2026-03-03', opens_at: '10:00', closes_at: '11:00' }))
      .toMatchObject({ kind: 'sessions', sessions: [{ freq: 'fortnightly', valid_from: '2026-03-03' }] });
  });

  it('refuses rules it cannot show rather than rounding them to something else', () => {
    expect(fromOrukSchedule({ freq: 'WEEKLY', interval: 3, byday: 'TU' })).toMatchObject({ kind: 'problem', message: expect.stringContaining('interval 3') });
    expect(fromOrukSchedule({ freq: 'MONTHLY', bymonthday: '15' })).toMatchObject({ kind: 'problem', message: expect.stringContaining('bymonthday') });
    expect(fromOrukSchedule({ freq: 'MONTHLY', byday: '5TU' })).toMatchObject({ kind: 'problem' });
    expect(fromOrukSchedule({ freq: 'WEEKLY', byday: '1TU' })).toMatchObject({ kind: 'problem' });
    expect(fromOrukSchedule({ freq: 'DAILY' })).toMatchObject({ kind: 'problem' });
    expect(fromOrukSchedule({ freq: 'WEEKLY', byday: 'Tuesday' })).toMatchObject({ kind: 'problem', message: expect.stringContaining('Tuesday') });
  });

  it('keeps a schedule with no rule as words', () => {
    expect(fromOrukSchedule({ description: 'Open 9 to 5 on weekdays.', notes: 'Closed at Christmas.' })).toEqual({ kind: 'text', text: ['Open 9 to 5 on weekdays.', 'Closed at Christmas.'] });
  });
});

describe('an entry as an ORUK service', () => {
  it('maps the plain fields to their ORUK names', () => {
    const s = exported(activity({ eligibility: { minimum_age: 18, maximum_age: 80, description: 'Adults.' } }), 'More about it.');
    expect(s).toMatchObject({
      name: 'Tuesday Walk', description: 'A gentle walk.\n\nMore about it.', url: 'https://walkers.example.org/tuesday', email: 'jan@example.org',
      status: 'active', minimum_age: 18, maximum_age: 80, assured_date: '2026-09-02', application_process: 'Meet at the gates.', eligibility_description: 'Adults.',
      organization: { name: 'Millbrook Walkers', website: 'https://walkers.example.org' },
      contacts: [{ name: 'Jan', phones: [{ number: '020 7946 0101' }] }],
    });
    expect(termsOf(s, 'category')).toEqual(['walking', 'social']);
    expect(termsOf(s, 'join_method')).toEqual(['drop-in']);
  });

  it('gives status running, paused and ended as active, temporarily closed and defunct, with the note as the alert', () => {
    expect(exported(activity({ status: 'paused', status_note: 'Back in May.' }))).toMatchObject({ status: 'temporarily closed', alert: 'Back in May.' });
    expect(exported(activity({ status: 'ended' })).status).toBe('defunct');
  });

  it('starts a paused activity\'s schedules at its first session on or after the restart day, and reads back the same sessions', () => {
    // 2027-01-13 is a Wednesday: the Tuesday walk resumes on the 19th; the fortnightly Thursday, 19 weeks
    // after its first on the 14th, is an off week, so it resumes on the 21st.
    const paused = activity({
      status: 'paused', status_note: 'Back in the new year.', paused_until: '2027-01-13',
      schedules: [
        { freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30' },
        { freq: 'fortnightly', byday: ['TH'], opens_at: '14:00', closes_at: '15:00', valid_from: '2026-09-03' },
      ],
    });
    const service = exported(paused);
    expect(service.schedules?.map((s) => [s.dtstart, s.valid_from])).toEqual([['2027-01-19', undefined], ['2027-01-21', '2026-09-03']]);
    const read = fromOrukService(service, settings);
    expect(read.ok && read.entry.frontMatter['schedules']).toEqual(paused.schedules);
    // Running activities keep dtstart only where valid_from gives it.
    expect(exported(activity()).schedules?.[0]).not.toHaveProperty('dtstart');
  });

  it('puts the venue, address, coordinates, area and accessibility on a physical location', () => {
    const s = exported(activity({ location: { venue: 'Hall', address: 'Church St, Oakridge', postcode: 'av6 2qd', area: 'oakridge', latitude: 53.7, longitude: -1.6, directions: 'Side door.' }, accessibility: { features: ['step-free'], notes: 'Ramp at the back.' } }));
    const [place] = s.service_at_locations!;
    expect(place!.location).toMatchObject({
      location_type: 'physical', name: 'Hall', description: 'Side door.', latitude: 53.7, longitude: -1.6,
      addresses: [{ address_1: 'Church St, Oakridge', city: 'Oakridge', postal_code: 'AV6 2QD', country: 'GB', address_type: 'physical' }],
    });
    expect(termsOf(place!.location, 'area')).toEqual(['oakridge']);
    expect(place!.location.attributes![0]!.taxonomy_term).toMatchObject({ name: 'Oakridge', description: 'Oakridge and the moor.' });
    expect(place!.location.accessibility).toEqual([
      expect.objectContaining({ description: 'Step-free access', attributes: [expect.objectContaining({ link_type: 'accessibility' })] }),
      expect.objectContaining({ description: 'Ramp at the back.' }),
    ]);
  });

  it('gives an online activity a virtual location', () => {
    const s = exported(activity({ location: { online: true } }));
    expect(s.service_at_locations!.map((p) => p.location.location_type)).toEqual(['virtual']);
  });

  it('writes free as amount 0, a price with its number when it has exactly one, and concessions as their own option', () => {
    expect(exported(activity()).cost_options).toEqual([expect.objectContaining({ amount: 0, amount_description: 'Free' })]);
    expect(exported(activity({ cost_option: { free: false, amount: '£3.50 a session', concessions: '£2 for carers' } })).cost_options).toEqual([
      expect.objectContaining({ amount: 3.5, amount_description: '£3.50 a session' }),
      expect.objectContaining({ option: 'Concessions', amount_description: '£2 for carers' }),
    ]);
    expect(priceIn('£3 a session or £10 for four')).toBeUndefined();
    expect(priceIn('Pay what you can')).toBeUndefined();
  });

  it('writes by_arrangement and schedule_notes as a schedule with no rule', () => {
    const s = exported(activity({ schedules: undefined, by_arrangement: true, schedule_notes: 'Weekday daytimes.' }));
    expect(s.schedules).toEqual([expect.objectContaining({ description: 'By arrangement', notes: 'Weekday daytimes.' })]);
    expect(s.schedules![0]).not.toHaveProperty('freq');
  });

  it('never publishes markup or unsafe links from a description, and leaves a clean one exactly as it is', () => {
    const clean = 'Some **bold** text and [a link](https://example.org).\n\n\n- a list';
    expect(withoutMarkup(clean)).toBe(clean);
    const hostile = 'Hello <script>alert(1)</script> there.\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) ![pixel](https://t.example.org/p.gif)';
    const safe = withoutMarkup(hostile);
    expect(safe).not.toMatch(/<script|<img|javascript:|t\.example\.org/);
    expect(safe).toContain('Hello');
    expect(safe).toContain('click');
    // A user name that names one site before the "@" of another.
    expect(withoutMarkup('See [the NHS page](https://nhs.uk@evil.example/walks).')).toBe('See the NHS page.');
  });

  it('publishes no tag that any Markdown renderer could take as one, whatever the parser here makes of it', () => {
    const body = [
      'Visit <img src=https://tracker.example.com/or.png onerror=alert(1)> and <a href=https://evil.example.com/ onclick=alert(2)>our site',
      '<meta http-equiv=refresh content=0;url=https://evil.example.com/>',
      '\\<script>alert(3)</script> and `<iframe srcdoc=x>`',
      '    <iframe src=https://evil.example.com/>',
    ].join('\n\n');
    const description = composeDescription('Ages <5 welcome, 3 < 4 <img src=https://t.example.com/x.png alt=', body);
    expect(description).not.toMatch(/<[A-Za-z!?/]/);
    expect(description).toContain('Ages <5 welcome, 3 < 4');
    expect(description).toContain('Visit ');
    expect(composeDescription('A walk.', 'Plain words, **bold** and [a link](https://example.org).')).toBe('A walk.\n\nPlain words, **bold** and [a link](https://example.org).');
  });

  it('changes exactly the texts that hold raw HTML, an image or an unsafe link, and leaves the rest as they are', () => {
    const parser = unified().use(remarkParse);
    const unsafe = (markdown: string): boolean => {
      const bad = (node: Root | RootContent): boolean => node.type === 'html' || node.type === 'image' || node.type === 'imageReference'
        || ((node.type === 'link' || node.type === 'definition') && /^(?!https:|mailto:|tel:)[a-z][a-z0-9+.-]*:/i.test(node.url.trim()))
        || ('children' in node && (node.children as RootContent[]).some(bad));
      return bad(parser.parse(markdown));
    };
    const pieces = fc.constantFrom('word', ' ', '\n', '\n\n', '- ', '**', '`', '\\', '<', '>', '[', ']', '(', ')', '!', ': ', '<b>', '</b>', '<script>', 'javascript:alert(1)', 'https://example.org', 'mailto:a@example.org', '&lt;',
      '[word](javascript:alert(1))', '[word](https://example.org)', '![word](https://example.org)', '<https://example.org>', '[word]',
      '[word][r]', '![word][r]', '![word][]', '\n\n[r]: https://example.org\n\n', '\n\n[r]: javascript:alert(1)\n\n', '\n\n[word]: javascript:alert(1)\n\n');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (markdown) => {
      expect(withoutMarkup(markdown) !== markdown.trim()).toBe(unsafe(markdown));
      // What is left is safe too: the cuts did not join their two sides into new markup.
      expect(unsafe(withoutMarkup(markdown))).toBe(false);
    }), { numRuns: 3000 });
    expect(withoutMarkup('<scr<b>ipt>alert(1)</scr</b>ipt>')).not.toMatch(/<script/);
  });

  it('percent-encodes only the characters a URI cannot hold', () => {
    expect(asUri('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(asUri('https://example.org/?q="><script>')).toBe('https://example.org/?q=%22%3E%3Cscript%3E');
  });
});

describe('reading a description back', () => {
  it('splits ours at the first blank line', () => {
    expect(splitDescription('One line.\n\nBody one.\n\nBody two.')).toEqual({ summary: 'One line.', body: 'Body one.\n\nBody two.', shortened: false });
  });

  it('shortens a long first paragraph from elsewhere to its first sentence, keeping all of it as the body', () => {
    const long = `This is the first sentence. ${'And then a great deal more is said about it. '.repeat(5)}`.trim();
    expect(splitDescription(long)).toEqual({ summary: 'This is the first sentence.', body: long, shortened: true });
    const oneSentence = `${'word '.repeat(60)}end.`;
    const split = splitDescription(oneSentence);
    expect(split.summary.length).toBeLessThanOrEqual(160);
    expect(split.summary.endsWith('…')).toBe(true);
  });
});

describe('services from other publishers', () => {
  const foreign = {
    id: 'ac148810-d857-441c-9679-408f346de14b',
    name: 'Community Counselling',
    description: 'Counselling by trained professionals.',
    email: 'email@example.com',
    status: 'active',
    assured_date: '2026-03-01',
    organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Org', description: 'A charity.' },
    schedules: [{ id: '48102e86-bb50-41c4-8f1e-e269368c41d1', freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' }],
    service_at_locations: [{ id: 'e94c9f38-1e8f-4564-91d4-d53501ab1765', location: { id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', location_type: 'physical', name: 'Civic Centre', addresses: [{ address_1: '1 Main Street', city: 'Millbrook', state_province: '', postal_code: 'AV4 1AA', country: 'GB', address_type: 'physical' }] } }],
    cost_options: [{ id: '1fdf4d39-3d80-484d-9f92-a8ffa08621e7', amount: 35, amount_description: 'per 1 hour session' }],
    attributes: [{ id: 'ae58cc39-8b70-4ab1-8aea-786882e5ac8e', taxonomy_term: { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'Mental wellbeing', description: 'x' } }],
  };

  it('reads what a 3.0 service says, matching terms and areas by name', () => {
    const read = fromOrukService(foreign, settings);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.entry.frontMatter).toMatchObject({
      title: 'Community Counselling', summary: 'Counselling by trained professionals.', categories: ['mental-wellbeing'],
      schedules: [{ freq: 'weekly', byday: ['TH', 'FR'], opens_at: '10:00', closes_at: '18:00' }],
      location: { venue: 'Civic Centre', address: '1 Main Street, Millbrook', postcode: 'AV4 1AA', area: 'millbrook' },
      cost_option: { free: false, amount: 'per 1 hour session' }, assured_date: '2026-03-01', status: 'running',
    });
    // A feed says nothing about how to join: the entry is left without it, and the schema will name it.
    expect(read.entry.frontMatter).not.toHaveProperty('how_to_join');
  });

  it('says when it keeps only the first of several contacts or phone numbers', () => {
    const contacts = [{ id: 'a', name: 'Ann', phones: [{ id: 'p', number: '020 7946 0001' }, { id: 'q', number: '020 7946 0002' }] }, { id: 'b', name: 'Bob' }];
    const read = fromOrukService({ ...foreign, contacts }, settings);
    expect(read).toMatchObject({ ok: true, entry: { frontMatter: { contact: { name: 'Ann', phone: '020 7946 0001' } }, notes: ['kept the first of 2 contacts and 2 phone numbers'] } });
  });

  it('refuses a service at several places rather than keep one of them', () => {
    const two = { ...foreign, service_at_locations: [...foreign.service_at_locations, ...foreign.service_at_locations] };
    expect(fromOrukService(two, settings)).toMatchObject({ ok: false, problems: [{ field: 'location', message: expect.stringContaining('2 places') }] });
  });

  it('recognises each kind of file, and reads ORUK 1.0 names', () => {
    expect(servicesIn(foreign)).toMatchObject({ kind: 'ORUK 3.0 service' });
    expect(servicesIn({ total_items: 1, contents: [foreign] })).toMatchObject({ kind: 'ORUK 3.0 page' });
    expect(servicesIn([foreign, 'nonsense'])).toMatchObject({ kind: 'list of services', services: [{ ok: true }, { ok: false }] });
    expect(servicesIn({ hello: 'world' })).toHaveProperty('error');

    const v1 = {
      id: '1', name: 'Old Feed Walk', description: 'A walk.', status: 'active', assured_date: '14/03/2026 00:00:00', attending_access: 'drop-in',
      organization: { id: '2', name: 'Old Org', description: 'x' },
      regular_schedules: [{ freq: 'WEEKLY', interval: '1', byday: 'SA', opens_at: '10:00', closes_at: '11:00' }],
      eligibilitys: [{ minimum_age: 16, maximum_age: 99 }],
      service_at_locations: [{ location: { name: 'Park', physical_addresses: [{ address_1: 'Park Road', city: 'Oakridge', postal_code: 'AV6 1AB', country: 'GB' }], accessibility_for_disabilities: [{ accessibility: 'Hearing loop' }] } }],
      service_taxonomys: [{ taxonomy: { name: 'Walking' } }],
    };
    const found = servicesIn({ totalElements: 1, content: [v1] });
    expect(found).toMatchObject({ kind: 'ORUK 1.0 page' });
    if ('error' in found || !found.services[0]!.ok) throw new Error('not read');
    const read = fromOrukService(found.services[0]!.service, settings);
    expect(read).toMatchObject({
      ok: true,
      entry: { frontMatter: {
        categories: ['walking'], how_to_join: { method: 'drop-in' }, assured_date: '2026-03-14',
        schedules: [{ freq: 'weekly', byday: ['SA'] }], location: { venue: 'Park', area: 'oakridge' },
        eligibility: { minimum_age: 16, maximum_age: 99 }, accessibility: { features: ['hearing-loop'] },
      } },
    });
  });

  it('tells a bare /services list item apart from a full service', () => {
    expect(isListItemOnly({ id: 'x', name: 'y', status: 'active', organization: {} })).toBe(true);
    expect(isListItemOnly(foreign)).toBe(false);
  });
});
