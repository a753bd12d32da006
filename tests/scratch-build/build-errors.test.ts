/**
 * A mistake in an entry must stop the real build, saying which file, which
 * field, and what to write instead: nothing half-built goes live.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { ROOT } from '../support/site.ts';
import { npmBuild as build } from '../support/npm-build.ts';

describe('npm run build with an invalid entry', () => {
  it('fails, naming every broken file, the field and the fix, in one run', () => {
    const dir = scratchDir('invalid-build', 'project');
    const valid = path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid');
    cpSync(valid, path.join(dir, 'content'), { recursive: true });
    const invalid = path.join(ROOT, 'tests', 'fixtures', 'validator', 'invalid', 'activities');
    for (const name of ['bad-postcode.md', 'yaml-syntax.md', 'not-utf8.md', 'misspelt-key.md', 'Saturday Swim.markdown']) {
      cpSync(path.join(invalid, name), path.join(dir, 'content', 'activities', name));
    }
    // A value outside a field's list, in an otherwise valid entry.
    const walk = readFileSync(path.join(valid, 'activities', 'fixture-walk.md'), 'utf8');
    expect(walk).toMatch(/^  method: drop-in$/m);
    writeFileSync(path.join(dir, 'content', 'activities', 'wrong-method.md'), walk.replace(/^  method: drop-in$/m, '  method: turn-up'));
    // Refused for its postcode, its markup listed too: the fix must keep the Markdown it shows.
    writeFileSync(path.join(dir, 'content', 'activities', 'markup-and-postcode.md'), walk.replace('title: Fixture Walk', 'title: Markup Walk').replace('postcode: AV4 2NB', 'postcode: AV4').replace('A friendly walk for everyone.', 'A <b>friendly</b> walk.'));
    // An entry beside the activities folder rather than in it.
    writeFileSync(path.join(dir, 'content', 'stray-walk.md'), walk.replace('title: Fixture Walk', 'title: Stray Walk'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('bad-postcode');
    expect(output).toContain('8 entries are not valid');
    expect(output).toContain('(Use Markdown instead: **bold**, *italic*, [link text](https://example.org), "- " for a list.)');
    // Nothing of where in the loader the error was raised.
    expect(output).not.toMatch(/Stack trace|loader\.ts/);
    expect(output).toMatch(/content\/stray-walk\.md:1:1 +file +This entry is outside the activities folder \(\S*content\/activities\), so it is not published\./);
    // Every problem in npm run validate's words: file:line:column, field, what is wrong, (how to fix it).
    expect(output).toMatch(/bad-postcode\.md:20:3 +location\.postcode +"AV4 2MB" is not a UK postcode\. +\(Write it like "LS1 4AP"\.\)/);
    expect(output).toMatch(/misspelt-key\.md:4:1 +sumary +Unknown field "sumary"\. +\(Did you mean "summary"\? Rename it: summary: A gentle walk/);
    expect(output).not.toMatch(/misspelt-key\.md:2:1 +summary +summary is missing\./);
    expect(output).toMatch(/wrong-method\.md:9:3 +how_to_join\.method +"turn-up" is not a way to join\. +\(Use one of `drop-in`, `book-ahead` or `referral`\.\)/);
    expect(output).not.toContain('Unrecognized key');
    // A file the YAML parser cannot read is named with its line, the same words as npm run validate uses.
    expect(output).toMatch(/yaml-syntax\.md:10:1 +front matter +This line is indented with 3 spaces/);
    expect(output).toMatch(/not-utf8\.md:3:11 +file +The file is not UTF-8 text: the character here, probably "é"/);
    // A file the build would otherwise pass over without a word.
    expect(output).toMatch(/Saturday Swim\.markdown:1:1 +file +"Saturday Swim\.markdown" is not read as an activity: only files whose names end in "\.md" are\. +\(Rename it "saturday-swim\.md"/);
  }, 120_000);
});

describe('npm run build with entries the schema alone would pass', () => {
  it('fails on what npm run validate calls an error, at the same place and in the same words, but builds past markup the page removes', () => {
    const dir = scratchDir('beyond-schema', 'project');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), path.join(dir, 'content'), { recursive: true });
    const activities = path.join(dir, 'content', 'activities');
    const walk = readFileSync(path.join(activities, 'fixture-walk.md'), 'utf8');
    const variant = (name: string, change: (text: string) => string) => {
      const text = change(walk);
      expect(text).not.toBe(walk);
      writeFileSync(path.join(activities, name), text);
    };
    const titled = (title: string) => (text: string) => text.replace('title: Fixture Walk', `title: ${title}`);
    variant('Third_Walk.md', titled('Third Walk'));
    variant('checked-in-future.md', (t) => titled('Future Walk')(t).replace('assured_date: 2026-10-01', 'assured_date: 2099-01-01'));
    // The validator refuses it; the build removes it from the page (tests/build/site.test.ts) and goes on.
    variant('script-in-body.md', (t) => titled('Script Walk')(t).replace('A friendly walk for everyone.', 'A friendly walk.\n\n<script>alert(1)</script>'));
    variant('impossible-date.md', (t) => titled('Leap Walk')(t).replace('assured_date: 2026-10-01', 'assured_date: 2026-02-30'));
    variant('tagged-title.md', titled('!custom Tagged Walk'));
    variant('control-character.md', titled('Control\u000bWalk'));
    // js-yaml reads the "#2" as a comment: the page would say only "Park gates".
    variant('room-number.md', (t) => titled('Room Walk')(t).replace('venue: Park gates', 'venue: Park gates #2'));
    // The page would show the pause as text, and the activity as running.
    variant('fields-below.md', (t) => titled('Paused Walk')(t).replace('A friendly walk for everyone.', 'A friendly walk for everyone.\n\nstatus: paused\npaused_until: 2027-01-10'));
    // The same activity at the same postcode as fixture-walk.md.
    variant('walk-copy.md', (t) => t.replace('A friendly walk for everyone.', 'The same walk again.'));
    // What js-yaml reads otherwise than the validator, which passes them, so the build must too:
    // "-.6012" is text to js-yaml, and a carriage return alone is a line break to it only.
    variant('short-longitude.md', (t) => titled('Short Longitude Walk')(t).replace('  postcode: AV4 2NB', '  postcode: AV4 2NB\n  latitude: 51.4\n  longitude: -.6012'));
    variant('old-mac-lines.md', (t) => titled('Old Mac Walk')(t).replace('\nassured_date:', '\rassured_date:'));

    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    const validated = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'validate.ts'), '--format', 'json'], {
      cwd: ROOT, env: { ...process.env, CONTENT_DIR: path.join(dir, 'content') }, encoding: 'utf8',
    });
    const validatorErrors = (JSON.parse(validated.stdout) as { problems: { file: string; line: number; column: number; field: string; severity: string; message: string }[] }).problems.filter((p) => p.severity === 'error');
    expect(new Set(validatorErrors.map((e) => path.basename(e.file)))).toEqual(
      new Set(['Third_Walk.md', 'checked-in-future.md', 'script-in-body.md', 'impossible-date.md', 'tagged-title.md', 'control-character.md', 'room-number.md', 'fields-below.md', 'walk-copy.md']),
    );
    const [inBody, blocking] = [validatorErrors.filter((e) => e.file.endsWith('script-in-body.md')), validatorErrors.filter((e) => !e.file.endsWith('script-in-body.md'))];
    for (const error of blocking) expect(output).toContain(`${error.file}:${error.line}:${error.column}  ${error.field}  ${error.message}`);
    expect(inBody.map((e) => e.field)).toEqual(['body']);
    expect(output).not.toContain('script-in-body.md');
    expect(output).not.toContain('short-longitude.md');
    expect(output).not.toContain('old-mac-lines.md');
    expect(output).toContain('8 entries are not valid');
  }, 120_000);
});

describe('npm run build with a bad postcode centroid file', () => {
  it('fails, giving the file, line and fix, and publishes no place table', () => {
    const dir = scratchDir('invalid-places', 'project');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), path.join(dir, 'content'), { recursive: true });
    writeFileSync(path.join(dir, 'content', 'postcodes.csv'), 'postcode,latitude,longitude\nAV4 2NB,53.7,-1.5\nAV4 2PL,-1.52,53.71\n');
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/postcodes\.csv:3:1 +latitude +latitude -1\.52 is outside the UK, which is between 49 and 61 degrees north\. +\(Positions are decimal degrees, latitude then longitude/);
    expect(existsSync(path.join(dir, 'dist', 'search', 'places.json'))).toBe(false);
  }, 120_000);
});

describe('npm run build after the settings change under unchanged entries', () => {
  it('checks every entry again: an area taken out of directory.yaml fails the entry still in it', () => {
    const dir = scratchDir('changed-settings', 'project');
    const content = path.join(dir, 'content');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), content, { recursive: true });
    expect(build(dir).status).toBe(0);
    const settingsFile = path.join(content, 'directory.yaml');
    const settings = readFileSync(settingsFile, 'utf8');
    expect(settings).toMatch(/^  - id: millbrook\n    label: Millbrook\n/m);
    writeFileSync(settingsFile, settings.replace(/^  - id: millbrook\n    label: Millbrook\n/m, ''));
    // The second build keeps the first one's content cache, as a contributor's does.
    const again = build(dir);
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/fixture-walk\.md:\d+:\d+ +location\.area +.*millbrook/);
  }, 180_000);
});
