import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { lastChangedById, parseNameLog } from '../../src/lib/content/last-changed.ts';

function repo() {
  const root = scratchDir('history');
  const dir = path.join(root, 'content', 'activities');
  mkdirSync(dir, { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root, encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
    });
  git(['init', '-q', '-b', 'main']);
  const commit = (files: Record<string, string>, date: string) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'change'], date);
  };
  return { root, dir, git, commit };
}

describe('when an entry last changed', () => {
  it('is the newest commit that touched each file, whatever commits touched other files since', () => {
    const r = repo();
    r.commit({ 'walk.md': 'a', 'choir.md': 'a' }, '2026-01-05T10:00:00+00:00');
    r.commit({ 'walk.md': 'b' }, '2026-02-10T23:30:00+00:00');
    r.commit({ 'other.txt': 'x' }, '2026-03-01T08:00:00+00:00');
    writeFileSync(path.join(r.root, 'README.md'), 'outside the entries');
    r.git(['add', '-A']);
    r.git(['commit', '-q', '-m', 'readme'], '2026-04-01T08:00:00+00:00');
    const times = lastChangedById(r.dir);
    expect(Object.fromEntries(times)).toEqual({ walk: '2026-02-10T23:30:00+00:00', choir: '2026-01-05T10:00:00+00:00' });
  });

  it('follows a renamed file to its new name and handles names git would quote', () => {
    const r = repo();
    r.commit({ 'old-name.md': 'a', 'café walk.md': 'a' }, '2026-01-05T10:00:00+00:00');
    r.git(['mv', 'content/activities/old-name.md', 'content/activities/new-name.md']);
    r.git(['commit', '-q', '-m', 'rename'], '2026-01-06T10:00:00+00:00');
    const times = lastChangedById(r.dir);
    expect(times.get('new-name')).toBe('2026-01-06T10:00:00+00:00');
    expect(times.get('café-walk')).toBe('2026-01-05T10:00:00+00:00');
  });

  it('is left out for a file not yet committed or changed since, and for a folder without history', () => {
    const r = repo();
    r.commit({ 'walk.md': 'a', 'choir.md': 'a' }, '2026-01-05T10:00:00+00:00');
    writeFileSync(path.join(r.dir, 'new.md'), 'not committed');
    writeFileSync(path.join(r.dir, 'choir.md'), 'edited, not committed');
    expect([...lastChangedById(r.dir).keys()]).toEqual(['walk']);
    const plain = scratchDir('plain');
    writeFileSync(path.join(plain, 'walk.md'), 'a');
    expect(lastChangedById(plain).size).toBe(0);
  });

  it('is left out everywhere in a shallow clone, where every file seems changed in its one commit', () => {
    const r = repo();
    r.commit({ 'walk.md': 'a' }, '2026-01-05T10:00:00+00:00');
    r.commit({ 'choir.md': 'a' }, '2026-02-05T10:00:00+00:00');
    const clone = scratchDir('shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.root}`, clone]);
    expect(lastChangedById(path.join(clone, 'content', 'activities')).size).toBe(0);
  });

  it('reads git log -z output', () => {
    expect(Object.fromEntries(parseNameLog('\x012026-02-01T00:00:00Z\0\na.md\0b.md\0\x012026-01-01T00:00:00Z\0\nb.md\0c.md\0'))).toEqual({
      'a.md': '2026-02-01T00:00:00Z', 'b.md': '2026-02-01T00:00:00Z', 'c.md': '2026-01-01T00:00:00Z',
    });
  });
});
