/**
 * A pause with a restart day ends on that day, whatever the file still
 * says; the validator tells the group to tidy the entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseEndedOn, pauseIsOver, withStatusOn } from '../../src/lib/content/status-on.ts';
import { directoryEntries } from '../../src/lib/content/entries.ts';
import type { Activity, Session } from '../../src/schema/activity.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { validateEntry } from '../../src/lib/validation/validate.ts';
import { ROOT } from '../support/site.ts';

describe('a pause with a restart day', () => {
  it('is over on that day and after it, never without one', () => {
    expect(pauseIsOver({ status: 'paused', paused_until: '2026-11-02' }, '2026-11-01')).toBe(false);
    expect(pauseIsOver({ status: 'paused', paused_until: '2026-11-02' }, '2026-11-02')).toBe(true);
    expect(pauseIsOver({ status: 'paused' }, '2030-01-01')).toBe(false);
    expect(withStatusOn({ status: 'paused', paused_until: '2026-11-02', status_note: 'Hall repainted.' }, '2026-12-01')).toEqual({ status: 'running' });
    const stillPaused = { status: 'paused', paused_until: '2026-11-02', status_note: 'Hall repainted.' } as const;
    expect(withStatusOn(stillPaused, '2026-10-01')).toBe(stillPaused);
  });

  it('gets a warning from the validator once the day has passed, at the line of paused_until', () => {
    const settings = loadSettings(path.join(ROOT, 'content', 'directory.yaml'));
    const dir = path.join(ROOT, 'content', 'activities');
    const sample = readFileSync(path.join(dir, readdirFirst(dir)), 'utf8').replace(/^status: .*\n/m, '');
    const text = sample.replace(/^title: /m, 'status: paused\npaused_until: 2026-11-02\ntitle: ');
    const lineOf = text.split('\n').findIndex((l) => l.startsWith('paused_until')) + 1;
    const problems = (today: string) =>
      validateEntry({ file: 'paused.md', relative: 'paused.md', bytes: Buffer.from(text) }, { settings, today }).problems.filter((p) => p.field === 'paused_until');
    expect(problems('2026-11-01')).toEqual([]);
    expect(problems('2026-12-01')).toEqual([
      expect.objectContaining({
        line: lineOf,
        severity: 'warning',
        message: 'The pause ended on 2026-11-02, so the site now shows this activity as running.',
        fix: expect.stringContaining('Set status: running and remove paused_until'),
      }),
    ]);
  });
});

describe('a course whose every session has an end date', () => {
  const session: Session = { freq: 'weekly', byday: ['TU'], opens_at: '10:00', closes_at: '11:30' };
  const course: Pick<Activity, 'status' | 'schedules'> = { status: 'running', schedules: [{ ...session, valid_to: '2026-03-24' }, { ...session, byday: ['TH'], valid_to: '2026-03-26' }] };

  it('has ended the day after its last session, not before, and only if every session ends', () => {
    expect(courseEndedOn(course, '2026-03-26')).toBeUndefined();
    expect(courseEndedOn(course, '2026-03-27')).toBe('2026-03-26');
    expect(courseEndedOn({ ...course, schedules: [...course.schedules!, session] }, '2027-01-01')).toBeUndefined();
    expect(withStatusOn({ ...course, status_note: 'Bring a mat.' }, '2026-04-01')).toMatchObject({ status: 'ended', status_note: 'The course finished on 26 March 2026.' });
  });

  it('leaves search and listings, with a warning from the validator', () => {
    const settings = loadSettings(path.join(ROOT, 'content', 'directory.yaml'));
    const dir = path.join(ROOT, 'content', 'activities');
    const sample = readFileSync(path.join(dir, readdirFirst(dir)), 'utf8').replace(/^status: .*\n/m, '');
    const text = sample.replace(/^ +valid_(from|to): .*\n/gm, '').replace(/^( +)byday: (.*)$/gm, '$1byday: $2\n$1valid_to: 2026-03-26');
    expect(text).toContain('valid_to: 2026-03-26');
    const checked = validateEntry({ file: 'course.md', relative: 'course.md', bytes: Buffer.from(text) }, { settings, today: '2026-04-01' });
    expect(checked.problems.filter((p) => p.field === 'schedules')).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'Every session ended by 2026-03-26 (valid_to), so the site shows this activity as ended and leaves it out of search.' }),
    ]);
    const data = { ...checked.data!, assured_date: '2026-03-01' };
    const [before] = directoryEntries([{ id: 'course', data }], settings, '2026-03-26');
    const [after] = directoryEntries([{ id: 'course', data }], settings, '2026-04-01');
    expect(before!.listed).toBe(true);
    expect(after!.listed).toBe(false);
  });
});

function readdirFirst(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0]!;
}
