/**
 * Finding and reading entry files on disk, the same way for every
 * command-line tool (validate, review-due), so they agree on which files are
 * entries and on the names they show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntryInput } from './validate.ts';

/** Every `.md` file under the activities folder, as absolute paths in a stable order. */
export function entryPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** One file as the validator takes it: shown relative to the working folder, identified relative to the activities folder. */
export function entryInput(dir: string, file: string): EntryInput {
  return { file: path.relative(process.cwd(), file), relative: path.relative(dir, file), bytes: readFileSync(file) };
}
