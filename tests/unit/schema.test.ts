import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../src/schema/activity.ts';
import { fieldPath, issueMessage } from '../../src/lib/validation/zod-issues.ts';
import { telHref } from '../../src/lib/activity/phone.ts';

const schema = activitySchema({ areas: ['millbrook', 'oakridge'] });

function validEntry(): Record<string, unknown> {
  return {
    title: 'Tuesday Walking Group',
    summary: 'A gentle hour-long walk around the park.',
    categories: ['walking'],
    organisation: { name: 'Millbrook Walkers', website: 'https://walkers.example.org' },
    how_to_join: { method: 'drop-in' },
    contact: { phone: '020 7946 0123', email: 'walks@example.org' },
    schedules: [{ freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30' }],
    location: { venue: 'Park gates', address: 'Mill Lane, Millbrook', postcode: 'av4 2nb', area: 'millbrook' },
    cost_option: { free: true },
    assured_date: new Date('2026-09-02T00:00:00Z'),
  };
}

/** The problems zod reports, as `field: message` lines, the way contributors see them. */
function problems(entry: unknown): string[] {
  const result = schema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${issueMessage(i)}`);
}

function withChange(change: (e: Record<string, any>) => void): Record<string, unknown> {
  const entry = validEntry();
  change(entry);
  return entry;
}

describe('activity schema', () => {
  it('accepts a complete, valid entry and normalises it', () => {
    const result = schema.parse(validEntry());
    expect(result.location.postcode).toBe('AV4 2NB');
    expect(result.assured_date).toBe('2026-09-02');
    expect(result.status).toBe('running');
  });

  it('accepts a phone number written with brackets, as UK numbers often are, and dials its digits', () => {
    for (const [written, dialled] of <[string, string][]>[
      ['(01632) 960123', 'tel:01632960123'],
      ['+44 (0)1632 960123', 'tel:+441632960123'],
      ['+44 20 7946 0123', 'tel:+442079460123'],
      ['020-7946-0123', 'tel:02079460123'],
    ]) {
      expect(problems(withChange((e) => (e.contact.phone = written)))).toEqual([]);
      expect(telHref(written)).toBe(dialled);
    }
  });

  it('accepts the joiners emoji and Urdu need, right-to-left letters, and the flags of Wales and Scotland', () => {
    for (const title of [
      'Family walk 👨\u200D👩\u200D👧',
      'گفتگو\u200Cها in Urdu and Persian',
      'Welsh chat \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}',
      'Scottish dancing \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ]) expect(problems(withChange((e) => (e.title = title)))).toEqual([]);
    // Tags after a flag but not closed as one are hidden text all the same.
    expect(problems(withChange((e) => (e.title = 'Walk \u{1F3F4}\u{E0067}\u{E0062}')))).toEqual(['title: title contains an invisible character or line break. Delete it and type the text again.']);
  });

  it('accepts an online activity with no venue, and one by arrangement', () => {
    const entry = withChange((e) => {
      e.location = { online: true };
      delete e.schedules;
      e.by_arrangement = true;
    });
    expect(problems(entry)).toEqual([]);
  });

  it('rejects a misspelt key, naming it', () => {
    expect(problems(withChange((e) => (e.sumary = 'typo')))).toEqual([
      expect.stringMatching(/^: Unknown field "sumary"\. Check the spelling/),
    ]);
    expect(problems(withChange((e) => (e.location.postocde = 'AV4 2NB')))).toEqual([
      expect.stringMatching(/^location: Unknown field "postocde"/),
    ]);
  });

  it.each([
    ['title', (e: any) => delete e.title, /^title: title is missing/],
    ['summary too long', (e: any) => (e.summary = 'x'.repeat(161)), /^summary: summary is too long: keep it to 160 characters \(it has 161\)/],
    ['summary with HTML', (e: any) => (e.summary = 'Come <b>along</b>'), /^summary: summary contains HTML/],
    ['title with a control character', (e: any) => (e.title = 'Tuesday\vWalk'), /^title: title contains an invisible control character\. Delete it/],
    ['title with a non-character', (e: any) => (e.title = 'Tuesday \uFFFE Walk'), /^title: title contains an invisible control character/],
    ['title of invisible characters', (e: any) => (e.title = '\u200B\u200D'), /^title: title has no letters or digits\. Write the activity's name/],
    ['title with hidden tag characters', (e: any) => (e.title = 'Walk\u{E0041}\u{E0042} group'), /^title: title contains an invisible character or line break\. Delete it and type the text again\.$/],
    ['venue with a line separator', (e: any) => (e.location.venue = 'Park\u2028gates'), /^location\.venue: venue contains an invisible character or line break\. Delete it/],
    ['summary with a paragraph separator', (e: any) => (e.summary = 'A walk.\u2029Tea after.'), /^summary: summary contains an invisible character or line break/],
    ['unknown category', (e: any) => (e.categories = ['knitting']), /^categories\[0\]: "knitting" is not a category\. Use one of `walking`/],
    ['four categories', (e: any) => (e.categories = ['walking', 'social', 'arts', 'music']), /^categories: Choose at most 3 categories/],
    ['no categories', (e: any) => (e.categories = []), /^categories: categories is empty/],
    ['join method', (e: any) => (e.how_to_join.method = 'walk-in'), /^how_to_join\.method: "walk-in" is not a way to join\. Use one of `drop-in`, `book-ahead` or `referral`/],
    ['phone', (e: any) => (e.contact.phone = '12345'), /^contact\.phone: "12345" is not a UK phone number/],
    ['phone with letters', (e: any) => (e.contact.phone = '0800 WALKING'), /^contact\.phone: "0800 WALKING" is not a UK phone number/],
    ['email', (e: any) => (e.contact.email = 'walks at example.org'), /^contact\.email: "walks at example\.org" is not an email address/],
    ['http website', (e: any) => (e.contact.website = 'http://walkers.example.org'), /^contact\.website: .* starting with https:\/\//],
    ['javascript website', (e: any) => (e.organisation.website = 'javascript:alert(1)'), /^organisation\.website: .* starting with https:\/\//],
    ['title that turns the text’s direction', (e: any) => (e.title = 'Walk\u202Egnp.exe'), /^title: title contains an invisible character that turns the direction of the text after it\./],
    ['website with a line break', (e: any) => (e.contact.website = 'https://example.org/a\nBEGIN:VEVENT'), /^contact\.website: This web address has a space, a line break or an invisible character in it\./],
    ['website with a space', (e: any) => (e.contact.website = 'https://a.example.org/ javascript:alert(1)'), /^contact\.website: This web address has a space/],
    ['website with a direction override', (e: any) => (e.organisation.website = 'https://example.org/\u202Egnp.exe'), /^organisation\.website: This web address has a space/],
    ['website with a user name', (e: any) => (e.contact.website = 'https://jan:secret@walkers.example.org/'), /^contact\.website: "https:\/\/jan:secret@walkers\.example\.org\/" sends people to walkers\.example\.org: the part before "@" is a user name\. Write the address/],
    ['no contact method', (e: any) => (e.contact = { name: 'Jan' }), /^contact: contact needs at least one of phone, email or website/],
    ['postcode', (e: any) => (e.location.postcode = 'ZZ9 9ZZZ'), /^location\.postcode: "ZZ9 9ZZZ" is not a UK postcode/],
    ['area', (e: any) => (e.location.area = 'atlantis'), /^location\.area: "atlantis" is not one of this directory's areas\. Use one of `millbrook` or `oakridge`/],
    ['area slip', (e: any) => (e.location.area = 'oak-ridge'), /^location\.area: "oak-ridge" is not one of this directory's areas\. Did you mean `oakridge`\? Otherwise, use one of `millbrook` or `oakridge`/],
    ['missing venue', (e: any) => delete e.location.venue, /^location\.venue: venue is missing\. An activity at a venue needs/],
    ['latitude alone', (e: any) => (e.location.latitude = 53.7), /^location\.longitude: Give both latitude and longitude/],
    ['latitude outside UK', (e: any) => Object.assign(e.location, { latitude: 40.7, longitude: -1.5 }), /^location\.latitude: /],
    ['time format', (e: any) => (e.schedules[0].opens_at = '10am'), /^schedules\[0\]\.opens_at: opens_at must be written as "HH:MM" on the 24-hour clock\. Write "10am" as "10:00"\.$/],
    ['time unreadable', (e: any) => (e.schedules[0].opens_at = 'morning'), /^schedules\[0\]\.opens_at: opens_at must be written as "HH:MM" on the 24-hour clock, for example "09:30"/],
    ['ends before start', (e: any) => (e.schedules[0].closes_at = '09:00'), /^schedules\[0\]\.closes_at: closes_at \(09:00\) must be later than opens_at \(10:00\)/],
    ['weekday code', (e: any) => (e.schedules[0].byday = ['Tuesday']), /^schedules\[0\]\.byday\[0\]: "Tuesday" is not a weekday code\. Did you mean `TU`\? Otherwise, use one of `MO`/],
    ['monthly without week', (e: any) => (e.schedules[0].freq = 'monthly'), /^schedules\[0\]\.week_of_month: A monthly session needs week_of_month/],
    ['fortnightly without anchor', (e: any) => (e.schedules[0].freq = 'fortnightly'), /^schedules\[0\]\.valid_from: A fortnightly session needs valid_from/],
    ['no schedule', (e: any) => delete e.schedules, /^schedules: schedules is missing\. List when it happens/],
    ['paid without amount', (e: any) => (e.cost_option = { free: false }), /^cost_option\.amount: amount is missing\. When free is false/],
    ['free as a word', (e: any) => (e.cost_option = { free: 'yes' }), /^cost_option\.free: free must be true or false\. Write free: true, without quotes\.$/],
    ['free as a number', (e: any) => (e.cost_option = { free: 0 }), /^cost_option\.free: free must be true or false\.$/],
    ['bad date', (e: any) => (e.assured_date = '2026-02-30'), /^assured_date: assured_date is not a real date/],
    ['date format', (e: any) => (e.assured_date = '02/09/2026'), /^assured_date: assured_date must be written as YYYY-MM-DD\. Write 02\/09\/2026 as 2026-09-02\.$/],
    ['date unreadable', (e: any) => (e.assured_date = 'last week'), /^assured_date: assured_date must be written as YYYY-MM-DD, for example 2026-03-14\.$/],
    ['missing review date', (e: any) => delete e.assured_date, /^assured_date: assured_date is missing\. Add it as a date written YYYY-MM-DD/],
    ['status', (e: any) => (e.status = 'closed'), /^status: "closed" is not a status\. Use one of `running`, `paused` or `ended`/],
    ['ages reversed', (e: any) => (e.eligibility = { minimum_age: 60, maximum_age: 18 }), /^eligibility\.maximum_age: maximum_age is lower than minimum_age/],
    ['condition unnamed', (e: any) => (e.eligibility = { audiences: ['people-with-a-condition'] }), /^eligibility\.conditions: Name the condition/],
    ['accessibility feature', (e: any) => (e.accessibility = { features: ['lift'] }), /^accessibility\.features\[0\]: "lift" is not an accessibility feature\. Use one of/],
    ['audience written twice', (e: any) => (e.eligibility = { audiences: ['everyone', 'older-people', 'everyone'] }), /^eligibility\.audiences: `everyone` is listed twice in audiences\. List each once\.$/],
    ['accessibility feature written twice', (e: any) => (e.accessibility = { features: ['parking', 'parking'] }), /^accessibility\.features: `parking` is listed twice in features\. List each once\.$/],
    ['category written twice', (e: any) => (e.categories = ['walking', 'walking']), /^categories: `walking` is listed twice in categories\. List each once\.$/],
    ['way of delivery written twice', (e: any) => (e.delivery = ['in-person', 'in-person']), /^delivery: `in-person` is listed twice in delivery\. List each once\.$/],
  ])('rejects a bad %s with a message naming the field', (_name, change, expected) => {
    const found = problems(withChange(change));
    expect(found).toContainEqual(expect.stringMatching(expected));
  });

  it('says a date in the wrong form is wrong once, not also that it is not a real date', () => {
    expect(problems(withChange((e) => (e.assured_date = '02/09/2026'))).filter((p) => p.startsWith('assured_date:'))).toHaveLength(1);
  });

  it('reports every problem in an entry at once, not just the first', () => {
    const found = problems(
      withChange((e) => {
        e.title = '';
        e.contact.phone = '123';
        e.location.postcode = 'nope';
      }),
    );
    expect(found.map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['title', 'contact.phone', 'location.postcode']));
  });
});

describe('maintainers', () => {
  it('accepts GitHub usernames', () => {
    expect(problems(withChange((e) => { e.maintainers = ['octocat', 'millbrook-walkers', 'a1']; }))).toEqual([]);
  });

  it('tells a volunteer what is wrong with a name GitHub would not allow', () => {
    expect(problems(withChange((e) => { e.maintainers = ['@octocat']; }))).toEqual(['maintainers[0]: "@octocat": write the GitHub username without the @, as octocat.']);
    expect(problems(withChange((e) => { e.maintainers = ['jan smith']; }))[0]).toMatch(/"jan smith" is not a GitHub username/);
    expect(problems(withChange((e) => { e.maintainers = ['-walkers']; }))[0]).toMatch(/is not a GitHub username/);
    expect(problems(withChange((e) => { e.maintainers = ['a'.repeat(40)]; }))[0]).toMatch(/is not a GitHub username/);
    expect(problems(withChange((e) => { e.maintainers = 'octocat'; }))[0]).toBe('maintainers: maintainers must be a list in square brackets. Write [octocat].');
    expect(problems(withChange((e) => { e.maintainers = 42; }))[0]).toMatch(/must be a list of GitHub usernames/);
  });
});

describe('a value not in a list', () => {
  it.each([
    ['a letter missed', (e: any) => (e.categories = ['walkng']), 'walking'],
    ['capitals and a space', (e: any) => (e.how_to_join.method = 'Drop in'), 'drop-in'],
    ['a weekday’s name', (e: any) => (e.schedules[0].byday = ['Wednesdays']), 'WE'],
    ['a weekday’s start', (e: any) => (e.schedules[0].byday = ['thurs']), 'TH'],
    ['a code in lower case', (e: any) => (e.schedules[0].byday = ['sa']), 'SA'],
    ['a space for a hyphen', (e: any) => (e.accessibility = { features: ['step free'] }), 'step-free'],
  ])('is answered with the value meant: %s', (_name, change, meant) => {
    const [problem, ...rest] = problems(withChange(change));
    expect(rest).toEqual([]);
    expect(problem).toContain(`Did you mean \`${meant}\`? Otherwise, use one of`);
  });

  it('offers no guess when nothing is close, or two values are as close', () => {
    for (const change of [(e: any) => (e.categories = ['knitting']), (e: any) => (e.schedules[0].byday = ['T']), (e: any) => (e.schedules[0].byday = ['S'])]) {
      expect(problems(withChange(change))[0]).not.toContain('Did you mean');
    }
  });

  it('written without square brackets, is shown bracketed', () => {
    expect(problems(withChange((e) => { e.categories = 'walking, social'; }))[0]).toBe('categories: categories must be a list in square brackets. Write [walking, social].');
  });
});

describe('what a volunteer is told to write instead', () => {
  const said = (change: (e: Record<string, any>) => void) => problems(withChange(change));

  it('says the UK bounds for a position out of range', () => {
    expect(said((e) => Object.assign(e.location, { latitude: 40.1, longitude: -1.5 }))).toEqual(['location.latitude: latitude must be within the UK, between 49.8 and 60.9.']);
    expect(said((e) => Object.assign(e.location, { latitude: 53.8, longitude: 12 }))).toEqual(['location.longitude: longitude must be within the UK, between -8.7 and 1.8 (negative west of Greenwich).']);
  });

  it('says the allowed range of an age, and what to write for "18+"', () => {
    expect(said((e) => (e.eligibility = { minimum_age: 150, maximum_age: 65 }))).toEqual([
      'eligibility.minimum_age: minimum_age must be a whole number of years from 0 to 120, not 150. Check the age, or leave minimum_age out.',
    ]);
    expect(said((e) => (e.eligibility = { minimum_age: '18+' }))).toEqual(['eligibility.minimum_age: minimum_age must be a whole number of years. Write minimum_age: 18, without quotes or "+".']);
  });

  it('says where a price or a note goes when written as free, and how to write a missing free', () => {
    expect(said((e) => (e.cost_option = { free: '£3' }))).toEqual(['cost_option.free: free must be true or false, and "£3" is a price. Write free: false, and on the next line amount: "£3".']);
    expect(said((e) => (e.cost_option = { free: 'free (donations welcome)' }))).toEqual(['cost_option.free: free must be true or false. Write free: true, and put the rest in concessions: "donations welcome".']);
    expect(said((e) => (e.cost_option = { amount: '3 pounds' }))).toEqual(['cost_option.free: free is missing. Write free: true if it costs nothing, or free: false with the price in amount, such as amount: "£3".']);
    expect(said((e) => (e.cost_option = { free: false, amount: 3 }))).toEqual(['cost_option.amount: amount must be text with the pound sign, in quotes. Write amount: "£3".']);
  });

  it('gives the final list for days or values written as text, in one go', () => {
    expect(said((e) => (e.schedules[0].byday = 'Tuesdays'))).toEqual(['schedules[0].byday: byday must be a list of weekday codes in square brackets. Write byday: [TU].']);
    expect(said((e) => (e.schedules[0].byday = 'every other Thursday'))).toEqual([
      'schedules[0].byday: byday must be a list of weekday codes in square brackets. Write byday: [TH], and freq: fortnightly with valid_from: the date of any one session.',
    ]);
    expect(said((e) => (e.eligibility = { audiences: 'everyone, older people' }))).toEqual(['eligibility.audiences: audiences must be a list in square brackets. Write [everyone, older-people].']);
    expect(said((e) => (e.accessibility = { features: 'step free, hearing loop' }))).toEqual(['accessibility.features: features must be a list in square brackets. Write [step-free, hearing-loop].']);
    expect(said((e) => (e.categories = 'walking, knitting'))[0]).toMatch(/^categories: categories must be a list in square brackets\. Write \[walking, knitting\]\. "knitting" is not a category\. Use one of/);
  });

  it('says where the text goes when a group of fields is written as one line', () => {
    const under = (group: string, lines: string) => `${group}: ${group} must be a group of fields on the lines under it, not text after "${group}:". Write ${group}: on its own line, then ${lines}.`;
    expect(said((e) => (e.organisation = 'Millbrook Walkers'))).toEqual([under('organisation', '"  name: Millbrook Walkers"')]);
    expect(said((e) => (e.how_to_join = 'Drop in'))).toEqual([under('how_to_join', '"  method: drop-in"')]);
    expect(said((e) => (e.cost_option = 'free'))).toEqual([under('cost_option', '"  free: true"')]);
    expect(said((e) => (e.cost_option = '£3 a session'))).toEqual([under('cost_option', '"  free: false", then "  amount: "£3 a session""')]);
    expect(said((e) => (e.contact = 'walkers@example.org'))).toEqual([under('contact', '"  email: walkers@example.org"')]);
    expect(said((e) => (e.contact = '0113 496 0123'))).toEqual([under('contact', '"  phone: "0113 496 0123""')]);
    expect(said((e) => (e.accessibility = 'step free, hearing loop'))).toEqual([under('accessibility', '"  features: [step-free, hearing-loop]"')]);
    expect(said((e) => (e.location = 'Millbrook Park, AV4 2NB'))[0]).toMatch(/^location: location must be a group of fields .* taking each from "Millbrook Park, AV4 2NB"/);
  });

  it('reads how often, a time without quotes, a missing day and a donation as they were meant', () => {
    expect(said((e) => (e.schedules[0].freq = 'every other week'))).toEqual(['schedules[0].freq: "every other week" is not a frequency. Write freq: fortnightly, with valid_from: the date of any one session.']);
    expect(said((e) => (e.schedules[0].freq = 'first Monday of the month'))).toEqual(['schedules[0].freq: "first Monday of the month" is not a frequency. Write freq: monthly, with byday: [MO] and week_of_month: 1.']);
    expect(said((e) => (e.schedules[0].freq = 'every week'))).toEqual(['schedules[0].freq: "every week" is not a frequency. Write freq: weekly.']);
    expect(said((e) => (e.schedules[0].opens_at = 9.3))).toEqual(['schedules[0].opens_at: opens_at must be a time in quotes: without them YAML reads 9.3 as a number. Write opens_at: "09:30".']);
    expect(said((e) => (e.schedules[0].closes_at = 18))).toEqual(['schedules[0].closes_at: closes_at must be a time in quotes: without them YAML reads 18 as a number. Write closes_at: "18:00".']);
    expect(said((e) => delete e.schedules[0].byday)).toEqual(['schedules[0].byday: byday is missing. Give the day or days it runs, for example byday: [TU] or byday: [MO, TH].']);
    expect(said((e) => (e.cost_option = { free: 'donation' }))[0]).toMatch(/^cost_option\.free: free must be true or false\. Write free: true if a donation is up to each person/);
  });

  it('gives the fields of a session written as a sentence', () => {
    expect(said((e) => (e.schedules = ['Tuesdays 10am to 11:30am']))).toEqual([
      'schedules[0]: Each session must be a group of fields, not text. Write "- freq: weekly", then byday: [TU], opens_at: "10:00", closes_at: "11:30", each on its own line lined up with freq.',
    ]);
    expect(said((e) => (e.schedules = ['first Monday of the month, 7-9pm']))[0]).toContain('Write "- freq: monthly", then byday: [MO], week_of_month: 1, opens_at: "19:00", closes_at: "21:00"');
    expect(said((e) => (e.schedules = ['whenever suits']))[0]).toMatch(/^schedules\[0\]: Each session must be a group of fields, not text\. Write "- freq: weekly", then byday, opens_at and closes_at/);
  });

  it('names curly quotes, which Word and phones type', () => {
    expect(said((e) => (e.contact.phone = '“0113 496 0123”'))).toEqual(['contact.phone: phone is in curly quotes (“ ” or ‘ ’), which Word and phones type for you. Use straight quotes instead: phone: "0113 496 0123".']);
    expect(said((e) => (e.schedules[0].opens_at = '“10:00”'))).toEqual(['schedules[0].opens_at: opens_at is in curly quotes (“ ” or ‘ ’), which Word and phones type for you. Use straight quotes instead: opens_at: "10:00".']);
  });

  it('explains midnight, and splits a start and finish written as one', () => {
    expect(said((e) => Object.assign(e.schedules[0], { opens_at: '22:00', closes_at: '24:00' }))).toEqual([
      'schedules[0].closes_at: closes_at cannot be "24:00": the 24-hour clock goes from "00:00" (midnight, as a day starts) to "23:59". Write closes_at: "23:59".',
    ]);
    expect(said((e) => (e.schedules[0].opens_at = '7pm-9pm'))).toEqual([
      'schedules[0].opens_at: opens_at is one time, but "7pm-9pm" is a start and a finish. Write opens_at: "19:00" and, on the next line, closes_at: "21:00".',
    ]);
  });

  it('says where an extension or a second number goes, to remove mailto:, and to quote a number as a title', () => {
    expect(said((e) => (e.contact.phone = '0113 496 0123 ext 4'))).toEqual([
      'contact.phone: phone holds one number, without its extension. Write phone: "0113 496 0123" and say the extension in how_to_join.instructions, such as "Ring 0113 496 0123 and ask for extension 4."',
    ]);
    expect(said((e) => (e.contact.phone = '0113 496 0123 or 07700 900123'))).toEqual([
      'contact.phone: phone holds one number. Write phone: "0113 496 0123" and give the other number in how_to_join.instructions, such as "Or ring 07700 900123."',
    ]);
    expect(said((e) => (e.contact.email = 'mailto:pat@example.org'))).toEqual(['contact.email: "mailto:pat@example.org" is a link, not an email address. Remove "mailto:": write email: pat@example.org']);
    expect(said((e) => (e.title = 2026))).toEqual(['title: title must be text. Put it in quotes: "2026".']);
  });
});

