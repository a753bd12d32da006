/**
 * npm run confirm -- <entry id or file> [--date YYYY-MM-DD]
 * npm run confirm -- --issue-body "<text of a confirmation issue>"
 *
 * Records that an activity is still running with nothing changed: sets its
 * assured_date (today in the UK unless --date says otherwise) and changes
 * nothing else in the file. The "confirmed" issue workflow runs this; it
 * works the same on anyone's computer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { activitiesDir } from '../src/lib/content/content-dir.ts';
import { confirmEntryText, entryIdFromIssue } from '../src/lib/contributing/confirm.ts';
import { todayInLondon } from '../src/lib/schedule/dates.ts';

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { date: { type: 'string' }, 'issue-body': { type: 'string' } }, allowPositionals: true });
if (values['issue-body'] !== undefined) {
  const id = entryIdFromIssue(values['issue-body']);
  if (!id) fail('The issue does not name an entry: its "Entry id" should be the last part of the activity\'s web address.');
  positionals.splice(0, positionals.length, id);
}
if (positionals.length !== 1) fail('Name one entry, for example:  npm run confirm -- millbrook-tuesday-health-walk [--date 2026-03-14]');
const given = positionals[0]!;
const dir = activitiesDir();
// An id is looked up in the activities folder; anything else must be an entry file inside it.
const file = ENTRY_ID.test(given) ? path.join(dir, `${given}.md`) : path.resolve(given);
if (!ENTRY_ID.test(given) && (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file)) || !file.endsWith('.md'))) {
  fail(`"${given}" is neither an entry id (such as millbrook-tuesday-health-walk) nor a .md file in ${path.relative(process.cwd(), dir) || dir}.`);
}
const shown = path.relative(process.cwd(), file);
if (!existsSync(file)) fail(`There is no entry ${shown}. Check the id: it is the file's name without .md.`);

const today = todayInLondon();
const date = values.date ?? today;
if (date > today) fail(`--date ${date} is in the future: give the day the details were confirmed.`);

try {
  const before = readFileSync(file, 'utf8');
  const { text, previous } = confirmEntryText(before, date);
  if (text !== before) writeFileSync(file, text);
  console.log(previous === date ? `${shown} was already confirmed on ${date}.`
    : previous ? `${shown}: assured_date ${previous} → ${date}.` : `${shown}: assured_date ${date} added.`);
} catch (error) {
  fail(`${shown}: ${(error as Error).message}`);
}
