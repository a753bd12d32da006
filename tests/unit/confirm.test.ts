import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { confirmEntryText } from '../../src/lib/contributing/confirm.ts';
import { todayInLondon } from '../../src/lib/schedule/dates.ts';
import { ROOT } from '../support/site.ts';

function tempContent() {
  const dir = scratchDir('confirm');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), dir, { recursive: true });
  return dir;
}
function confirm(args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'confirm.ts'), ...args], {
    cwd: contentDir, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8',
  });
}
/** Every line but the assured_date one. */
const otherLines = (text: string) => text.split('\n').filter((l) => !l.startsWith('assured_date:'));

describe('confirming an entry', () => {
  it('changes only the assured_date value, keeping quotes, comments and line endings', () => {
    const text = '---\n# A comment\ntitle: Walk\nsummary: "assured_date: 2020-01-01 is not a key here"\nassured_date: "2025-01-05"   # checked by phone\nstatus: running\n---\nBody\nassured_date: 2019-01-01\n';
    const { text: out, previous } = confirmEntryText(text, '2026-03-14');
    expect(previous).toBe('2025-01-05');
    expect(out).toBe(text.replace('assured_date: "2025-01-05"', 'assured_date: "2026-03-14"'));
    const crlf = '---\r\ntitle: Walk\r\nassured_date: 2025-01-05\r\n---\r\n';
    expect(confirmEntryText(crlf, '2026-03-14').text).toBe('---\r\ntitle: Walk\r\nassured_date: 2026-03-14\r\n---\r\n');
  });

  it('ignores an indented assured_date inside another field and adds the line when the entry has none', () => {
    const text = '---\ntitle: Walk\nnotes:\n  assured_date: 2020-01-01\nstatus: running\n---\nBody text.\n';
    const { text: out, previous } = confirmEntryText(text, '2026-03-14');
    expect(previous).toBeUndefined();
    expect(out).toBe('---\ntitle: Walk\nnotes:\n  assured_date: 2020-01-01\nstatus: running\nassured_date: 2026-03-14\n---\nBody text.\n');
  });

  it('refuses a file without front matter or a date that is not real', () => {
    expect(() => confirmEntryText('title: Walk\n', '2026-03-14')).toThrow(/no front matter/);
    expect(() => confirmEntryText('---\ntitle: Walk\n', '2026-03-14')).toThrow(/never ends/);
    expect(() => confirmEntryText('---\nassured_date: 2025-01-01\n---\n', '2026-02-30')).toThrow(/not a date/);
  });

  it('npm run confirm sets the date on the entry named by id or by file, and nothing else', () => {
    const dir = tempContent();
    const file = path.join(dir, 'activities', 'fixture-walk.md');
    const before = readFileSync(file, 'utf8');
    const byId = confirm(['fixture-walk', '--date', '2026-01-02'], dir);
    expect(byId.stderr).toBe('');
    expect(byId.status).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(/^assured_date: 2026-01-02$/m);
    expect(otherLines(after)).toEqual(otherLines(before));
    expect(after.length).toBe(before.length);

    const byFile = confirm([path.join('activities', 'fixture-walk.md')], dir);
    expect(byFile.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^assured_date: ${todayInLondon()}$`, 'm'));
    // The other entry is untouched.
    const others = readdirSync(path.join(dir, 'activities')).filter((f) => f !== 'fixture-walk.md');
    for (const other of others) {
      expect(readFileSync(path.join(dir, 'activities', other), 'utf8')).toBe(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid', 'activities', other), 'utf8'));
    }
  });

  it('npm run confirm explains a missing entry, a path outside the entries and a future date, changing nothing', () => {
    const dir = tempContent();
    const missing = confirm(['no-such-walk'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/There is no entry .*no-such-walk\.md/);
    const outside = path.join(dir, 'directory.yaml');
    const settings = readFileSync(outside, 'utf8');
    const escape = confirm(['../directory.yaml'], dir);
    expect(escape.status).toBe(1);
    expect(escape.stderr).toMatch(/neither an entry id/);
    expect(readFileSync(outside, 'utf8')).toBe(settings);
    const file = path.join(dir, 'activities', 'fixture-walk.md');
    const before = readFileSync(file, 'utf8');
    const future = confirm(['fixture-walk', '--date', '2999-01-01'], dir);
    expect(future.status).toBe(1);
    expect(future.stderr).toMatch(/in the future/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('npm run confirm adds assured_date to an entry that lacks one', () => {
    const dir = tempContent();
    const file = path.join(dir, 'activities', 'fixture-walk.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^assured_date:.*\n/m, ''));
    const run = confirm(['fixture-walk', '--date', '2026-01-02'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/assured_date 2026-01-02 added/);
    expect(readFileSync(file, 'utf8')).toMatch(/^assured_date: 2026-01-02\n---$/m);
  });
});

describe('the entry a confirmation issue names', () => {
  it('is read from the issue form’s answer or a reminder’s marker, and nothing else gets through', async () => {
    const { entryIdFromIssue } = await import('../../src/lib/contributing/confirm.ts');
    expect(entryIdFromIssue('### Entry id\n\nmillbrook-tuesday-health-walk\n\n### Nothing has changed\n\n- [X] yes')).toBe('millbrook-tuesday-health-walk');
    expect(entryIdFromIssue('### Entry id\n\nhttps://activities.example.org/activities/fenton-park-community-garden/\n')).toBe('fenton-park-community-garden');
    expect(entryIdFromIssue('<!-- review-due: north-fenton-repair-cafe 2025-09-01 -->\nIs it running?')).toBe('north-fenton-repair-cafe');
    expect(entryIdFromIssue('### Entry id\n\n../../directory.yaml\n')).toBeUndefined();
    expect(entryIdFromIssue('### Entry id\n\nwalk; rm -rf /\n')).toBeUndefined();
    expect(entryIdFromIssue('No id here')).toBeUndefined();
  });

  it('npm run confirm -- --issue-body confirms the entry the issue names', () => {
    const dir = tempContent();
    const run = confirm(['--issue-body', '### Entry id\n\nfixture-walk\n', '--date', '2026-01-03'], dir);
    expect(run.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'activities', 'fixture-walk.md'), 'utf8')).toMatch(/^assured_date: 2026-01-03$/m);
    expect(confirm(['--issue-body', 'nothing'], dir).status).toBe(1);
  });
});
