/**
 * npm run review-due [-- --format text|csv|json|issues] [--today YYYY-MM-DD]
 *
 * Lists the entries whose details are older than the directory's review
 * period (review_after_months in content/directory.yaml), oldest first,
 * with contact details, so a coordinator can ring round and update them.
 * Ended activities are left out: there is nothing to chase.
 *
 * --format issues writes, as JSON, the review reminder for every entry that
 * will be flagged within review_notice_weeks (title, body, labels, marker):
 * .github/workflows/review-reminders.yml posts them.
 */
import { parseArgs } from 'node:util';
import { activitiesDir } from '../src/lib/content/content-dir.ts';
import { formatLongDate, todayInLondon } from '../src/lib/schedule/dates.ts';
import { contactLine, reviewDue } from '../src/lib/contributing/review-due.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { validateEntry } from '../src/lib/validation/validate.ts';
import { entryInput, entryPaths } from '../src/lib/validation/entry-files.ts';
import type { Activity } from '../src/schema/activity.ts';
import { dueForNotice, reviewIssue } from '../src/lib/contributing/review-issues.ts';
import { spreadsheetCsv } from '../src/lib/csv/spreadsheet.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, today: { type: 'string' } } });
const format = values.format;
if (!['text', 'csv', 'json', 'issues'].includes(format)) {
  console.error(`Unknown format "${format}". Use text, csv, json or issues.`);
  process.exit(2);
}
const today = values.today ?? todayInLondon();
const settings = loadSettings();
const dir = activitiesDir();

const loaded = entryPaths(dir).map((file) => validateEntry(entryInput(dir, file), { settings, today }));
const valid = loaded.flatMap((c) => (c.data ? [{ id: c.id, file: c.file, data: c.data as Activity }] : []));
const skipped = loaded.filter((c) => !c.data).map((c) => c.file);
const due = reviewDue(valid, today, settings);

if (format === 'issues') {
  console.log(JSON.stringify({ today, issues: dueForNotice(valid, today, settings).map((e) => reviewIssue(e, settings, today)), skipped }, null, 2));
} else if (format === 'json') {
  console.log(JSON.stringify({ today, review_after_months: settings.review_after_months, due: due.map((d) => ({ file: d.file, title: d.data.title, assured_date: d.data.assured_date, contact: d.data.contact, organisation: d.data.organisation.name })), skipped }, null, 2));
} else if (format === 'csv') {
  const header = ['last_checked', 'title', 'organisation', 'contact_name', 'phone', 'email', 'website', 'file'];
  process.stdout.write(spreadsheetCsv(header, due.map((d) => [d.data.assured_date, d.data.title, d.data.organisation.name, d.data.contact.name, d.data.contact.phone, d.data.contact.email, d.data.contact.website, d.file])));
} else {
  if (due.length === 0) {
    console.log(`Nothing is due for review: every entry was checked within the last ${settings.review_after_months} months.`);
  } else {
    console.log(`${due.length} ${due.length === 1 ? 'entry was' : 'entries were'} last checked more than ${settings.review_after_months} months ago (oldest first):\n`);
    for (const d of due) {
      console.log(`${d.data.title}\n  Last checked: ${formatLongDate(d.data.assured_date)}\n  Run by:       ${d.data.organisation.name}\n  Contact:      ${contactLine(d.data)}\n  File:         ${d.file}\n`);
    }
    console.log('When you have checked one, set its assured_date to the date you checked.');
  }
  if (skipped.length) console.log(`\n${skipped.length} ${skipped.length === 1 ? 'file has' : 'files have'} errors and could not be read: run npm run validate.`);
}
