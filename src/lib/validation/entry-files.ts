/**
 * Finding and reading entry files on disk, the same way for every
 * command-line tool (validate, review-due), so they agree on which files are
 * entries and on the names they show.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntryInput } from './validate.ts';
import type { Problem } from './problem.ts';
import { slugify } from '../content/slug.ts';

/**
 * A text file beside the entries whose name is nearly an entry's (Tuesday
 * walk.MD, tuesday-walk.markdown, tuesday-walk.md.txt): the build would
 * leave the activity out without a word, so both the build and the validator
 * report it. Other files (a photo, .gitkeep) are left alone.
 */
const NEARLY_AN_ENTRY = /\.(?:md|markdown|mdown|mkd|mdx|txt)$/i;

/**
 * The activities folder in one walk, as absolute paths in a stable order:
 * every `.md` file under it (the entries), and the files named nearly like one.
 * A directory without the folder has no entries yet: git keeps no empty
 * folder, so a new area's checkout has none until its first entry.
 */
export function listEntryFiles(dir: string): { entries: string[]; misnamed: string[] } {
  const entries: string[] = [];
  const misnamed: string[] = [];
  if (!existsSync(dir)) return { entries, misnamed };
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!d.isFile()) continue;
    if (d.name.endsWith('.md')) entries.push(path.join(d.parentPath, d.name));
    else if (!d.name.startsWith('.') && NEARLY_AN_ENTRY.test(d.name)) misnamed.push(path.join(d.parentPath, d.name));
  }
  return { entries: entries.sort(), misnamed: misnamed.sort() };
}

/**
 * Entry files outside the activities folder, elsewhere in the content
 * folder (content/tuesday-walk.md, content/activity/tuesday-walk.md): named
 * like an entry and starting with front matter, so a README is not one.
 * The build reads only the activities folder and would leave them out
 * without a word.
 */
export function strayEntryFiles(contentDir: string, activitiesDir: string): string[] {
  const stray: string[] = [];
  if (!existsSync(contentDir)) return stray;
  const inside = (file: string) => !path.relative(activitiesDir, file).startsWith('..');
  for (const d of readdirSync(contentDir, { withFileTypes: true, recursive: true })) {
    const file = path.join(d.parentPath, d.name);
    if (!d.isFile() || inside(file) || !NEARLY_AN_ENTRY.test(d.name) || path.relative(contentDir, file).split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (/^\uFEFF?\s*---/.test(readFileSync(file, 'utf8').slice(0, 200))) stray.push(file);
  }
  return stray.sort();
}

/** What is wrong with an entry outside the activities folder, both paths as the reader sees them. */
export function strayEntryProblem(shown: string, activitiesShown: string): Problem {
  return {
    file: shown, line: 1, column: 1, field: 'file', severity: 'error',
    message: `This entry is outside the activities folder (${activitiesShown}), so it is not published.`,
    fix: `Move it into ${activitiesShown}, or into a folder there named for its area.`,
  };
}

/** Every `.md` file under the activities folder, as absolute paths in a stable order. */
export function entryPaths(dir: string): string[] {
  return listEntryFiles(dir).entries;
}

/** The name to rename an entry's file to: "Knit & Natter.md" as "knit-and-natter.md" (how to, in words). */
export function renameEntryFile(name: string): string {
  // Only the endings a text file is saved with go: ".walk.md" is the walk, "notes.v2.md" notes v2.
  const stem = slugify(name.replace(/(?:\.(?:md|markdown|mdown|txt|text|docx?|rtf))+$/i, '')) || 'tuesday-walking-group';
  return `Rename it "${stem}.md" (lower-case letters, digits and hyphens, ending in .md)`;
}

export function misnamedEntryProblem(shown: string): Problem {
  const name = path.basename(shown);
  return {
    file: shown, line: 1, column: 1, field: 'file', severity: 'error',
    message: `"${name}" is not read as an activity: only files whose names end in ".md" are.`,
    fix: `${renameEntryFile(name)}, or move it out of the activities folder.`,
  };
}

/** One file as the validator takes it: shown relative to the working folder, identified relative to the activities folder. */
export function entryInput(dir: string, file: string): EntryInput {
  return { file: path.relative(process.cwd(), file), relative: path.relative(dir, file), bytes: readFileSync(file) };
}
