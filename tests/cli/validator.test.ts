/**
 * The validator against a corpus of broken entries (tests/fixtures/validator/invalid),
 * one per kind of mistake, through the real command-line script.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { ROOT } from '../support/site.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'validator');
const TODAY = '2026-11-24';

function validate(contentDir: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), '--today', TODAY, ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const invalid = validate(path.join(FIXTURES, 'invalid'), ['--format', 'json']);
const report = JSON.parse(invalid.stdout) as { summary: { errors: number; warnings: number; files: number }; problems: Problem[] };
const problemsIn = (name: string) =>
  report.problems
    .filter((p) => p.file === `tests/fixtures/validator/invalid/activities/${name}`)
    .map(({ line, column, field, severity, message, fix }) => ({ line, column, field, severity, message, fix }));

describe('validator on broken entries', () => {
  it('fails with exit code 1 and a summary, reporting every file', () => {
    expect(invalid.status).toBe(1);
    const files = readdirSync(path.join(FIXTURES, 'invalid', 'activities'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(20);
    expect(report.summary.files).toBe(files.length);
    expect(report.summary.errors).toBe(report.problems.filter((p) => p.severity === 'error').length);
  });

  it.each([
    ['misspelt-key.md', [
      // One problem, with its fix: not also "summary is missing".
      { line: 4, column: 1, field: 'sumary', severity: 'error', message: 'Unknown field "sumary".', fix: 'Did you mean "summary"? Rename it: summary: A gentle walk around the park, followed by tea.' },
    ]],
    ['misspelt-catagory.md', [
      // The value under the misspelt name is checked in the same run, where it was written.
      { line: 5, column: 1, field: 'catagory', severity: 'error', message: 'Unknown field "catagory".', fix: 'Did you mean "categories"? Rename it: categories: [Walking]' },
      { line: 5, column: 12, field: 'categories[0]', severity: 'error', message: '"Walking" is not a category.', fix: expect.stringMatching(/^Did you mean `walking`\?/) },
      { line: 15, column: 5, field: 'schedules[0].start_time', severity: 'error', message: 'Unknown field "start_time".', fix: 'Did you mean "opens_at"? Rename it: opens_at: "10:00"' },
      { line: 16, column: 5, field: 'schedules[0].End Time', severity: 'error', message: 'Unknown field "End Time".', fix: 'Did you mean "closes_at"? Rename it: closes_at: "11:00"' },
    ]],
    ['field-in-wrong-place.md', [
      // Not also "contact is missing".
      { line: 10, column: 1, field: 'Email', severity: 'error', message: 'Unknown field "Email".', fix: 'Did you mean "contact.email"? Move it under contact:, indented two spaces: email: walkers@example.org' },
    ]],
    ['swapped-coordinates.md', [
      // One problem for the two values, with both lines to write.
      { line: 22, column: 3, field: 'location.latitude', severity: 'error', message: 'latitude and longitude look swapped: -1.5389 is a longitude in the UK, and 53.7531 a latitude.', fix: 'Write latitude: 53.7531 and longitude: -1.5389.' },
    ]],
    ['time-range.md', [
      // Not also "closes_at is missing": the fix says where the finish goes.
      { line: 15, column: 5, field: 'schedules[0].opens_at', severity: 'error', message: 'opens_at is one time, but "7pm-9pm" is a start and a finish.', fix: 'Write opens_at: "19:00" and, on the next line, closes_at: "21:00".' },
    ]],
    ['bad-postcode.md', [
      { line: 20, column: 3, field: 'location.postcode', severity: 'error', message: '"AV4 2MB" is not a UK postcode.', fix: 'Write it like "LS1 4AP".' },
    ]],
    ['unknown-area.md', [
      { line: 21, column: 3, field: 'location.area', severity: 'error', message: '"atlantis" is not one of this directory\'s areas.', fix: 'Use one of `ashworth-town`, `millbrook` or `north-fenton` (the list is in content/directory.yaml).' },
    ]],
    ['future-review-date.md', [
      { line: 28, column: 1, field: 'assured_date', severity: 'error', message: 'assured_date 2027-01-01 is in the future.', fix: 'Use the date the details were last checked: today (2026-11-24) or earlier.' },
    ]],
    ['http-link.md', [
      { line: 8, column: 3, field: 'organisation.website', severity: 'error', message: '"http://walkers.example.org" is not a full web address.', fix: 'Write it starting with https://, for example https://example.org/walks' },
      { line: 33, column: 5, field: 'body', severity: 'error', message: 'The link "http://walkers.example.org" is not allowed.', fix: 'Links must start with https://, mailto: or tel:.' },
      { line: 33, column: 51, field: 'body', severity: 'error', message: 'The link "javascript:alert(1)" is not allowed.', fix: 'Links must start with https://, mailto: or tel:.' },
    ]],
    ['raw-html.md', [
      { line: 32, column: 1, field: 'body', severity: 'error', message: 'The description contains HTML (<script>alert(1)</script>), which is removed from the page.', fix: 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.' },
      { line: 34, column: 3, field: 'body', severity: 'error', message: 'The description contains HTML (<b onclick="x()">), which is removed from the page.', fix: 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.' },
      { line: 34, column: 24, field: 'body', severity: 'error', message: 'The description contains HTML (</b>), which is removed from the page.', fix: 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.' },
      { line: 36, column: 1, field: 'body', severity: 'error', message: 'The description contains an image, which is not shown.', fix: 'Remove it: images from other sites would let them track readers.' },
    ]],
    ['fields-below-close.md', [
      // Each field as it was written, not "Note: bring water", which is prose.
      { line: 34, column: 1, field: 'body', severity: 'error', message: '"status: paused" is below the closing --- of the fields, so it is read as description: the page shows it as text, not as status.', fix: 'Move the line above the closing ---, with the other fields.' },
      { line: 35, column: 1, field: 'body', severity: 'error', message: '"paused_until: 2027-01-10" is below the closing --- of the fields, so it is read as description: the page shows it as text, not as paused_until.', fix: 'Move the line above the closing ---, with the other fields.' },
    ]],
    ['text-beside-comment.md', [
      // Not the comment alone on its line below, a note for reviewers.
      { line: 32, column: 1, field: 'body', severity: 'error', message: 'The words "Tea is £1 and the group meets upstairs." are on the same line as an HTML comment (<!-- … -->), so the page leaves them out with the comment.', fix: 'Put the comment on a line of its own, or delete it.' },
    ]],
    ['user-name-in-address.md', [
      { line: 8, column: 3, field: 'organisation.website', severity: 'error', message: '"https://nhs.uk@evil.example/" sends people to evil.example, not nhs.uk: the part before "@" is a user name.', fix: "Write the address of the page people should open, with nothing between https:// and the site's name, for example https://example.org/walks" },
    ]],
    ['yaml-syntax.md', [
      // Indented three spaces: said at that line, not at the one above in the parser's words.
      { line: 10, column: 1, field: 'front matter', severity: 'error', message: 'This line is indented with 3 spaces, so it does not line up with the field above it.', fix: 'Indent with two ordinary spaces for each level, lined up with the field above: "  instructions: [unclosed"' },
    ]],
    ['apostrophe-in-quotes.md', [
      { line: 4, column: 10, field: 'front matter', severity: 'error', message: 'The quote around this value ends early: the apostrophe in "Pat\'s" closes the quote it starts with.', fix: 'Wrap it in double quotes instead: summary: "Pat\'s gentle walk around the park."' },
    ]],
    ['text-after-quote.md', [
      { line: 10, column: 17, field: 'front matter', severity: 'error', message: 'This value starts with a quote, so it ends where that quote closes, and "to the gates." is left over.', fix: 'Put the whole value in single quotes: instructions: \'"Just come along" to the gates.\'' },
    ]],
    ['duplicate-field.md', [
      { line: 19, column: 1, field: 'front matter', severity: 'error', message: 'venue is written twice here, on lines 18 and 19.', fix: 'Keep one: delete the line you do not want.' },
    ]],
    ['session-without-dash.md', [
      { line: 17, column: 1, field: 'front matter', severity: 'error', message: 'freq is written twice in one entry of the list, on lines 13 and 17: the entry from line 17 is missing its "- ".', fix: 'Each entry (each session) starts with "- ": put "- " before freq: on line 17, lined up with the "- " above.' },
    ]],
    ['non-breaking-indent.md', [
      // Not also "how_to_join is missing" or an unknown field "  method".
      { line: 9, column: 1, field: '\u00a0\u00a0method', severity: 'error', message: 'This line is indented with non-breaking spaces, which look like spaces but are not (they come from copying out of Word or a web page).', fix: 'Delete the spaces before "method:" and indent it with two ordinary spaces for each level.' },
    ]],
    ['unclosed-with-rule.md', [
      // The description's --- rule closed the front matter: said as the missing ---, at the last field.
      { line: 28, column: 1, field: 'front matter', severity: 'error', message: 'The front matter\'s closing --- is missing after the last field (line 28), so the description was read as fields.', fix: 'Add a line with exactly --- after the last field, before the description.' },
    ]],
    ['several-yaml-errors.md', [
      // Each value with an unquoted ": " is its own mistake, and the description is checked too.
      { line: 4, column: 10, field: 'front matter', severity: 'error', message: 'This line is not valid YAML: Nested mappings are not allowed in compact mappings.', fix: 'Check indentation (two spaces per level), that each field is "name: value", and put text containing ": " or "#" in quotes.' },
      { line: 7, column: 9, field: 'front matter', severity: 'error', message: 'This line is not valid YAML: Nested mappings are not allowed in compact mappings.', fix: 'Check indentation (two spaces per level), that each field is "name: value", and put text containing ": " or "#" in quotes.' },
      { line: 18, column: 10, field: 'front matter', severity: 'error', message: 'This line is not valid YAML: Nested mappings are not allowed in compact mappings.', fix: 'Check indentation (two spaces per level), that each field is "name: value", and put text containing ": " or "#" in quotes.' },
      { line: 30, column: 21, field: 'body', severity: 'error', message: 'The description contains HTML (<b>), which is removed from the page.', fix: 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.' },
      { line: 30, column: 32, field: 'body', severity: 'error', message: 'The description contains HTML (</b>), which is removed from the page.', fix: 'Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.' },
    ]],
    ['syntax-and-field-mistakes.md', [
      // Each syntax error in its own field, and the other fields checked in the same run: not
      // also "title is missing" or "how_to_join is missing" for the fields the errors are in.
      { line: 3, column: 8, field: 'front matter', severity: 'error', message: 'This value starts with a quote, so it ends where that quote closes, and "Riverside" Walk"" is left over.', fix: 'Put the whole value in single quotes: title: \'The "Riverside" Walk\'' },
      { line: 9, column: 3, field: 'front matter', severity: 'error', message: '"method drop-in" has no ":" after the field\'s name.', fix: 'Write it as method: drop-in' },
      { line: 21, column: 3, field: 'location.postcode', severity: 'error', message: '"AV4 2NBX" is not a UK postcode.', fix: expect.stringMatching(/^Write it like/) },
      { line: 30, column: 1, field: 'status', severity: 'error', message: '"runing" is not a status.', fix: expect.stringMatching(/^Did you mean `running`\?/) },
    ]],
    ['yaml-tag.md', [
      { line: 3, column: 16, field: 'front matter', severity: 'error', message: 'This line is not valid YAML: the value starts with !custom, a YAML tag.', fix: 'Remove !custom, or put the whole value in quotes if the text starts with "!".' },
    ]],
    ['hash-in-value.md', [
      { line: 10, column: 17, field: 'how_to_join.instructions', severity: 'error', message: 'The text from "#" on is left out: YAML reads "#3 at the "side" door" as a note, so the page would show only "Ring bell".', fix: `Put the whole value in quotes: instructions: 'Ring bell #3 at the "side" door'` },
      { line: 19, column: 10, field: 'location.venue', severity: 'error', message: 'The text from "#" on is left out: YAML reads "#2" as a note, so the page would show only "Park gates".', fix: 'Put the whole value in quotes: venue: "Park gates #2"' },
      // All of the value is a note: said as that, not as "directions is missing".
      { line: 23, column: 3, field: 'location.directions', severity: 'error', message: 'The value is left out: it starts with "#", so YAML reads "#4 on the map by the gate" as a note and directions as empty.', fix: 'Put the whole value in quotes: directions: "#4 on the map by the gate"' },
    ]],
    ['link-without-https.md', [
      { line: 32, column: 5, field: 'body', severity: 'error', message: 'The link "www.walkers.example.org" needs "https://" at the start.', fix: "Write it as https://www.walkers.example.org, which is where the page's link goes until then." },
      { line: 32, column: 47, field: 'body', severity: 'error', message: 'The link "pat@walkers.example.org" needs "mailto:" at the start.', fix: "Write it as mailto:pat@walkers.example.org, which is where the page's link goes until then." },
      { line: 34, column: 1, field: 'body', severity: 'error', message: 'The link "//photos.example.com/walks" needs "https://" at the start.', fix: "Write it as https://photos.example.com/walks, which is where the page's link goes until then." },
      { line: 34, column: 42, field: 'body', severity: 'error', message: 'The link "poster.pdf" is not a web address, email address or phone number, so the page shows its words without a link.', fix: 'Give the full web address, starting with https://, or remove the link.' },
    ]],
    ['control-character.md', [
      { line: 3, column: 1, field: 'title', severity: 'error', message: 'title contains an invisible control character.', fix: 'Delete it and type the text again.' },
      { line: 30, column: 16, field: 'body', severity: 'error', message: 'The description has an invisible control character (U+000C) here.', fix: 'Delete it: retype the text around it, or paste it again as plain text. Such characters come from copying out of a word processor or a PDF, and pages cannot show them.' },
    ]],
    ['no-front-matter.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'The file does not start with front matter.', fix: 'The first line must be exactly --- followed by the fields, then another --- line, as in the example entry.' },
    ]],
    ['tabs.md', [
      { line: 9, column: 1, field: 'front matter', severity: 'error', message: 'This line is indented with a tab.', fix: 'Indent with spaces (two per level); YAML does not allow tabs.' },
    ]],
    ['empty.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'The file is empty.', fix: 'Copy an existing entry or run `npm run new -- "Activity name"` to start one.' },
    ]],
    ['byte-order-mark.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'The file starts with an invisible byte-order mark.', fix: 'Save it as "UTF-8" without BOM (in Notepad: Encoding "UTF-8", not "UTF-8 with BOM").' },
    ]],
    ['windows-line-endings.md', [
      { line: 1, column: 1, field: 'file', severity: 'warning', message: 'The file uses Windows line endings.', fix: 'It will still work; set your editor to "LF" line endings to keep changes small.' },
    ]],
    ['not-utf8.md', [
      // At the "é" of "Café", saved as Windows-1252 does.
      { line: 3, column: 11, field: 'file', severity: 'error', message: 'The file is not UTF-8 text: the character here, probably "é", was saved in another encoding.', fix: 'Save the file as "UTF-8" in your editor (in Notepad: File, Save as, Encoding: UTF-8), then check that "é" still shows here.' },
    ]],
    ['the-original-walk.md', [
      { line: 3, column: 1, field: 'title', severity: 'error', message: '"Fixture Walk" at AV4 2NB is already listed in tests/fixtures/validator/invalid/activities/same-title-same-postcode.md.', fix: 'Update that entry instead, or give this one a title that tells them apart.' },
    ]],
    ['duplicate-id.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'This file has the same web address (/activities/duplicate-id/) as tests/fixtures/validator/invalid/activities/Duplicate-ID.md.', fix: 'Rename one of them, or remove the duplicate.' },
    ]],
    ['Duplicate-ID.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'The file name "Duplicate-ID.md" cannot be used as a web address.', fix: 'Rename it "duplicate-id.md" (lower-case letters, digits and hyphens, ending in .md).' },
    ]],
    ['Knit & Natter.md', [
      { line: 1, column: 1, field: 'file', severity: 'error', message: 'The file name "Knit & Natter.md" cannot be used as a web address.', fix: 'Rename it "knit-and-natter.md" (lower-case letters, digits and hyphens, ending in .md).' },
    ]],
    ['future-written-date.md', [
      // The date as it should be written is also after today: both said in one run.
      { line: 28, column: 1, field: 'assured_date', severity: 'error', message: 'assured_date must be written as YYYY-MM-DD.', fix: 'Write 03/04/2027 as 2027-04-03.' },
      { line: 28, column: 1, field: 'assured_date', severity: 'error', message: 'assured_date 2027-04-03 is in the future.', fix: 'Use the date the details were last checked: today (2026-11-24) or earlier.' },
    ]],
    ['same-title-same-postcode.md', []],
    ['no-brackets.md', [
      // Text where a list should be, said once: not also "more than 3 categories" for its 28 letters.
      {
        line: 5, column: 1, field: 'categories', severity: 'error',
        message: 'categories must be a list in square brackets.', fix: 'Write [walking, social, arts, music].',
      },
    ]],
    ['Saturday Swim.markdown', [
      {
        line: 1, column: 1, field: 'file', severity: 'error',
        message: '"Saturday Swim.markdown" is not read as an activity: only files whose names end in ".md" are.',
        fix: 'Rename it "saturday-swim.md" (lower-case letters, digits and hyphens, ending in .md), or move it out of the activities folder.',
      },
    ]],
    ['Millbrook Walks/folder-walk.md', [
      {
        line: 1, column: 1, field: 'file', severity: 'error',
        message: 'The folder name "Millbrook Walks" cannot be used as a web address: it becomes part of this activity\'s.',
        fix: 'Rename the folder with lower-case letters, digits and hyphens only, such as "kingsby", or move the file up into the activities folder.',
      },
    ]],
  ])('%s: reports the exact field, line and message', (file, expected) => {
    expect(problemsIn(file)).toEqual(expected);
  });

  it('reports every problem in a file with several, not just the first', () => {
    expect(problemsIn('several-problems.md').map((p) => `${p.line} ${p.field}`)).toEqual([
      '3 title', '5 categories[1]', '11 contact.phone', '20 location.postcode',
    ]);
  });

  it('shows the control characters an entry quotes as codes, so escape sequences cannot repaint the report', () => {
    const text = validate(path.join(FIXTURES, 'invalid'), ['--format', 'text', 'tests/fixtures/validator/invalid/activities/escape-codes.md']);
    const github = validate(path.join(FIXTURES, 'invalid'), ['--format', 'github', 'tests/fixtures/validator/invalid/activities/escape-codes.md']);
    for (const out of [text.stdout, github.stdout]) expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(text.stdout).toContain('"<U+001B>[2K<U+000D><U+001B>[32mno errors<U+001B>[8m" is not a UK postcode');
    // GitHub's own escape for a carriage return, as in any annotation.
    expect(github.stdout).toContain('"<U+001B>[2K%0D<U+001B>[32mno errors<U+001B>[8m" is not a UK postcode');
    expect(text.stdout.trim().split('\n').at(-1)).toBe('✖ 1 file checked: 1 error in 1 file.');
  });

  it('prints file:line:column  field  message  (fix) as text, and GitHub annotations', () => {
    const text = validate(path.join(FIXTURES, 'invalid'), ['tests/fixtures/validator/invalid/activities/bad-postcode.md']);
    expect(text.status).toBe(1);
    expect(text.stdout.trim().split('\n')).toEqual([
      'tests/fixtures/validator/invalid/activities/bad-postcode.md:20:3  location.postcode  "AV4 2MB" is not a UK postcode.  (Write it like "LS1 4AP".)',
      '✖ 1 file checked: 1 error in 1 file.',
    ]);
    const github = validate(path.join(FIXTURES, 'invalid'), ['--format', 'github', 'tests/fixtures/validator/invalid/activities/unknown-area.md']);
    expect(github.stdout.split('\n')[0]).toBe(
      '::error file=tests/fixtures/validator/invalid/activities/unknown-area.md,line=21,col=3,title=location.area::"atlantis" is not one of this directory\'s areas. Use one of `ashworth-town`, `millbrook` or `north-fenton` (the list is in content/directory.yaml).',
    );
  });

  it('checks a named new file against the existing entries for duplicates', () => {
    const out = validate(path.join(FIXTURES, 'invalid'), ['tests/fixtures/validator/invalid/activities/the-original-walk.md']);
    expect(out.stdout).toContain('is already listed in tests/fixtures/validator/invalid/activities/same-title-same-postcode.md');
    expect(out.stdout).not.toContain('bad-postcode.md');
  });

  it('reports an entry put outside the activities folder, which would not be published, but not a README', () => {
    const dir = scratchDir('validator');
    cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
    const walk = readFileSync(path.join(FIXTURES, 'valid', 'activities', 'fixture-walk.md'), 'utf8');
    mkdirSync(path.join(dir, 'activity'));
    writeFileSync(path.join(dir, 'activity', 'other-walk.md'), walk.replace('title: Fixture Walk', 'title: Other Walk'));
    writeFileSync(path.join(dir, 'README.md'), '# What this folder holds\n');
    const shown = (...parts: string[]) => path.relative(ROOT, path.join(dir, ...parts));
    const expected = `${shown('activity', 'other-walk.md')}:1:1  file  This entry is outside the activities folder (${shown('activities')}), so it is not published.  (Move it into ${shown('activities')}, or into a folder there named for its area.)`;
    const whole = validate(dir);
    expect(whole.status).toBe(1);
    expect(whole.stdout.trim().split('\n')).toEqual([expected, '✖ 3 files checked: 1 error in 1 file.']);
    // Named, it is checked as the entry it would be, without a word about a folder called "..".
    const named = validate(dir, [shown('activity', 'other-walk.md')]);
    expect(named.stdout.trim().split('\n')).toEqual([expected, '✖ 1 file checked: 1 error in 1 file.']);
  });

  it('rejects a 5 MB file with a message, not a crash', () => {
    const dir = scratchDir('validator');
    cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'activities', 'huge.md'), `---\ntitle: Huge\n---\n${'word '.repeat(1_000_000)}`);
    const out = validate(dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(`${path.relative(ROOT, path.join(dir, 'activities', 'huge.md'))}:1:1  file  The file is 5.0 MB; an entry must be under 100 KB.`);
  });

  it('says how to use it when given a file that does not exist, exiting 2', () => {
    const out = validate(path.join(FIXTURES, 'valid'), ['no-such-file.md']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('No such file: no-such-file.md');
  });
});

describe('validator on valid entries', () => {
  it('prints only the summary and exits 0', () => {
    const out = validate(path.join(FIXTURES, 'valid'));
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('✔ 2 files checked: no errors.\n');
  });

  it('passes the sample directory with warnings only', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), '--today', TODAY, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const summary = JSON.parse(out).summary;
    expect(summary.errors).toBe(0);
    expect(summary.files).toBeGreaterThanOrEqual(40);
  });
});
