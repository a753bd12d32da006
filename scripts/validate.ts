/**
 * npm run validate [-- FILE ...] [--format text|github|json] [--today YYYY-MM-DD]
 *
 * Checks activity entries against the schema and each other, and the
 * need-words vocabulary (content/need-words.yaml) and the postcode centroid
 * file (content/postcodes.csv) when there are, and reports every problem at
 * once. Naming files checks only those. Exits 1 when there are errors (warnings alone
 * pass), 2 when the command itself is used wrongly.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { activitiesDir, contentDir, needWordsFile, placeFile } from '../src/lib/content/content-dir.ts';
import { checkPlaceFile } from '../src/lib/content/place-file.ts';
import { todayInLondon } from '../src/lib/schedule/dates.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { render, summarise, type Format } from '../src/lib/validation/report.ts';
import { crossEntryProblems, validateEntry, type CheckedEntry } from '../src/lib/validation/validate.ts';
import type { Problem } from '../src/lib/validation/problem.ts';
import { entryInput, listEntryFiles, misnamedEntryProblem, strayEntryFiles, strayEntryProblem } from '../src/lib/validation/entry-files.ts';
import { validateNeedWords } from '../src/lib/validation/need-words.ts';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run validate -- [FILE ...] [--format text|github|json] [--today YYYY-MM-DD]`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, today: { type: 'string' } },
  });
} catch (error) {
  usage((error as Error).message);
}
const format = args.values.format as Format;
if (!['text', 'github', 'json'].includes(format)) usage(`Unknown format "${format}".`);
const today = args.values.today ?? todayInLondon();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) usage(`--today must be YYYY-MM-DD, not "${today}".`);

let settings;
try {
  settings = loadSettings();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const dir = activitiesDir();
const listed = listEntryFiles(dir);
const all = listed.entries;
const named = args.positionals.map((p) => path.resolve(p));
for (const file of named) {
  let ok = false;
  try {
    ok = statSync(file).isFile();
  } catch {
    // reported below
  }
  if (!ok) usage(`No such file: ${path.relative(process.cwd(), file) || file}`);
}
const vocabulary = needWordsFile();
const checkVocabulary = named.length ? named.includes(vocabulary) : existsSync(vocabulary);
const places = placeFile();
const checkPlaces = named.length ? named.includes(places) : true;
const targets = (named.length ? named : all).filter((f) => f !== vocabulary && f !== places);
// Entries not named are still read, silently, so a new file is checked against them
// for duplicates. They come first, so a duplicate is reported on the named file.
const context = [...all.filter((f) => !targets.includes(f)), ...targets];

// A file named from outside the activities folder is checked as the entry it would be there.
const outside = (file: string) => path.relative(dir, file).startsWith('..');
const inputFor = (file: string) => (outside(file) ? { ...entryInput(dir, file), relative: path.basename(file) } : entryInput(dir, file));
const checked: CheckedEntry[] = context.map((file) => validateEntry(inputFor(file), { settings, today }));
const shown = new Set(targets.map((f) => path.relative(process.cwd(), f)));
const problems: Problem[] = [...checked.flatMap((c) => c.problems), ...crossEntryProblems(checked)].filter((p) => shown.has(p.file));
if (checkVocabulary) problems.push(...validateNeedWords(path.relative(process.cwd(), vocabulary), readFileSync(vocabulary)).problems);
const placeCheck = checkPlaces ? checkPlaceFile(places) : undefined;
if (placeCheck) problems.push(...placeCheck.problems);
// Only a whole-folder check looks for files the build would pass over; a named one is checked as an entry.
const misnamed = named.length ? [] : listed.misnamed;
problems.push(...misnamed.map((file) => misnamedEntryProblem(path.relative(process.cwd(), file))));
const stray = named.length ? [] : strayEntryFiles(contentDir(), dir);
const shownDir = path.relative(process.cwd(), dir) || dir;
problems.push(...[...stray, ...targets.filter(outside)].map((file) => strayEntryProblem(path.relative(process.cwd(), file), shownDir)));
const files = targets.length + misnamed.length + stray.length + (checkVocabulary ? 1 : 0) + (placeCheck ? 1 : 0);

console.log(render(problems, files, format));
process.exit(summarise(problems, files).errors > 0 ? 1 : 0);
