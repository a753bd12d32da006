/**
 * The spreadsheet layout of an activity: one row per activity, one column
 * per field, in one place so the importer (`npm run import`), the
 * downloadable template and any CSV export agree.
 *
 * Cells hold plain words: lists separated by semicolons (`walking; social`),
 * yes/no for true/false, dates as YYYY-MM-DD (a spreadsheet's 14/03/2026 is
 * read too), times as HH:MM. Up to MAX_SESSIONS regular sessions each get a
 * group of `sessionN_…` columns. Reading converts only what is unambiguous
 * and leaves anything else as written, so the activity schema reports it
 * with the same message a hand-written entry would get.
 */
import type { Activity, Session } from '../../schema/activity.ts';
import { WEEKDAYS } from '../../schema/vocabulary.ts';
import { compact, type FrontMatter } from '../contributing/front-matter.ts';

type Kind = 'text' | 'list' | 'free-text-list' | 'yes-no' | 'number' | 'date' | 'time' | 'days' | 'week';

export interface CsvColumn {
  /** The header cell. */
  name: string;
  /** The front-matter field it fills (`location.postcode`), or `id` / `body`. */
  field: string;
  kind: Kind;
}

export const MAX_SESSIONS = 3;

/** One session's columns, in order; `field` is relative to the session. */
const SESSION_PARTS: { part: string; field: keyof Session; kind: Kind }[] = [
  { part: 'freq', field: 'freq', kind: 'text' },
  { part: 'days', field: 'byday', kind: 'days' },
  { part: 'week_of_month', field: 'week_of_month', kind: 'week' },
  { part: 'opens_at', field: 'opens_at', kind: 'time' },
  { part: 'closes_at', field: 'closes_at', kind: 'time' },
  { part: 'valid_from', field: 'valid_from', kind: 'date' },
  { part: 'valid_to', field: 'valid_to', kind: 'date' },
  { part: 'notes', field: 'description', kind: 'text' },
];

const sessionColumns = (n: number): CsvColumn[] =>
  SESSION_PARTS.map(({ part, field, kind }) => ({ name: `session${n}_${part}`, field: `schedules[${n - 1}].${field}`, kind }));

const col = (name: string, field: string, kind: Kind = 'text'): CsvColumn => ({ name, field, kind });

export const CSV_COLUMNS: readonly CsvColumn[] = [
  col('id', 'id'),
  col('title', 'title'),
  col('summary', 'summary'),
  col('categories', 'categories', 'list'),
  col('organisation_name', 'organisation.name'),
  col('organisation_website', 'organisation.website'),
  col('how_to_join_method', 'how_to_join.method'),
  col('how_to_join_instructions', 'how_to_join.instructions'),
  col('contact_name', 'contact.name'),
  col('contact_phone', 'contact.phone'),
  col('contact_email', 'contact.email'),
  col('contact_website', 'contact.website'),
  ...Array.from({ length: MAX_SESSIONS }, (_, i) => sessionColumns(i + 1)).flat(),
  col('by_arrangement', 'by_arrangement', 'yes-no'),
  col('schedule_notes', 'schedule_notes'),
  col('languages', 'languages', 'list'),
  col('interpretation_services', 'interpretation_services'),
  col('format', 'format'),
  col('delivery', 'delivery', 'list'),
  col('activity_level', 'activity_level'),
  col('no_experience_needed', 'no_experience_needed', 'yes-no'),
  col('first_visit_met_on_arrival', 'first_visit.met_on_arrival', 'yes-no'),
  col('first_visit_bring_someone', 'first_visit.bring_someone', 'yes-no'),
  col('first_visit_free_taster', 'first_visit.free_taster', 'yes-no'),
  col('first_visit_what_to_bring', 'first_visit.what_to_bring'),
  col('getting_there_buses', 'getting_there.buses'),
  col('getting_there_parking', 'getting_there.parking'),
  col('getting_there_step_free_route', 'getting_there.step_free_route'),
  col('safeguarding', 'safeguarding'),
  col('online', 'location.online', 'yes-no'),
  col('venue', 'location.venue'),
  col('address', 'location.address'),
  col('postcode', 'location.postcode'),
  col('area', 'location.area'),
  col('latitude', 'location.latitude', 'number'),
  col('longitude', 'location.longitude', 'number'),
  col('directions', 'location.directions'),
  col('free', 'cost_option.free', 'yes-no'),
  col('amount', 'cost_option.amount'),
  col('concessions', 'cost_option.concessions'),
  col('minimum_age', 'eligibility.minimum_age', 'number'),
  col('maximum_age', 'eligibility.maximum_age', 'number'),
  col('audiences', 'eligibility.audiences', 'list'),
  col('conditions', 'eligibility.conditions', 'free-text-list'),
  col('eligibility_description', 'eligibility.description'),
  col('accessibility_features', 'accessibility.features', 'list'),
  col('accessibility_notes', 'accessibility.notes'),
  col('assured_date', 'assured_date', 'date'),
  col('maintainers', 'maintainers', 'list'),
  col('status', 'status'),
  col('status_note', 'status_note'),
  col('paused_until', 'paused_until', 'date'),
  col('description', 'body'),
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.name);

// ---------- reading ----------

const YES = ['yes', 'y', 'true'];
const NO = ['no', 'n', 'false'];
const DAY_NAMES = Object.entries(WEEKDAYS).map(([code, name]) => [code, name.toLowerCase()] as const);

function readDay(word: string): string {
  const lower = word.toLowerCase();
  // MO, Mon, Monday: a code, or a day name or its usual three-letter short form.
  const found = DAY_NAMES.find(([code, name]) => lower === code.toLowerCase() || lower === name || lower === name.slice(0, 3));
  return found ? found[0] : word;
}

function readCell(kind: Kind, cell: string): unknown {
  const value = cell.trim();
  if (value === '') return undefined;
  switch (kind) {
    case 'text':
      return value;
    case 'list':
      return value.split(/[;,]/).map((v) => v.trim()).filter(Boolean);
    case 'free-text-list':
      // Conditions are words people write, which may contain commas: only semicolons separate them.
      return value.split(';').map((v) => v.trim()).filter(Boolean);
    case 'days':
      return value.split(/[;,\s]+/).filter(Boolean).map(readDay);
    case 'yes-no':
      return YES.includes(value.toLowerCase()) ? true : NO.includes(value.toLowerCase()) ? false : value;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'week':
      return value.toLowerCase() === 'last' ? -1 : /^-?\d+$/.test(value) ? Number(value) : value;
    case 'date': {
      // A UK spreadsheet saves dates as DD/MM/YYYY whatever was typed.
      const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
      return uk ? `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}` : value;
    }
    case 'time': {
      // Spreadsheets write 9:30 or 09:30:00 for a time typed as 09:30.
      const t = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value);
      return t ? `${t[1]!.padStart(2, '0')}:${t[2]}` : value;
    }
  }
}

export interface CsvEntry {
  /** The id column: the file name to use, when given. */
  id?: string;
  frontMatter: FrontMatter;
  body: string;
  /** For each session in the front matter, its group number in the sheet (session2_… may be the first filled in). */
  sessionGroups: number[];
}

/** Sets `schedules[1].opens_at` or `location.postcode` in a nested object, creating what is missing. */
function setAt(target: Record<string, unknown>, field: string, value: unknown) {
  const keys = field.split(/\.|\[(\d+)\]\.?/).filter(Boolean);
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
}

/**
 * One row (header name → cell) as an entry. The columns are in the schema's
 * field order, so the front matter comes out in the order a hand-written
 * entry has. Unknown columns are the caller's concern (see unknownColumns).
 */
export function fromCsvRecord(record: Readonly<Record<string, string | undefined>>): CsvEntry {
  const raw: Record<string, unknown> = {};
  for (const c of CSV_COLUMNS) {
    if (c.field !== 'id' && c.field !== 'body') setAt(raw, c.field, readCell(c.kind, record[c.name] ?? ''));
  }
  const groups = (raw.schedules as unknown[]).map((session, i) => (Object.keys(compact(session) as object).length ? i + 1 : 0));
  const id = readCell('text', record.id ?? '');
  return {
    ...(typeof id === 'string' ? { id } : {}),
    frontMatter: compact(raw),
    body: String(record.description ?? '').trim(),
    sessionGroups: groups.filter((g) => g > 0),
  };
}

/** Header cells that are not columns of the layout (a misspelling would otherwise lose that column silently). */
export function unknownColumns(header: readonly string[]): string[] {
  return header.filter((h) => !CSV_HEADER.includes(h));
}

/** The column a validator field path such as `schedules[0].opens_at` was read from, if there is one. */
export function columnFor(field: string, sessionGroups: readonly number[]): string | undefined {
  if (field === 'file') return 'id';
  if (field === 'body') return 'description';
  const session = /^schedules\[(\d+)\]\.(\w+)$/.exec(field);
  if (session) {
    const part = SESSION_PARTS.find((p) => p.field === session[2]);
    const group = sessionGroups[Number(session[1])];
    return part && group ? `session${group}_${part.part}` : undefined;
  }
  const column = CSV_COLUMNS.find((c) => c.field === field)?.name;
  // `categories[1]` is one value in the categories cell.
  return column ?? (/\[\d+\]$/.test(field) ? columnFor(field.replace(/\[\d+\]$/, ''), sessionGroups) : undefined);
}

// ---------- writing ----------

function writeCell(kind: Kind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (kind === 'yes-no') return value ? 'yes' : 'no';
  return String(value);
}

function at(data: unknown, field: string): unknown {
  return field.split(/\.|\[(\d+)\]\.?/).filter(Boolean).reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), data);
}

/** An entry as one row. Throws when it has more sessions than the layout has room for. */
export function toCsvRecord(entry: { id: string; data: Activity; body: string }): Record<string, string> {
  const sessions = entry.data.schedules?.length ?? 0;
  if (sessions > MAX_SESSIONS) throw new Error(`${entry.id} has ${sessions} sessions; the spreadsheet layout holds ${MAX_SESSIONS}.`);
  return Object.fromEntries(
    CSV_COLUMNS.map((c) => {
      if (c.field === 'id') return [c.name, entry.id];
      if (c.field === 'body') return [c.name, entry.body.trim()];
      // by_arrangement and online are written only when true, as a hand-written entry leaves them out.
      const value = at(entry.data, c.field);
      const onlyWhenTrue = c.field === 'by_arrangement' || c.field === 'location.online';
      return [c.name, onlyWhenTrue && value === false ? '' : writeCell(c.kind, value)];
    }),
  );
}
