/**
 * npm run new and npm run review-due, through the real command-line scripts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { fieldReference } from '../../src/lib/contributing/field-reference.ts';
import { scaffoldEntry } from '../../src/lib/contributing/scaffold.ts';
import { ROOT } from '../support/site.ts';

const docs = fieldReference(readFileSync(path.join(ROOT, 'src', 'schema', 'activity.ts'), 'utf8'));

function run(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8',
  });
}
function tempContent() {
  const dir = scratchDir('content');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), dir, { recursive: true });
  return dir;
}

describe('npm run new', () => {
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
  it('prints the due entries with their contacts', () => {
    const out = run('review-due.ts', ['--today', '2028-01-01'], path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2 entries were last checked more than 12 months ago (oldest first):');
    expect(out.stdout).toContain('Fixture Choir\n  Last checked: 1 October 2026\n  Run by:       Fixture Walkers\n  Contact:      020 7946 0500\n');
    const none = run('review-due.ts', ['--today', '2026-11-24'], path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'));
    expect(none.stdout).toContain('Nothing is due for review');
  });
});
