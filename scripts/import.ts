/**
 * npm run import -- FILE [--update] [--dry-run] [--today YYYY-MM-DD]
 *
 * Writes one entry per activity in FILE, which is either a spreadsheet saved
 * as CSV (the layout in src/lib/csv/columns.ts, documented in
 * CONTRIBUTING.md) or an Open Referral UK feed saved to a file (3.0 or 1.0:
 * a service, a page of services or a list of them).
 *
 * Every entry goes through the same checks as `npm run validate` before it
 * is written, and is written whole or not at all (a temporary file renamed
 * into place). Each row gets a line saying what happened to it; a row that
 * is not imported says why. An existing entry is replaced only with
 * --update. Exits 1 when any row was skipped, 2 when the file itself cannot
 * be read.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, isDeepStrictEqual } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { columnFor, fromCsvRecord, unknownColumns } from '../src/lib/csv/columns.ts';
import { activitiesDir } from '../src/lib/content/content-dir.ts';
import { todayInLondon } from '../src/lib/schedule/dates.ts';
import { entryToMarkdown } from '../src/lib/contributing/entry-markdown.ts';
import { serviceId } from '../src/lib/openreferral/ids.ts';
import { isListItemOnly, servicesIn } from '../src/lib/openreferral/documents.ts';
import type { FrontMatter } from '../src/lib/contributing/front-matter.ts';
import { fromOrukService } from '../src/lib/openreferral/service-import.ts';
import { uniqueFileName } from '../src/lib/contributing/scaffold.ts';
import { slugify } from '../src/lib/content/slug.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import type { Settings } from '../src/schema/settings.ts';
import { readEntryFile } from '../src/lib/validation/entry-file.ts';
import type { Problem } from '../src/lib/validation/problem.ts';
import { crossEntryProblems, validateEntry, type CheckedEntry } from '../src/lib/validation/validate.ts';
import { entryId } from '../src/lib/content/entry-id.ts';
import { entryPaths } from '../src/lib/validation/entry-files.ts';
import { isSameActivity } from '../src/lib/content/duplicates.ts';

const USAGE = 'Usage: npm run import -- FILE [--update] [--dry-run] [--today YYYY-MM-DD]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** One activity read from the file, before any checking. */
interface Candidate {
  label: string;
  problems?: string[];
  id?: string;
  sourceId?: string;
  frontMatter?: FrontMatter;
  body?: string;
  notes?: string[];
  /** The name a validator field has in this file (a CSV column, or the front-matter path). */
  fieldName: (field: string) => string;
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { update: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, today: { type: 'string' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const [input, ...extra] = args.positionals;
if (!input || extra.length) fail(`Give one file to import.\n${USAGE}`);
const update = args.values.update;
const dryRun = args.values['dry-run'];
const today = args.values.today ?? todayInLondon();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today must be YYYY-MM-DD, not "${today}".`);

let settings: Settings;
try {
  settings = loadSettings();
} catch (error) {
  fail((error as Error).message);
}

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(input));
} catch (error) {
  fail((error as NodeJS.ErrnoException).code === 'ENOENT'
    ? `No such file: ${input}`
    : `${input} is not UTF-8 text. From Excel, save it as "CSV UTF-8 (Comma delimited)".`);
}

// ---------- reading the file into candidates ----------

function fromCsv(csv: string): { candidates: Candidate[]; emptyRows: number } {
  let rows: string[][];
  try {
    rows = parseCsv(csv, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    fail(`${input} is not a readable CSV file: ${(error as Error).message}`);
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  const unknown = unknownColumns(header);
  if (unknown.length) {
    fail(`${input}: the header has ${unknown.length === 1 ? 'a column' : 'columns'} this importer does not know: ${unknown.map((u) => `"${u}"`).join(', ')}.\nCheck the spelling against the column list in CONTRIBUTING.md, or start from public/templates/activities-template.csv.`);
  }
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length) fail(`${input}: the header has "${repeated[0]}" twice.`);
  if (!header.includes('title')) fail(`${input}: the header has no "title" column, so this is not an activities spreadsheet.`);

  let emptyRows = 0;
  const candidates: Candidate[] = [];
  rows.slice(1).forEach((cells, i) => {
    // Spreadsheet row numbers: the header is row 1.
    const label = `row ${i + 2}`;
    if (cells.every((c) => c.trim() === '')) {
      emptyRows++;
      return;
    }
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      candidates.push({
        label, fieldName: String,
        problems: [`it has ${cells.length} cells but the header has ${header.length}: a cell probably holds a comma without quotes around it.`],
      });
      return;
    }
    const record = Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
    const entry = fromCsvRecord(record);
    candidates.push({
      label,
      ...(entry.id ? { id: entry.id } : {}),
      frontMatter: entry.frontMatter,
      body: entry.body,
      fieldName: (field) => columnFor(field, entry.sessionGroups) ?? field,
    });
  });
  return { candidates, emptyRows };
}

function fromJson(json: string): Candidate[] {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    fail(`${input} is not valid JSON: ${(error as Error).message}`);
  }
  const found = servicesIn(document);
  if ('error' in found) fail(`${input}: ${found.error}`);
  console.log(`${input}: ${found.kind}, ${found.services.length} service${found.services.length === 1 ? '' : 's'}`);
  return found.services.map((item, i) => {
    const label = `service ${i + 1}`;
    if (!item.ok) return { label, fieldName: String, problems: [item.message] };
    if (isListItemOnly(item.service)) {
      return {
        label, fieldName: String,
        problems: ['this is a list entry from /services, without schedules or places: save the full service from /services/{id} and import that.'],
      };
    }
    const read = fromOrukService(item.service, settings);
    if (!read.ok) return { label, fieldName: String, problems: read.problems.map((p) => `${p.field}: ${p.message}`) };
    return {
      label,
      ...(read.entry.sourceId ? { sourceId: read.entry.sourceId } : {}),
      frontMatter: read.entry.frontMatter,
      body: read.entry.body,
      notes: read.entry.notes,
      fieldName: String,
    };
  });
}

const isJson = /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
const { candidates, emptyRows } = isJson ? { candidates: fromJson(text), emptyRows: 0 } : fromCsv(text);

// ---------- the entries already there ----------

const dir = activitiesDir();
const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name)) || name;

interface Existing {
  name: string;
  checked: CheckedEntry;
  body: string;
}
const existing = new Map<string, Existing>();
// Names relative to the activities folder: an entry kept in a folder is named with it (kingsby/walk.md).
for (const name of existsSync(dir) ? entryPaths(dir).map((file) => path.relative(dir, file)) : []) {
  const bytes = readFileSync(path.join(dir, name));
  existing.set(name, {
    name,
    checked: validateEntry({ file: shown(name), relative: name, bytes }, { settings, today }),
    body: readEntryFile(name, bytes).body.trim(),
  });
}
const byServiceId = new Map([...existing.keys()].map((name) => [serviceId(settings.site_url, entryId(name)), name]));

/** One activity listed twice, as the validator decides it (content/duplicates.ts). */
const sameActivity = (a: CheckedEntry, b: CheckedEntry) => a.data !== undefined && b.data !== undefined && isSameActivity(a.data, b.data);

// ---------- checking and writing each one ----------

/** What every entry is checked against: the directory as it will be, updated as rows are accepted. */
const context = new Map<string, CheckedEntry>([...existing].map(([name, e]) => [name, e.checked]));
const acceptedBy = new Map<string, string>();
const counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0 };

function describe(problems: readonly Problem[], fieldName: (f: string) => string): string {
  return problems.map((p) => `${fieldName(p.field)}: ${p.message}${p.fix ? ` ${p.fix}` : ''}`).join('; ');
}

function writeAtomically(name: string, content: string, replace: boolean) {
  const final = path.join(dir, name);
  // Beside the final file, so the rename or link stays within one folder (an id may name a new one).
  mkdirSync(path.dirname(final), { recursive: true });
  const temporary = path.join(path.dirname(final), `.${path.basename(name)}.${process.pid}.tmp`);
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    // A new entry is linked into place, which fails rather than overwrite a file that appeared meanwhile.
    if (replace) renameSync(temporary, final);
    else linkSync(temporary, final);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

function skip(label: string, why: string) {
  counts.skipped++;
  console.log(`${label}: skipped: ${why}`);
}

for (const candidate of candidates) {
  const { label, fieldName } = candidate;
  if (candidate.problems) {
    skip(label, candidate.problems.join('; '));
    continue;
  }
  const markdown = entryToMarkdown(candidate.frontMatter!, candidate.body ?? '');
  const title = typeof candidate.frontMatter!.title === 'string' ? candidate.frontMatter!.title : '';
  const provisional = `${candidate.id ?? (slugify(title) || 'new-activity')}.md`;
  const checked = validateEntry({ file: shown(provisional), relative: provisional, bytes: Buffer.from(markdown) }, { settings, today });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.data) {
    skip(label, describe(errors, fieldName));
    continue;
  }

  // Which file: the id the row names, the entry this feed service was exported from,
  // an entry for the same activity, or a new name from the title.
  const same = [...context].find(([, c]) => sameActivity(c, checked))?.[0];
  const name = candidate.id
    ? provisional
    : (candidate.sourceId && byServiceId.get(candidate.sourceId)) || same || uniqueFileName(slugify(title), (n) => context.has(n) || existsSync(path.join(dir, n)));
  const earlier = acceptedBy.get(name);
  if (earlier) {
    skip(label, candidate.id ? `id "${candidate.id}" is also used by ${earlier}, imported above.` : `same title and postcode as ${earlier}, imported above: the same activity twice.`);
    continue;
  }
  const before = existing.get(name);
  const placed: CheckedEntry = { ...checked, file: shown(name), id: entryId(name) };
  if (before && isDeepStrictEqual(before.checked.data, checked.data) && before.body === (candidate.body ?? '').trim()) {
    counts.unchanged++;
    acceptedBy.set(name, label);
    console.log(`${label}: unchanged ${shown(name)}`);
    continue;
  }
  if (before && !update) {
    skip(label, `${shown(name)} already exists with different details; run again with --update to replace it.`);
    continue;
  }
  const others = [...context].filter(([n]) => n !== name).map(([, c]) => c);
  const clashes = crossEntryProblems([...others, placed]).filter((p) => p.file === placed.file && p.severity === 'error');
  if (clashes.length) {
    skip(label, describe(clashes, fieldName));
    continue;
  }

  if (!dryRun) {
    try {
      writeAtomically(name, markdown, Boolean(before));
    } catch (error) {
      skip(label, `could not write ${shown(name)}: ${(error as Error).message}`);
      continue;
    }
  }
  context.set(name, placed);
  acceptedBy.set(name, label);
  counts[before ? 'updated' : 'imported']++;
  const warnings = checked.problems.filter((p) => p.severity === 'warning');
  const remarks = [...(candidate.notes ?? []), ...(warnings.length ? [`warning: ${describe(warnings, fieldName)}`] : [])];
  const verb = `${dryRun ? 'would be ' : ''}${before ? 'updated' : 'imported'}`;
  console.log(`${label}: ${verb} → ${shown(name)}${remarks.length ? ` (${remarks.join('; ')})` : ''}`);
}

const ignored = emptyRows ? `; ${emptyRows} empty row${emptyRows === 1 ? '' : 's'} ignored` : '';
console.log(
  `\n${dryRun ? 'Dry run, nothing written: ' : ''}${counts.imported} imported, ${counts.updated} updated, ${counts.unchanged} unchanged, `
  + `${counts.skipped} skipped, of ${candidates.length}${ignored}.`,
);
process.exit(counts.skipped > 0 ? 1 : 0);
