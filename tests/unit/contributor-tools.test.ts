import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { activitySchema } from '../../src/schema/activity.ts';
import { contributingWithReference } from '../../src/lib/contributing/guide.ts';
import { fieldReference, schemaComments } from '../../src/lib/contributing/field-reference.ts';
import { reviewDue } from '../../src/lib/contributing/review-due.ts';
import { scaffoldEntry, slugify, uniqueFileName } from '../../src/lib/contributing/scaffold.ts';
import { ROOT } from '../support/site.ts';

const schemaSource = readFileSync(path.join(ROOT, 'src', 'schema', 'activity.ts'), 'utf8');
const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const docs = fieldReference(schemaSource);
const schema = activitySchema({ areas: ['millbrook'] });

function run(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8',
  });
}
function tempContent() {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), dir, { recursive: true });
  return dir;
}

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
    const alternatives = ['by_arrangement', 'schedule_notes', 'status_note'];
    expect(Object.keys(parse(example!)).sort()).toEqual(Object.keys(schema.shape).filter((k) => !alternatives.includes(k)).sort());
  });
});

describe('npm run new', () => {
  it('names files from titles and never reuses a name', () => {
    expect(slugify('Tuesday Walking Group!')).toBe('tuesday-walking-group');
    expect(slugify('Café & Chat: Knit  Natter')).toBe('cafe-and-chat-knit-natter');
    const taken = new Set(['walk.md', 'walk-2.md']);
    expect(uniqueFileName('walk', (n) => taken.has(n))).toBe('walk-3.md');
    expect(uniqueFileName('', () => false)).toBe('new-activity.md');
  });

  it('writes a template with every field, which the validator then walks the volunteer through', () => {
    const template = scaffoldEntry('Tuesday Walking Group', '2026-11-24', ['millbrook']);
    for (const doc of docs) {
      const key = doc.path.split('.').pop()!.replace('[]', '');
      expect(template, doc.path).toMatch(new RegExp(`^\\s*(# )?(- )?${key}:`, 'm'));
    }
    const dir = tempContent();
    const created = run('new.ts', ['Tuesday Walking Group'], dir);
    expect(created.status).toBe(0);
    expect(run('new.ts', ['Tuesday Walking Group'], dir).stdout).toContain('tuesday-walking-group-2.md');
    expect(readdirSync(path.join(dir, 'activities')).sort()).toEqual(['fixture-choir.md', 'fixture-walk.md', 'tuesday-walking-group-2.md', 'tuesday-walking-group.md']);
    const checked = run('validate.ts', ['--format', 'json', path.join(dir, 'activities', 'tuesday-walking-group.md')], dir);
    const fields = JSON.parse(checked.stdout).problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'categories', 'organisation.name', 'contact', 'location.postcode']));
  });

  it('asks for a title rather than writing an unnamed file', () => {
    const out = run('new.ts', [], tempContent());
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('Give the activity\'s name');
  });
});

describe('npm run review-due', () => {
  const entry = (title: string, assured_date: string, status: 'running' | 'ended' = 'running') => ({ file: `${title}.md`, data: { title, assured_date, status } as never });

  it('lists entries past the review period, oldest first, leaving out ended ones', () => {
    const due = reviewDue([entry('B', '2025-06-01'), entry('A', '2024-01-01'), entry('Fresh', '2026-10-01'), entry('Gone', '2020-01-01', 'ended')], '2026-11-24', { review_after_months: 12, delist_after_months: 24 });
    expect(due.map((d) => d.file)).toEqual(['A.md', 'B.md']);
  });

  it('prints the due entries with their contacts', () => {
    const out = run('review-due.ts', ['--today', '2028-01-01'], path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2 entries were last checked more than 12 months ago (oldest first):');
    expect(out.stdout).toContain('Fixture Choir\n  Last checked: 1 October 2026\n  Run by:       Fixture Walkers\n  Contact:      020 7946 0500\n');
    const none = run('review-due.ts', ['--today', '2026-11-24'], path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'));
    expect(none.stdout).toContain('Nothing is due for review');
  });
});
