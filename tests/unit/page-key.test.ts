import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../src/lib/content/entries.ts';
import { activityPageKey, CODE_DIGEST_VARIABLE, codeDigest, listPageKey, withListPageKeys } from '../../src/lib/content/page-key.ts';
import { settingsSchema } from '../../src/schema/settings.ts';
import type { Activity } from '../../src/schema/activity.ts';

const settings = settingsSchema.parse({
  name: 'D', tagline: 'T', site_url: 'https://d.example.org', areas: [{ id: 'a', label: 'A' }],
  repository_url: 'https://github.com/example/d', corrections_email: 'd@example.org',
  review_after_months: 12, delist_after_months: 24,
});
const DAY = '2026-07-15';
const stored = (id: string, title = id, body = '') => ({ id, body, data: { title, status: 'running', location: { area: 'a' }, assured_date: '2026-07-01' } as unknown as Activity });
const entriesOf = (...items: ReturnType<typeof stored>[]) => directoryEntries(items, settings, DAY);
const listPath = (data: ReturnType<typeof entriesOf>, currentPage = 1) => ({
  params: { area: 'a', page: currentPage === 1 ? undefined : String(currentPage) },
  props: {
    area: settings.areas[0],
    page: { data, start: 0, end: data.length - 1, total: data.length, currentPage, size: 50, lastPage: 2, url: { current: '/areas/a/', prev: undefined, next: '/areas/a/2/', first: undefined, last: '/areas/a/2/' } },
  },
});

describe('page cache keys', () => {
  it('change for an activity page only when its own entry, the settings or the day change', () => {
    const [a, b] = entriesOf(stored('a'), stored('b'));
    const key = activityPageKey(a!, settings, DAY);
    // Equal content, other objects: the same key, so an unchanged page is kept build after build.
    expect(activityPageKey(entriesOf(stored('a'))[0]!, settings, DAY)).toBe(key);
    expect(activityPageKey(entriesOf(stored('a'), stored('b', 'B changed'))[0]!, settings, DAY)).toBe(key);
    expect(activityPageKey(b!, settings, DAY)).not.toBe(key);
    expect(activityPageKey(entriesOf(stored('a', 'A changed'))[0]!, settings, DAY)).not.toBe(key);
    expect(activityPageKey(entriesOf(stored('a', 'a', 'A new description.'))[0]!, settings, DAY)).not.toBe(key);
    expect(activityPageKey(a!, settings, '2026-07-16')).not.toBe(key);
    expect(activityPageKey(a!, { ...settings, corrections_email: 'other@example.org' }, DAY)).not.toBe(key);
    // Derived fields count too: the same file is out of date a year on.
    const [later] = directoryEntries([stored('a')], settings, '2027-08-01');
    expect(activityPageKey(later!, settings, DAY)).not.toBe(key);
  });

  it('change for a list page when any entry it shows, its place in the list or its props change', () => {
    const entries = entriesOf(stored('a'), stored('b'));
    const key = listPageKey(listPath(entries), settings, DAY);
    expect(listPageKey(listPath(entriesOf(stored('a'), stored('b'))), settings, DAY)).toBe(key);
    expect(listPageKey(listPath(entriesOf(stored('a'), stored('b', 'B changed'))), settings, DAY)).not.toBe(key);
    expect(listPageKey(listPath(entries.slice(0, 1)), settings, DAY)).not.toBe(key);
    expect(listPageKey(listPath(entries, 2), settings, DAY)).not.toBe(key);
    const renamed = listPath(entries);
    renamed.props.area = { id: 'a', label: 'Renamed' };
    expect(listPageKey(renamed, settings, DAY)).not.toBe(key);
    expect(listPageKey(listPath(entries), settings, '2026-07-16')).not.toBe(key);
    const [keyed] = withListPageKeys([listPath(entries)], settings, DAY);
    expect(keyed).toMatchObject({ params: { area: 'a' }, cacheKey: key });
  });

  it('all change with the code: any file under src/, the Astro config or the lockfile', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'code-digest-'));
    try {
      mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
      writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 1;\n');
      const first = codeDigest(root);
      expect(codeDigest(root)).toBe(first);
      writeFileSync(path.join(root, 'src', 'lib', 'a.ts'), 'export const a = 2;\n');
      const second = codeDigest(root);
      expect(second).not.toBe(first);
      writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};\n');
      expect(codeDigest(root)).not.toBe(second);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const [a] = entriesOf(stored('a'));
    const before = process.env[CODE_DIGEST_VARIABLE];
    try {
      process.env[CODE_DIGEST_VARIABLE] = 'one';
      const key = activityPageKey(a!, settings, DAY);
      process.env[CODE_DIGEST_VARIABLE] = 'two';
      expect(activityPageKey(a!, settings, DAY)).not.toBe(key);
    } finally {
      if (before === undefined) delete process.env[CODE_DIGEST_VARIABLE];
      else process.env[CODE_DIGEST_VARIABLE] = before;
    }
  });
});
