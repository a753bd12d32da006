import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueForNotice, flagDate, reviewIssue, reviewMarker } from '../../src/lib/contributing/review-issues.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { activitySchema, type Activity } from '../../src/schema/activity.ts';
import { ROOT } from '../support/site.ts';

const settings = { ...loadSettings(path.join(ROOT, 'content', 'directory.yaml')), review_after_months: 12, review_notice_weeks: 4 };
const schema = activitySchema({ areas: ['millbrook'] });

function entry(id: string, assured: string, extra: Partial<Record<string, unknown>> = {}) {
  const data = schema.parse({
    title: 'Tuesday Walk *for* @everyone', summary: 'A walk.', categories: ['walking'], organisation: { name: 'Walkers [fictional]' },
    how_to_join: { method: 'drop-in' }, contact: { name: 'Jan', phone: '020 7946 0101', email: 'jan@example.org' },
    by_arrangement: true, location: { online: true }, cost_option: { free: true }, assured_date: assured, ...extra,
  }) as Activity;
  return { id, file: `content/activities/${id}.md`, data };
}

describe('review reminders', () => {
  it('flag an entry on the same day a review period later, or the 1st after a short month', () => {
    expect(flagDate('2025-09-02', 12)).toBe('2026-09-02');
    expect(flagDate('2025-01-31', 1)).toBe('2025-03-01');
    expect(flagDate('2024-02-29', 12)).toBe('2025-03-01');
  });

  it('are due for entries flagged within the notice period or already flagged, never for ended ones', () => {
    const today = '2026-08-10';
    const entries = [
      entry('soon', '2025-09-06'), // flagged 6 Sept 2026: within 4 weeks
      entry('later', '2025-09-08'), // flagged 8 Sept 2026: 4 weeks and a day away
      entry('past', '2025-01-01'),
      entry('ended', '2025-01-01', { status: 'ended' }),
    ];
    expect(dueForNotice(entries, today, settings).map((e) => e.id)).toEqual(['past', 'soon']);
  });

  it('name the entry, its contacts for the maintainers, the flag date and the one-step links, with a marker per review round', () => {
    const issue = reviewIssue(entry('tuesday-walk', '2025-09-06', { maintainers: ['jan-walks'] }), settings, '2026-08-10');
    expect(issue.title).toBe('Review due: Tuesday Walk *for* @everyone');
    expect(issue.labels).toEqual(['review due']);
    expect(issue.marker).toBe(reviewMarker('tuesday-walk', '2025-09-06'));
    expect(issue.body.split('\n')[0]).toBe(issue.marker);
    expect(issue.body).toContain('@jan-walks: you are listed');
    expect(issue.body).toContain('On **6 September 2026** its page will start asking');
    expect(issue.body).toContain('- Phone: 020 7946 0101');
    expect(issue.body).toContain('`content/activities/tuesday-walk.md`');
    const confirm = /\[Still running, nothing has changed\]\(([^)]+)\)/.exec(issue.body)?.[1];
    expect(new URL(confirm!).searchParams.get('entry')).toBe('tuesday-walk');
    expect(issue.body).toContain(`](${settings.site_url}/add-your-activity/?update=tuesday-walk)`);
    // What the entry says cannot format the issue or mention anyone.
    expect(issue.body).toContain('Tuesday Walk \\*for\\* @\u2060everyone');
    expect(issue.body).toContain('Walkers \\[fictional\\]');
    expect(issue.body.match(/@(?!\u2060)[\w-]+/g)).toEqual(['@jan-walks']);
  });

  it('say an entry already flagged has been since its flag date, and mention nobody without maintainers', () => {
    const issue = reviewIssue(entry('old-walk', '2025-01-01'), settings, '2026-08-10');
    expect(issue.body).toContain('since **1 January 2026** its page has asked');
    expect(issue.body).not.toMatch(/@(?!\u2060)/);
  });

  it('npm run review-due -- --format issues emits JSON the workflow posts', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'review-due.ts'), '--format', 'issues', '--today', '2027-09-20'], {
      cwd: ROOT, env: { ...process.env, CONTENT_DIR: path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid') }, encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { issues: { id: string; title: string; body: string; labels: string[]; marker: string }[] };
    expect(out.issues.length).toBeGreaterThan(0);
    for (const i of out.issues) {
      expect(i.labels).toEqual(['review due']);
      expect(i.body.startsWith(i.marker)).toBe(true);
      expect(i.marker).toContain(i.id);
    }
  });
});
