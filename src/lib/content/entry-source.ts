/**
 * Reads one entry file into raw front-matter fields and a body, the way the
 * content layer's loader and the build's data-file writer both need it. The
 * schema is applied by the caller; when a file cannot be read or fails the
 * schema, the caller asks the validator (validation/entry-errors.ts) what is
 * wrong, so every problem is worded as `npm run validate` words it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { readEntryFile } from '../validation/entry-file.ts';
import type { EntryInput } from '../validation/validate.ts';
import { entryId } from './entry-id.ts';
import { readHeaderComment } from '../contributing/entry-markdown.ts';

export interface EntrySource {
  id: string;
  /** The file as the validator takes it: shown relative to the working folder. */
  input: EntryInput;
  bytes: Buffer;
  /** Front-matter fields before the schema; undefined when the file or its YAML could not be read. */
  fields?: Record<string, unknown>;
  body: string;
  /** The comment at the top of the front matter, kept for "Update this activity". */
  headerComment?: string;
}

export function readEntrySource(dir: string, file: string, bytes = readFileSync(file)): EntrySource {
  const relative = path.relative(dir, file);
  const input: EntryInput = { file: path.relative(process.cwd(), file), relative, bytes };
  const entry = readEntryFile(input.file, bytes);
  const readable = !entry.problems.some((p) => p.severity === 'error') && entry.frontMatter !== undefined;
  const fields = readable ? readFrontMatter(entry.frontMatter!) : undefined;
  const headerComment = entry.frontMatter === undefined ? undefined : readHeaderComment(entry.frontMatter);
  return { id: entryId(relative), input, bytes, ...(fields ? { fields } : {}), body: entry.body, ...(headerComment ? { headerComment } : {}) };
}

/**
 * js-yaml reads front matter several times faster than the validator's
 * position-keeping parser, which matters at tens of thousands of entries;
 * only a file that fails is read again by the validator, to say where.
 */
function readFrontMatter(text: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = load(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return data as Record<string, unknown>;
}
