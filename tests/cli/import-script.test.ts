/**
 * `npm run import` end to end, on a temporary content folder: the 200-row
 * spreadsheet with 10 broken rows, re-runs, --update, --dry-run, files it
 * must refuse, and the ORUK round trip of the sample directory on disk.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir, suiteScratchDir } from '../support/scratch.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { readEntries } from '../support/content.ts';
import { ROOT } from '../support/site.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { readEntryFile } from '../../src/lib/validation/entry-file.ts';
import { toOrukService } from '../../src/lib/openreferral/service.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');
const FIXTURE_CSV = path.join(FIXTURES, 'activities-200.csv');
const TODAY = '2026-11-24';

function run(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8',
  });
}
const importFile = (file: string, contentDir: string, ...flags: string[]) => run('import.ts', [file, '--today', TODAY, ...flags], contentDir);

/** An empty directory with the given settings, for one test (or, with `suiteScratchDir`, for a whole block). */
function emptyContent(settingsFile = path.join(FIXTURES, 'content', 'directory.yaml'), makeDir = scratchDir) {
  const dir = makeDir('import');
  cpSync(settingsFile, path.join(dir, 'directory.yaml'));
  mkdirSync(path.join(dir, 'activities'));
  return dir;
}
const files = (dir: string) => readdirSync(path.join(dir, 'activities')).sort();
const snapshot = (dir: string) => Object.fromEntries(files(dir).map((f) => [f, readFileSync(path.join(dir, 'activities', f), 'utf8')]));
const lines = (stdout: string, pattern: RegExp) => stdout.split('\n').filter((l) => pattern.test(l));

/** The fixture's header and data rows, read the way the importer reads them. */
const [HEADER, ...ROWS] = parseCsv(readFileSync(FIXTURE_CSV, 'utf8'), { relax_column_count: true }) as string[][];
const rowAt = (rowNumber: number) => Object.fromEntries(HEADER!.map((h, i) => [h, ROWS[rowNumber - 2]![i]!]));

// Each run of the script reads and checks a few hundred entries: allow for a busy machine.
describe('importing the 200-row spreadsheet with 10 broken rows', { timeout: 60_000 }, () => {
  const dir = emptyContent(undefined, suiteScratchDir);
  let first: ReturnType<typeof importFile>;
  beforeAll(() => {
    first = importFile(FIXTURE_CSV, dir);
  }, 60_000);

  it('imports the 190 good rows, one file each, and exits 1 because rows were skipped', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(lines(first.stdout, /^row \d+: imported → /)).toHaveLength(190);
    expect(files(dir)).toHaveLength(190);
    expect(first.stdout).toContain('190 imported, 0 updated, 0 unchanged, 10 skipped, of 200.');
  });

  it('names each of the 10 broken rows with its problem', () => {
    const skipped = lines(first.stdout, /: skipped: /);
    const expected: [number, RegExp][] = [
      [9, /postcode: "AV9 ZZZ" is not a UK postcode/],
      [25, /categories: "yoga-ish" is not a category/],
      [43, /session1_closes_at: closes_at \(08:00\) must be later than opens_at/],
      [60, /title: title is missing/],
      [79, /organisation_website: "http:\/\/insecure\.example\.org" is not a full web address/],
      [98, /area: "atlantis" is not one of this directory's areas/],
      [120, /assured_date: assured_date 2099-01-01 is in the future/],
      [141, /description: The description contains HTML/],
      [163, /same title and postcode as row 162, imported above/],
      [189, /it has 61 cells but the header has 60: a cell probably holds a comma/],
    ];
    expect(skipped.map((l) => Number(/^row (\d+)/.exec(l)?.[1]))).toEqual(expected.map(([row]) => row));
    for (const [row, problem] of expected) expect(skipped.find((l) => l.startsWith(`row ${row}: `)), `row ${row}`).toMatch(problem);
  });

  it('writes only entries the validator accepts, and no temporary files', () => {
    const checked = run('validate.ts', ['--format', 'json', '--today', TODAY], dir);
    expect(JSON.parse(checked.stdout).problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    expect(checked.status).toBe(0);
    expect(files(dir).every((f) => /^[a-z0-9-]+\.md$/.test(f))).toBe(true);
  });

  it('reads a spreadsheet-style row (DD/MM/YYYY, 9:30) as the entry it means', () => {
    // Row 7 is written with a UK date and a time without its leading zero.
    const row7 = rowAt(7);
    expect(row7.assured_date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const file = lines(first.stdout, /^row 7: imported → /)[0]!.split('→ ')[1]!;
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const [d, m, y] = row7.assured_date!.split('/');
    expect(text).toMatch(new RegExp(`^assured_date: "?${y}-${m}-${d}"?$`, 'm'));
    expect(text).toContain(`opens_at: "${row7.session1_opens_at!.padStart(5, '0')}"`);
  });

  it('changes nothing when run again: every good row is unchanged, the broken ones are skipped again', () => {
    const before = snapshot(dir);
    const again = importFile(FIXTURE_CSV, dir);
    expect(again.stdout).toContain('0 imported, 0 updated, 190 unchanged, 10 skipped, of 200.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('never overwrites an entry with different details unless --update is given', () => {
    // The first three rows are enough to show it, and quicker to run three times.
    const changed = path.join(dir, 'changed.csv');
    const rows = ROWS.slice(0, 3).map((r) => [...r]);
    rows[0]![HEADER!.indexOf('summary')] = 'A CHANGED health walk in Ashworth every Monday.';
    writeFileSync(changed, stringifyCsv([HEADER!, ...rows]));
    const target = path.join(dir, 'activities', 'ashworth-monday-health-walk.md');
    const before = readFileSync(target, 'utf8');

    const refused = importFile(changed, dir);
    expect(refused.stdout).toMatch(/^row 2: skipped: .*ashworth-monday-health-walk\.md already exists with different details; run again with --update/m);
    expect(refused.stdout).toMatch(/^row 3: unchanged /m);
    expect(readFileSync(target, 'utf8')).toBe(before);

    const dry = importFile(changed, dir, '--update', '--dry-run');
    expect(dry.stdout).toMatch(/^row 2: would be updated → /m);
    expect(readFileSync(target, 'utf8')).toBe(before);

    const updated = importFile(changed, dir, '--update');
    expect(updated.stdout).toMatch(/^row 2: updated → .*ashworth-monday-health-walk\.md$/m);
    expect(updated.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('A CHANGED health walk');
    expect(files(dir)).toHaveLength(190);
  });
});

describe('a row whose id names a folder', { timeout: 60_000 }, () => {
  it('is written into that folder, found there the next time, and never outside the activities folder', () => {
    const dir = emptyContent();
    const rows = ROWS.slice(0, 3).map((r) => [...r]);
    const id = HEADER!.indexOf('id');
    rows[0]![id] = 'kingsby/monday-walk';
    rows[1]![id] = '../outside';
    rows[2]![id] = 'kingsby/../../outside-too';
    const sheet = path.join(dir, 'folders.csv');
    writeFileSync(sheet, stringifyCsv([HEADER!, ...rows]));

    const first = importFile(sheet, dir);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^row 2: imported → .*activities\/kingsby\/monday-walk\.md$/m);
    expect(first.stdout).toMatch(/^row 3: skipped: id: The folder name "\.\." cannot be used as a web address/m);
    // Said once, however many times the id climbs out.
    expect(first.stdout).toMatch(/^row 4: skipped: id: The folder name "\.\." cannot be used as a web address[^;]*$/m);
    expect(readdirSync(path.join(dir, 'activities'), { recursive: true }).sort()).toEqual(['kingsby', 'kingsby/monday-walk.md']);
    expect(readdirSync(dir).sort()).toEqual(['activities', 'directory.yaml', 'folders.csv']);

    const again = importFile(sheet, dir);
    expect(again.stdout).toMatch(/^row 2: unchanged .*activities\/kingsby\/monday-walk\.md$/m);
  });
});

describe('a dry run', { timeout: 60_000 }, () => {
  it('checks every row and writes nothing', () => {
    const dir = emptyContent();
    const dry = importFile(FIXTURE_CSV, dir, '--dry-run');
    expect(lines(dry.stdout, /^row \d+: would be imported → /)).toHaveLength(190);
    expect(dry.stdout).toContain('Dry run, nothing written');
    expect(files(dir)).toEqual([]);
  });
});

describe('files it refuses', { timeout: 60_000 }, () => {
  it('stops before importing anything when the header has a column it does not know', () => {
    const dir = emptyContent();
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'title,summary,postcod\nWalk,A walk.,AV4 2NB\n');
    const result = importFile(file, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"postcod"');
    expect(files(dir)).toEqual([]);
  });

  it('stops on a file that is not UTF-8, saying how to save it', () => {
    const dir = emptyContent();
    const file = path.join(dir, 'latin1.csv');
    writeFileSync(file, Buffer.from('title,amount\nWalk,\xa33\n', 'latin1'));
    const result = importFile(file, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('CSV UTF-8');
  });

  it('skips list items from a /services page, saying where the full service is', () => {
    const dir = emptyContent();
    const file = path.join(dir, 'page.json');
    writeFileSync(file, JSON.stringify({ total_items: 1, contents: [{ id: 'x', name: 'Walk', status: 'active', organization: { id: 'y', name: 'Org', description: 'Org' } }] }));
    const result = importFile(file, dir);
    expect(result.stdout).toMatch(/^service 1: skipped: this is a list entry from \/services.*\/services\/\{id\}/m);
    expect(result.status).toBe(1);
  });
});

describe('the sample directory through an ORUK file and back', { timeout: 60_000 }, () => {
  const sample = path.join(ROOT, 'content');
  const settings = loadSettings(path.join(sample, 'directory.yaml'));
  const entries = readEntries(sample).map((e) => ({
    ...e, body: readEntryFile(e.id, readFileSync(path.join(sample, 'activities', `${e.id}.md`))).body.trim(),
  }));
  const feedFile = path.join(suiteScratchDir('feed'), 'services.json');
  writeFileSync(feedFile, JSON.stringify(entries.map((e) => toOrukService(e, settings))));

  it('imports every service into an empty directory as an entry equal to the original', () => {
    const dir = emptyContent(path.join(sample, 'directory.yaml'));
    const result = importFile(feedFile, dir);
    expect(result.stdout).toContain(`${entries.length} imported, 0 updated, 0 unchanged, 0 skipped, of ${entries.length}.`);
    expect(result.status).toBe(0);
    const imported = readEntries(dir).map((e) => ({
      data: e.data, body: readEntryFile(e.id, readFileSync(path.join(dir, 'activities', `${e.id}.md`))).body.trim(),
    }));
    const byTitle = (list: { data: { title: string } }[]) => [...list].sort((a, b) => a.data.title.localeCompare(b.data.title));
    expect(byTitle(imported)).toEqual(byTitle(entries.map(({ data, body }) => ({ data, body }))));
  });

  it('recognises each service as the entry it was exported from, so nothing changes in the sample itself', () => {
    const dir = scratchDir('sample');
    cpSync(sample, dir, { recursive: true });
    const before = snapshot(dir);
    const result = importFile(feedFile, dir);
    expect(result.stdout).toContain(`0 imported, 0 updated, ${entries.length} unchanged, 0 skipped`);
    expect(result.status).toBe(0);
    for (const e of entries) expect(result.stdout).toContain(`${e.id}.md`);
    expect(snapshot(dir)).toEqual(before);
  });
});
