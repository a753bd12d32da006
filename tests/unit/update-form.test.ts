/**
 * "Update this activity" fills the form from the entry an activity page
 * embeds: the file the form then writes must be the same entry, for every
 * field of every entry the directory has.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntrySource } from '../../src/lib/content/entry-source.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { entryToMarkdown, readHeaderComment } from '../../src/lib/contributing/entry-markdown.ts';
import { entrySource, readEntrySource as readEmbedded } from '../../src/lib/contributing/entry-source-data.ts';
import { jsonForScript } from '../../src/lib/activity/structured-data.ts';
import { emptyForm, entryToForm, formToEntry } from '../../src/lib/contributing/submission.ts';
import { validateEntry } from '../../src/lib/validation/validate.ts';
import { entryPaths } from '../../src/lib/validation/entry-files.ts';
import { activitySchema, type Activity } from '../../src/schema/activity.ts';
import { todayInLondon } from '../../src/lib/schedule/dates.ts';
import { ROOT } from '../support/site.ts';

const CONTENT = path.join(ROOT, 'content');
const settings = loadSettings(path.join(CONTENT, 'directory.yaml'));
const schema = activitySchema({ areas: settings.areas.map((a) => a.id) });
const dir = path.join(CONTENT, 'activities');
const today = todayInLondon();

/** Validates a file's text exactly as npm run validate does. */
function check(id: string, text: string) {
  return validateEntry({ file: `${id}.md`, relative: `${id}.md`, bytes: Buffer.from(text) }, { settings, today });
}

describe('prefilling the form from an entry', () => {
  const files = entryPaths(dir);

  it('covers the whole directory', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s comes back as the same entry, through the validator', (_, file) => {
    const source = readEntrySource(dir, file);
    const original = schema.parse(source.fields) as Activity;
    const form = entryToForm(structuredClone(original), source.body);
    const text = entryToMarkdown(formToEntry(form), form.body);
    const checked = check(source.id, text);
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.data).toEqual(original);
    expect(text.split(/^---$/m)[2]!.trim()).toBe(source.body.trim());
  });

  it('a new entry still starts empty and running', () => {
    expect(formToEntry(emptyForm('2026-01-01'))).toMatchObject({ status: 'running', assured_date: '2026-01-01' });
    expect(formToEntry(emptyForm('2026-01-01'))).not.toHaveProperty('maintainers');
  });
});

describe('the note at the top of an entry file', () => {
  it('is read without its "#" and written back above the fields', () => {
    const frontMatter = '\n# Run by volunteers: ask Sam before changing the time.\n#\n#   Second line.\ntitle: Fixture Walk\n# not part of it\nsummary: x';
    const note = readHeaderComment(frontMatter);
    expect(note).toBe('Run by volunteers: ask Sam before changing the time.\n\n  Second line.');
    const text = entryToMarkdown({ title: 'Fixture Walk' }, 'Body.', note);
    expect(text).toBe('---\n# Run by volunteers: ask Sam before changing the time.\n#\n#   Second line.\n\ntitle: Fixture Walk\n---\nBody.\n');
    expect(readHeaderComment(text.split('---\n')[1]!)).toBe(note);
    expect(readHeaderComment('title: Fixture Walk\n# later')).toBeUndefined();
  });

  it('travels from every entry file, through its page’s embedded source, to the file the form writes', () => {
    for (const file of entryPaths(dir)) {
      const source = readEntrySource(dir, file);
      const embedded = readEmbedded({ querySelector: () => ({ textContent: jsonForScript(entrySource({ ...source, data: schema.parse(source.fields) })) }) } as never)!;
      const written = entryToMarkdown(formToEntry(entryToForm(embedded.data, embedded.body)), embedded.body, embedded.headerComment);
      expect(readEntrySource(dir, file, Buffer.from(written)).headerComment, file).toBe(source.headerComment);
      expect(source.headerComment, file).toBeTruthy();
    }
  });
});
