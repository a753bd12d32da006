import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { activitySchema } from '../../src/schema/activity.ts';
import { contributingWithReference } from '../../src/lib/contributing/guide.ts';
import { fieldReference, schemaComments } from '../../src/lib/contributing/field-reference.ts';
import { reviewDue } from '../../src/lib/contributing/review-due.ts';
import { uniqueFileName } from '../../src/lib/contributing/scaffold.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { ROOT } from '../support/site.ts';

const schemaSource = readFileSync(path.join(ROOT, 'src', 'schema', 'activity.ts'), 'utf8');
const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const docs = fieldReference(schemaSource);
const schema = activitySchema({ areas: ['millbrook'] });

describe('contributor guide', () => {
  it('has a field reference identical to what the schema generates (run npm run docs if this fails)', () => {
    expect(contributingWithReference(guide, schemaSource)).toBe(guide);
  });

  it('documents every field of the schema, each with its JSDoc explanation', () => {
    const topLevel = Object.keys(schema.shape);
    expect(docs.filter((d) => !d.path.includes('.')).map((d) => d.path)).toEqual(topLevel);
    expect(docs.filter((d) => d.description === '').map((d) => d.path)).toEqual([]);
    expect(docs.find((d) => d.path === 'location.postcode')).toMatchObject({ required: false, format: 'a UK postcode', description: "The venue's UK postcode." });
    expect(docs.find((d) => d.path === 'categories')?.values?.[0]).toEqual({ value: 'walking', meaning: 'Walking: Led walks and walking groups, from short health walks to longer countryside rambles.' });
    expect(schemaComments(schemaSource).get('schedules[].opens_at')).toBe('Start time, "HH:MM".');
  });

  it('gives a complete example entry that passes the schema', () => {
    const example = /<!-- example:start -->\n```markdown\n---\n([\s\S]*?)\n---\n/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const result = schema.safeParse(parse(example!));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    // Complete: every top-level field except the alternatives to ones it uses.
    const alternatives = ['by_arrangement', 'schedule_notes', 'status_note', 'paused_until'];
    expect(Object.keys(parse(example!)).sort()).toEqual(Object.keys(schema.shape).filter((k) => !alternatives.includes(k)).sort());
  });
});

describe('naming a new entry (npm run new)', () => {
  it('names files from titles and never reuses a name', () => {
    expect(slugify('Tuesday Walking Group!')).toBe('tuesday-walking-group');
    expect(slugify('Café & Chat: Knit  Natter')).toBe('cafe-and-chat-knit-natter');
    const taken = new Set(['walk.md', 'walk-2.md']);
    expect(uniqueFileName('walk', (n) => taken.has(n))).toBe('walk-3.md');
    expect(uniqueFileName('', () => false)).toBe('new-activity.md');
  });
});

describe('which entries are due for review (npm run review-due)', () => {
  const entry = (title: string, assured_date: string, status: 'running' | 'ended' = 'running') => ({ file: `${title}.md`, data: { title, assured_date, status } as never });

  it('lists entries past the review period, oldest first, leaving out ended ones', () => {
    const due = reviewDue([entry('B', '2025-06-01'), entry('A', '2024-01-01'), entry('Fresh', '2026-10-01'), entry('Gone', '2020-01-01', 'ended')], '2026-11-24', { review_after_months: 12, delist_after_months: 24 });
    expect(due.map((d) => d.file)).toEqual(['A.md', 'B.md']);
  });
});
