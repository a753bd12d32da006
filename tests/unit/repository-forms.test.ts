/**
 * The GitHub issue form repeats the vocabulary for people without an account;
 * these checks keep it in step with the schema and the directory settings.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACCESSIBILITY, CATEGORIES, JOIN_METHODS } from '../../src/schema/vocabulary.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { ROOT } from '../support/site.ts';

const form = parse(readFileSync(path.join(ROOT, '.github', 'ISSUE_TEMPLATE', 'add-or-update-activity.yml'), 'utf8')) as {
  body: { id?: string; type: string; attributes: { label: string; options?: (string | { label: string })[] } }[];
};
const optionsOf = (id: string) =>
  (form.body.find((b) => b.id === id)?.attributes.options ?? []).map((o) => (typeof o === 'string' ? o : o.label));

describe('the "add or update an activity" issue form', () => {
  it('offers exactly the schema’s categories, ways to join and accessibility features', () => {
    expect(optionsOf('categories')).toEqual(Object.values(CATEGORIES).map((c) => c.label));
    expect(optionsOf('how-to-join')).toEqual(Object.values(JOIN_METHODS).map((c) => c.label));
    expect(optionsOf('accessibility')).toEqual(Object.values(ACCESSIBILITY).map((c) => c.label));
  });

  it('offers the directory’s areas', () => {
    const areas = loadSettings(path.join(ROOT, 'content', 'directory.yaml')).areas.map((a) => a.label);
    expect(optionsOf('area')).toEqual(expect.arrayContaining(areas));
  });
});

describe('the "report a problem" issue form', () => {
  it('has the field that activity pages pre-fill with the entry’s name and address', () => {
    const report = parse(readFileSync(path.join(ROOT, '.github', 'ISSUE_TEMPLATE', 'report-a-problem.yml'), 'utf8')) as { body: { id?: string }[] };
    expect(report.body.map((b) => b.id)).toContain('entry');
  });
});
