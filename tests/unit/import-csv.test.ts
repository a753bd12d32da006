/**
 * The spreadsheet layout (src/lib/csv/columns.ts): how cells are read, how
 * problems are named after columns, and that the template and the
 * contributor guide describe exactly the columns the importer reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/site.ts';
import { activitySchema } from '../../src/schema/activity.ts';
import { entryToMarkdown } from '../../src/lib/contributing/entry-markdown.ts';
import { readEntryFile } from '../../src/lib/validation/entry-file.ts';
import { CSV_COLUMNS, CSV_HEADER, MAX_SESSIONS, columnFor, fromCsvRecord, unknownColumns } from '../../src/lib/csv/columns.ts';

const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');

describe('reading a spreadsheet row', () => {
  it('reads lists, yes/no, numbers, UK dates, spreadsheet times and day names', () => {
    const row = fromCsvRecord({
      title: ' Walk ', categories: 'walking; social', session1_freq: 'monthly', session1_days: 'Monday, thu', session1_week_of_month: 'last',
      session1_opens_at: '9:30', session1_closes_at: '11:00:00', assured_date: '02/09/2026', free: 'Yes', latitude: '53.74', minimum_age: '18',
      conditions: 'COPD, asthma; type 2 diabetes', online: 'no',
    });
    expect(row.frontMatter).toEqual({
      title: 'Walk', categories: ['walking', 'social'],
      schedules: [{ freq: 'monthly', byday: ['MO', 'TH'], week_of_month: -1, opens_at: '09:30', closes_at: '11:00' }],
      location: { online: false, latitude: 53.74 }, cost_option: { free: true },
      eligibility: { minimum_age: 18, conditions: ['COPD, asthma', 'type 2 diabetes'] }, assured_date: '2026-09-02',
    });
  });

  it('leaves what it cannot read as written, for the schema to explain', () => {
    const row = fromCsvRecord({ free: 'maybe', latitude: 'north', session1_opens_at: 'ten' });
    expect(row.frontMatter).toMatchObject({ cost_option: { free: 'maybe' }, location: { latitude: 'north' }, schedules: [{ opens_at: 'ten' }] });
  });

  it('skips empty session groups and remembers which group each session came from', () => {
    const row = fromCsvRecord({ session2_freq: 'weekly', session2_days: 'TU' });
    expect(row.frontMatter.schedules).toEqual([{ freq: 'weekly', byday: ['TU'] }]);
    expect(row.sessionGroups).toEqual([2]);
    expect(columnFor('schedules[0].opens_at', row.sessionGroups)).toBe('session2_opens_at');
  });

  it('names problems after the column they came from', () => {
    expect(columnFor('location.postcode', [1])).toBe('postcode');
    expect(columnFor('categories[1]', [1])).toBe('categories');
    expect(columnFor('schedules[0].byday[0]', [1])).toBe('session1_days');
    expect(columnFor('file', [])).toBe('id');
    expect(columnFor('body', [])).toBe('description');
    expect(columnFor('contact', [])).toBeUndefined();
  });

  it('notices header cells it does not know', () => {
    expect(unknownColumns(['title', 'postcod', 'summary'])).toEqual(['postcod']);
  });
});

describe('the layout, the template and the guide', () => {
  it('has a column for every front-matter field the schema has, and MAX_SESSIONS session groups', () => {
    const schema = activitySchema({ areas: ['x'] });
    const topLevel = new Set(CSV_COLUMNS.map((c) => c.field.replace(/\[\d+\].*$/, '').split('.')[0]));
    expect(Object.keys(schema.shape).filter((k) => !topLevel.has(k))).toEqual([]);
    expect(CSV_HEADER.filter((h) => h.endsWith('_freq'))).toHaveLength(MAX_SESSIONS);
  });

  it('offers a template whose header is the layout and whose example row is a valid entry', () => {
    const text = readFileSync(path.join(ROOT, 'public', 'templates', 'activities-template.csv'), 'utf8');
    const [header, example, ...rest] = parseCsv(text, { bom: true }) as string[][];
    expect(header).toEqual([...CSV_HEADER]);
    expect(rest).toEqual([]);
    const row = fromCsvRecord(Object.fromEntries(header!.map((h, i) => [h, example![i]!])));
    const file = readEntryFile('x.md', Buffer.from(entryToMarkdown(row.frontMatter, row.body)));
    const result = activitySchema({ areas: ['millbrook'] }).safeParse(parseYaml(file.frontMatter!));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('documents every column in the contributor guide, links the template, and sits before the field reference', () => {
    const section = guide.slice(guide.indexOf('## Adding many activities from a spreadsheet'), guide.indexOf('## Every field'));
    expect(section.length).toBeGreaterThan(100);
    expect(section).toContain('](/templates/activities-template.csv)');
    const documented = [...section.matchAll(/^\| `([a-z0-9_]+)`/gm)].map((m) => m[1]);
    const expected = CSV_HEADER.filter((h) => !/^session[2-9]/.test(h));
    expect(documented).toEqual(expected);
  });
});
