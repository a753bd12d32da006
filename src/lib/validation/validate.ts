/**
 * Validates entry files: each one against the activity schema, then all of
 * them together (duplicates). Every problem in every file is collected, so
 * one run tells a contributor everything there is to fix.
 */
import { z } from 'astro/zod';
import { activitySchema, type Activity } from '../../schema/activity.ts';
import type { Settings } from '../../schema/settings.ts';
import { fieldPath, issueMessage } from './zod-issues.ts';
import { courseEndedOn, pauseIsOver } from '../content/status-on.ts';
import { freshnessOn } from '../content/freshness.ts';
import { checkBody } from './body-checks.ts';
import { readEntryFile } from './entry-file.ts';
import { splitMessage, type Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { entryId } from '../content/entry-id.ts';
import { NAME } from '../content/activity-url.ts';
import { sameActivityKey } from '../content/duplicates.ts';
import { fieldNameFixes, fieldNameFixWording, namedByFix, valueAt, withFieldNamesFixed, writtenPath, type FieldNameFix } from './field-names.ts';
import { entryFieldTree } from './entry-fields.ts';
import { clockRangeFromSpoken, isoFromUkDate } from './written-forms.ts';
import { renameEntryFile } from './entry-files.ts';
import { swappedCoordinates } from './coordinates.ts';

export interface EntryInput {
  /** Path as shown to the contributor, relative to the repository. */
  file: string;
  /** Path relative to the activities folder, which gives the entry's id. */
  relative: string;
  bytes: Uint8Array;
}

export interface CheckedEntry {
  file: string;
  id: string;
  data?: Activity;
  /** Where the title and postcode were written, for cross-entry problems. */
  titleAt?: { line: number; column: number };
  problems: Problem[];
}

export interface ValidateOptions {
  settings: Settings;
  /** Today's date, YYYY-MM-DD (fixed in tests). */
  today: string;
}

/** A YAML syntax error as a contributor reads it. */
function yamlProblem(file: string, error: YamlSource['errors'][number]): Problem {
  return {
    file, line: error.line, column: error.column, field: 'front matter', severity: 'error',
    message: error.explained ? error.message : `This line is not valid YAML: ${error.message.replace(/ at line \d+, column \d+:?$/, '')}.`,
    fix: error.fix ?? 'Check indentation (two spaces per level), that each field is "name: value", and put text containing ": " or "#" in quotes.',
  };
}

/** The top-level field a problem's field is under: "location" for "location.postcode", "schedules" for "schedules[0].byday". */
function topField(field: string): string {
  return field.split(/[.[]/)[0]!;
}

/** An unquoted value YAML cut short at a "#" (yaml-source.ts): the page would show only its start. */
function cutShortProblem(file: string, cut: YamlSource['cutShort'][number]): Problem {
  const whole = cut.value ? `${cut.value} #${cut.comment}` : `#${cut.comment}`;
  const quoted = whole.includes('"') ? `'${whole.replaceAll("'", "''")}'` : `"${whole}"`;
  return {
    file, line: cut.line, column: cut.column, field: fieldPath(cut.path), severity: 'error',
    message: cut.value
      ? `The text from "#" on is left out: YAML reads "#${cut.comment}" as a note, so the page would show only "${cut.value}".`
      : `The value is left out: it starts with "#", so YAML reads "#${cut.comment}" as a note and ${String(cut.path.at(-1))} as empty.`,
    fix: `Put the whole value in quotes: ${String(cut.path.at(-1))}: ${quoted}`,
  };
}

/** Front matter that parsed to something other than fields (empty, a list, a bare value). */
function noFieldsProblem(file: string, line: number): Problem {
  return {
    file, line, column: 1, field: 'front matter', severity: 'error',
    message: 'The front matter has no fields.', fix: 'Write one field per line, "name: value", as in the example entry.',
  };
}

/**
 * Issues another issue already answers: a session's closes_at "missing" when its opens_at
 * holds both times ("7pm-9pm"), whose message says where each goes.
 */
function answeredElsewhere(issue: z.core.$ZodIssue, data: unknown): boolean {
  const [last] = issue.path.slice(-1);
  if (last !== 'closes_at' || valueAt(data, issue.path) !== undefined) return false;
  const opens = valueAt(data, [...issue.path.slice(0, -1), 'opens_at']);
  return typeof opens === 'string' && clockRangeFromSpoken(opens) !== undefined;
}

/**
 * Schema issues as problems, each at the line where its field (or nearest parent) was written.
 * `data` is the front matter checked, for issues another one answers.
 */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[], locate: (p: readonly PropertyKey[]) => { line: number; column: number }, data?: unknown): Problem[] {
  // A value of the wrong type fails its field's other checks too (text where a list should be is
  // "longer than 3 items"); the type error alone says what is wrong.
  const mistyped = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => fieldPath(i.path)));
  const problems: Problem[] = [];
  // Latitude and longitude each in the other's place: one problem, not one for each.
  const swapped = new Set<string>();
  for (const issue of issues) {
    if (issue.path.at(-1) !== 'latitude') continue;
    const at = issue.path.slice(0, -1);
    const wording = swappedCoordinates(valueAt(data, [...at, 'latitude']), valueAt(data, [...at, 'longitude']));
    if (!wording || swapped.has(fieldPath(at))) continue;
    swapped.add(fieldPath(at));
    problems.push({ file, ...locate(issue.path), field: fieldPath(issue.path), severity: 'error', ...wording });
  }
  const coordinate = (issue: z.core.$ZodIssue) => ['latitude', 'longitude'].includes(String(issue.path.at(-1))) && swapped.has(fieldPath(issue.path.slice(0, -1)));
  const kept = issues.filter((issue) => (issue.code === 'invalid_type' || !mistyped.has(fieldPath(issue.path))) && !answeredElsewhere(issue, data) && !coordinate(issue));
  return [...problems, ...kept.map((issue) => {
    // Unknown keys are reported at the misspelt key itself, not its parent.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    const { line, column } = locate(path);
    return { file, line, column, field: fieldPath(path) || 'front matter', severity: 'error' as const, ...splitMessage(issueMessage(issue)) };
  })];
}

/** A file or folder name that cannot be part of a web address. */
export function fileNameProblems(file: string, relative: string): Problem[] {
  const problems: Problem[] = [];
  const folders = relative.split(/[\\/]/);
  const baseName = folders.pop() ?? relative;
  if (!(baseName.endsWith('.md') && NAME.test(baseName.slice(0, -3)))) {
    problems.push({
      file, line: 1, column: 1, field: 'file', severity: 'error',
      message: `The file name "${baseName}" cannot be used as a web address.`,
      fix: `${renameEntryFile(baseName)}.`,
    });
  }
  // A folder's name is part of the entry's web address (activities/kingsby/tuesday-walk/).
  for (const folder of new Set(folders.filter((f) => !NAME.test(f)))) {
    problems.push({
      file, line: 1, column: 1, field: 'file', severity: 'error',
      message: `The folder name "${folder}" cannot be used as a web address: it becomes part of this activity's.`,
      fix: 'Rename the folder with lower-case letters, digits and hyphens only, such as "kingsby", or move the file up into the activities folder.',
    });
  }
  return problems;
}

/** A check date after today: the details cannot have been checked then. */
function futureCheckDate(file: string, date: string, today: string, at: { line: number; column: number }): Problem {
  return {
    file, ...at, field: 'assured_date', severity: 'error',
    message: `assured_date ${date} is in the future.`,
    fix: `Use the date the details were last checked: today (${today}) or earlier.`,
  };
}

/**
 * A check date the schema refused for how it is written ("03/04/2027") whose reading is
 * also after today: said in the same run, as the corrected date would be refused next.
 */
function futureWrittenDate(file: string, source: YamlSource, today: string): Problem[] {
  const written = valueAt(source.data, ['assured_date']);
  const date = typeof written === 'string' ? isoFromUkDate(written) : undefined;
  return date && date !== written && date > today ? [futureCheckDate(file, date, today, source.locate(['assured_date']))] : [];
}

/**
 * What the schema cannot see in an entry's accepted data: a check date in the future (an
 * error), details not checked for a long time, a pause that is over, missing details (warnings).
 * `at` locates a field; `frontMatterLine` is where a missing field is reported.
 */
export function dataProblems(file: string, data: Activity, { settings, today }: ValidateOptions, at: (...path: PropertyKey[]) => { line: number; column: number }, frontMatterLine: number): Problem[] {
  const problems: Problem[] = [];
  if (data.assured_date > today) {
    problems.push(futureCheckDate(file, data.assured_date, today, at('assured_date')));
  } else {
    const fresh = freshnessOn(data.assured_date, today, settings);
    if (fresh !== 'current') {
      const months = fresh === 'possibly-closed' ? settings.delist_after_months : settings.review_after_months;
      problems.push({
        file, ...at('assured_date'), field: 'assured_date', severity: 'warning',
        message: `These details were last checked on ${data.assured_date}, over ${months} months ago${fresh === 'possibly-closed' ? ', so the entry is hidden from search as possibly closed' : ''}.`,
        fix: 'Check them with the organiser, then set assured_date to the date you checked.',
      });
    }
  }
  if (pauseIsOver(data, today)) {
    problems.push({
      file, ...at('paused_until'), field: 'paused_until', severity: 'warning',
      message: `The pause ended on ${data.paused_until}, so the site now shows this activity as running.`,
      fix: 'Set status: running and remove paused_until (and a status_note about the pause), or set a later paused_until if it has not started again.',
    });
  }
  const courseEnded = courseEndedOn(data, today);
  if (courseEnded !== undefined) {
    problems.push({
      file, ...at('schedules'), field: 'schedules', severity: 'warning',
      message: `Every session ended by ${courseEnded} (valid_to), so the site shows this activity as ended and leaves it out of search.`,
      fix: 'If it runs again, give the new dates in valid_from and valid_to; if not, set status: ended.',
    });
  }
  if (!data.accessibility && !data.location.online) {
    problems.push({
      file, line: frontMatterLine, column: 1, field: 'accessibility', severity: 'warning',
      message: 'No accessibility details.', fix: 'Add accessibility: features (such as step-free, accessible-toilet) so people know whether they can get in.',
    });
  }
  if (!data.eligibility) {
    problems.push({
      file, line: frontMatterLine, column: 1, field: 'eligibility', severity: 'warning',
      message: 'No details of who it is for.', fix: 'Add eligibility: audiences and any age range, even if it is [everyone].',
    });
  }
  return problems;
}

/** The body's problems (raw HTML, images, unsafe links, footnotes), at their lines in the file. */
export function bodyProblems(file: string, body: string, bodyLine: number): Problem[] {
  return checkBody(body).map((finding) => ({
    file, line: bodyLine + finding.line - 1, column: finding.column, field: 'body', severity: finding.severity ?? 'error',
    message: finding.message, fix: finding.fix,
  }));
}

/** A `time` field's value split into a start and a finish, when it can be ("7pm-9pm"). */
const splitTimes = (value: unknown) => (typeof value === 'string' ? clockRangeFromSpoken(value) : undefined);

/**
 * Problems for the fields written under a name the schema does not have but nearly
 * does (`catagory`, `Title`, `start_time`): one each, saying what to rename it to,
 * and the rest of the entry checked as it would be with them renamed, so their
 * values' own mistakes come in the same run and no "is missing" repeats the fix.
 */
function renamedFieldProblems(file: string, source: YamlSource, issues: readonly z.core.$ZodIssue[], schema: ReturnType<typeof activitySchema>): { problems: Problem[]; fixes: FieldNameFix[]; fixed?: Activity } | undefined {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? [{ path: i.path, keys: i.keys }] : []));
  const fixes = fieldNameFixes(unknown, entryFieldTree(), source.data);
  if (!fixes.length) return undefined;
  const data = withFieldNamesFixed(source.data, fixes, splitTimes);
  const again = schema.safeParse(data);
  const locate = (path: readonly PropertyKey[]) => source.locate(writtenPath(path, fixes));
  const problems = fixes.map((fix): Problem => {
    const written = source.written([...fix.at, fix.key]);
    return { file, ...source.locate([...fix.at, fix.key]), field: fieldPath([...fix.at, fix.key]), severity: 'error', ...fieldNameFixWording(fix, written, splitTimes(valueAt(source.data, [...fix.at, fix.key]))) };
  });
  if (again.success) return { problems, fixes, fixed: again.data };
  const left = again.error.issues.filter((i) => !(namedByFix(i.path, fixes) && valueAt(data, i.path) === undefined));
  return { problems: [...problems, ...schemaProblems(file, left, locate, data)], fixes };
}

/** The front matter's fields against the schema, then what the schema cannot see, into `checked`. */
function checkFields(checked: CheckedEntry, source: YamlSource, options: ValidateOptions, frontMatterLine: number): void {
  const { file, problems } = checked;
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    problems.push(noFieldsProblem(file, frontMatterLine));
    return;
  }
  const schema = activitySchema({ areas: options.settings.areas.map((a) => a.id) });
  const result = schema.safeParse(source.data);
  if (!result.success) {
    const renamed = renamedFieldProblems(file, source, result.error.issues, schema);
    problems.push(...(renamed?.problems ?? schemaProblems(file, result.error.issues, source.locate, source.data)));
    problems.push(...futureWrittenDate(file, source, options.today));
    // Renamed, the entry passes the schema: what the schema cannot see is said now too.
    if (renamed?.fixed) problems.push(...dataProblems(file, renamed.fixed, options, (...path) => source.locate(writtenPath(path, renamed.fixes)), frontMatterLine).filter((p) => p.severity === 'error'));
    return;
  }
  checked.data = result.data;
  checked.titleAt = source.locate(['title']);
  problems.push(...dataProblems(file, result.data, options, (...path) => source.locate(path), frontMatterLine));
}

export function validateEntry(input: EntryInput, { settings, today }: ValidateOptions): CheckedEntry {
  const { file } = input;
  const id = entryId(input.relative);
  const checked: CheckedEntry = { file, id, problems: [] };
  const problems = checked.problems;

  problems.push(...fileNameProblems(file, input.relative));

  const entry = readEntryFile(file, input.bytes);
  problems.push(...entry.problems);
  if (entry.frontMatter === undefined) return checked;

  const source = parseYamlSource(entry.frontMatter, entry.frontMatterLine);
  const tabLines = new Set(entry.problems.filter((p) => p.field === 'front matter').map((p) => p.line));
  problems.push(...source.errors.filter((e) => !tabLines.has(e.line)).map((e) => yamlProblem(file, e)));
  if (source.data !== undefined) {
    // The fields a syntax error is in are not checked: what the schema would say of them
    // ("title is missing") echoes the syntax error, which is reported.
    const checkedFrom = problems.length;
    checkFields(checked, source, { settings, today }, entry.frontMatterLine);
    // What the schema says of a mistake already explained is an echo of it: "title is missing" for a field a
    // syntax error set aside, or for a value read as empty because it starts with "#".
    const emptied = new Set(source.cutShort.filter((cut) => !cut.value).map((cut) => fieldPath(cut.path)));
    const echoes = (p: Problem) => source.setAside.has(topField(p.field)) || emptied.has(p.field);
    problems.push(...problems.splice(checkedFrom).filter((p) => !echoes(p)), ...source.cutShort.map((cut) => cutShortProblem(file, cut)));
    if (source.setAside.size) delete checked.data;
  }
  problems.push(...bodyProblems(file, entry.body, entry.bodyLine));
  return checked;
}

/** Problems only visible across entries: the same web address, or the same activity listed twice. */
export function crossEntryProblems(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file, line: 1, column: 1, field: 'file', severity: 'error',
        message: `This file has the same web address (/activities/${entry.id}/) as ${first.file}.`,
        fix: 'Rename one of them, or remove the duplicate.',
      });
    } else {
      byId.set(entry.id, entry);
    }
  }
  const byTitleAndPlace = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const key = entry.data && sameActivityKey(entry.data);
    if (!entry.data || key === undefined) continue;
    const first = byTitleAndPlace.get(key);
    if (first) {
      problems.push({
        file: entry.file, ...(entry.titleAt ?? { line: 1, column: 1 }), field: 'title', severity: 'error',
        message: `"${entry.data.title}" at ${entry.data.location.postcode} is already listed in ${first.file}.`,
        fix: 'Update that entry instead, or give this one a title that tells them apart.',
      });
    } else {
      byTitleAndPlace.set(key, entry);
    }
  }
  return problems;
}
