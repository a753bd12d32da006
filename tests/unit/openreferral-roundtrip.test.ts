/**
 * Export then import gives the entries back: every sample entry through the
 * ORUK feed (as JSON text, as a harvester would save it) and through the
 * spreadsheet layout, written out as Markdown and read through the schema
 * again, equals the original.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { readEntries } from '../support/content.ts';
import { ROOT } from '../support/site.ts';
import { activitySchema } from '../../src/schema/activity.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { entryToMarkdown } from '../../src/lib/contributing/entry-markdown.ts';
import { readEntryFile } from '../../src/lib/validation/entry-file.ts';
import { toOrukService } from '../../src/lib/openreferral/service.ts';
import { fromOrukService } from '../../src/lib/openreferral/service-import.ts';
import type { FrontMatter } from '../../src/lib/contributing/front-matter.ts';
import { CSV_HEADER, fromCsvRecord, toCsvRecord } from '../../src/lib/csv/columns.ts';

const CONTENT = path.join(ROOT, 'content');
const settings = loadSettings(path.join(CONTENT, 'directory.yaml'));
const schema = activitySchema({ areas: settings.areas.map((a) => a.id) });
const entries = readEntries(CONTENT).map((e) => ({
  ...e,
  body: readEntryFile(e.id, readFileSync(path.join(CONTENT, 'activities', `${e.id}.md`))).body.trim(),
}));

/** What an importer's output becomes on disk and back: the Markdown file, read as the build reads it. */
function written(frontMatter: FrontMatter, body: string) {
  const file = readEntryFile('x.md', Buffer.from(entryToMarkdown(frontMatter, body)));
  return { data: schema.parse(parseYaml(file.frontMatter!)), body: file.body.trim() };
}

describe('round trip', () => {
  it('covers every kind of entry: sessions of each frequency, by arrangement, online, paused, ended, paid, conditions', () => {
    const all = entries.map((e) => e.data);
    for (const freq of ['weekly', 'fortnightly', 'monthly']) expect(all.some((a) => a.schedules?.some((s) => s.freq === freq)), freq).toBe(true);
    expect(all.some((a) => a.by_arrangement)).toBe(true);
    expect(all.some((a) => a.location.online)).toBe(true);
    expect(all.some((a) => a.status === 'paused') && all.some((a) => a.status === 'ended')).toBe(true);
    expect(all.some((a) => !a.cost_option.free && a.cost_option.concessions)).toBe(true);
    expect(all.some((a) => a.eligibility?.conditions?.length)).toBe(true);
  });

  it('ORUK: import(export(entry)) equals the entry for every sample entry', () => {
    for (const entry of entries) {
      const json = JSON.stringify(toOrukService(entry, settings));
      const read = fromOrukService(JSON.parse(json), settings);
      expect(read.ok, entry.id).toBe(true);
      if (!read.ok) continue;
      expect(read.entry.notes, entry.id).toEqual([]);
      expect(written(read.entry.frontMatter, read.entry.body), entry.id).toEqual({ data: entry.data, body: entry.body });
    }
  });

  it('ORUK between two directories built with this software: areas and conditions are read by their link_type', () => {
    // The same areas under another address: its area and condition terms have other ids.
    const elsewhere = { ...settings, site_url: 'https://another-directory.example.org' };
    for (const entry of entries) {
      const read = fromOrukService(JSON.parse(JSON.stringify(toOrukService(entry, elsewhere))), settings);
      if (!read.ok) throw new Error(`${entry.id}: ${JSON.stringify(read.problems)}`);
      expect(written(read.entry.frontMatter, read.entry.body), entry.id).toEqual({ data: entry.data, body: entry.body });
    }
  });

  it('CSV: every sample entry written as a spreadsheet row and read back equals the entry', () => {
    const csv = stringifyCsv([CSV_HEADER, ...entries.map((e) => CSV_HEADER.map((h) => toCsvRecord(e)[h] ?? ''))]);
    const [header, ...rows] = parseCsv(csv) as string[][];
    expect(rows).toHaveLength(entries.length);
    rows.forEach((cells, i) => {
      const entry = entries[i]!;
      const read = fromCsvRecord(Object.fromEntries(header!.map((h, j) => [h, cells[j]!])));
      expect(read.id).toBe(entry.id);
      expect(written(read.frontMatter, read.body), entry.id).toEqual({ data: entry.data, body: entry.body });
    });
  });
});
