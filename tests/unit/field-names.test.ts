import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { activitySchema } from '../../src/schema/activity.ts';
import { fieldNameFixes, fieldNameFixWording, fieldTreeOf, fieldsAt, meantField, withFieldNamesFixed, writtenPath } from '../../src/lib/validation/field-names.ts';

const tree = fieldTreeOf(z.toJSONSchema(activitySchema({ areas: ['area'] }), { io: 'input', unrepresentable: 'any' }) as Parameters<typeof fieldTreeOf>[0])!;
const session = fieldsAt(tree, ['schedules', 0])!;

describe('a field written under a name the schema nearly has', () => {
  it('finds the field by its case, a slip of a letter, its singular or another word for it', () => {
    expect(meantField('Title', tree, {})).toEqual([['title']]);
    expect(meantField('catagory', tree, {})).toEqual([['categories']]);
    expect(meantField('category', tree, {})).toEqual([['categories']]);
    expect(meantField('start_time', session, {})).toEqual([['opens_at']]);
    expect(meantField('End Time', session, {})).toEqual([['closes_at']]);
    expect(meantField('days', session, {})).toEqual([['byday']]);
    expect(meantField('time', session, {})).toEqual([['opens_at'], ['closes_at']]);
  });

  it('moves a field that belongs one level down, where only one object has it', () => {
    expect(meantField('email', tree, {})).toEqual([['contact', 'email']]);
    expect(meantField('phone', tree, { contact: { website: 'https://example.org' } })).toEqual([['contact', 'phone']]);
    expect(meantField('postcode', tree, {})).toEqual([['location', 'postcode']]);
    // organisation and contact both have a website: no guess.
    expect(meantField('website', tree, {})).toBeUndefined();
  });

  it('does not offer a field that is already written, or a name nothing is near', () => {
    expect(meantField('Title', tree, { title: 'Walk' })).toBeUndefined();
    expect(meantField('email', tree, { contact: { email: 'a@example.org' } })).toBeUndefined();
    expect(meantField('colour', tree, {})).toBeUndefined();
  });

  it('takes no field for two names', () => {
    const fixes = fieldNameFixes([{ path: [], keys: ['Title', 'titel'] }], tree, { Title: 'A', titel: 'B' });
    expect(fixes).toEqual([{ at: [], key: 'Title', to: [['title']] }]);
  });

  it('checks the rest of the entry as it would be renamed, and finds each value where it was written', () => {
    const data = { catagory: ['social'], schedules: [{ time: '7pm-9pm' }], email: 'a@example.org' };
    const fixes = fieldNameFixes([{ path: [], keys: ['catagory', 'email'] }, { path: ['schedules', 0], keys: ['time'] }], tree, data);
    expect(withFieldNamesFixed(data, fixes, () => ['19:00', '21:00'])).toEqual({
      categories: ['social'], schedules: [{ opens_at: '19:00', closes_at: '21:00' }], contact: { email: 'a@example.org' },
    });
    expect(writtenPath(['categories', 0], fixes)).toEqual(['catagory', 0]);
    expect(writtenPath(['contact', 'email'], fixes)).toEqual(['email']);
    expect(writtenPath(['schedules', 0, 'closes_at'], fixes)).toEqual(['schedules', 0, 'time']);
  });

  it('says what to rename it to, with the line as it should read', () => {
    expect(fieldNameFixWording({ at: [], key: 'catagory', to: [['categories']] }, '[social, arts]')).toEqual({
      message: 'Unknown field "catagory".', fix: 'Did you mean "categories"? Rename it: categories: [social, arts]',
    });
    expect(fieldNameFixWording({ at: [], key: 'email', to: [['contact', 'email']] }, 'a@example.org').fix).toBe(
      'Did you mean "contact.email"? Move it under contact:, indented two spaces: email: a@example.org',
    );
    expect(fieldNameFixWording({ at: ['schedules', 0], key: 'time', to: [['opens_at'], ['closes_at']] }, '7pm-9pm', ['19:00', '21:00']).fix).toBe(
      'Did you mean "opens_at" and "closes_at"? Write the start time as opens_at: "19:00" and the finish as closes_at: "21:00", each on its own line.',
    );
  });
});
