/**
 * Reads one entry file into raw front-matter fields and a body, the way the
 * content layer's loader and the build's data-file writer both need it. The
 * schema is applied by the caller; when a file cannot be read or fails the
 * schema, the caller asks the validator (validation/entry-errors.ts) what is
 * wrong, so every problem is worded as `npm run validate` words it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { readEntryFile } from '../validation/entry-file.ts';
import { mayCutShort, parseYamlSource } from '../validation/yaml-source.ts';
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
  /** Why the YAML could not be read, in js-yaml's words and at its line: for the build to say should the validator find nothing. */
  unreadable?: { message: string; line: number; column: number };
  body: string;
  /** The comment at the top of the front matter, kept for "Update this activity". */
  headerComment?: string;
  /** Whether a value may be cut short at a "#", which js-yaml reads without a word: the validator says. */
  mayCutShort: boolean;
}

export function readEntrySource(dir: string, file: string, bytes = readFileSync(file)): EntrySource {
  const relative = path.relative(dir, file);
  const input: EntryInput = { file: path.relative(process.cwd(), file), relative, bytes };
  const entry = readEntryFile(input.file, bytes);
  const readable = !entry.problems.some((p) => p.severity === 'error') && entry.frontMatter !== undefined;
  const read = readable ? readFrontMatter(entry.frontMatter!, entry.frontMatterLine) : {};
  const headerComment = entry.frontMatter === undefined ? undefined : readHeaderComment(entry.frontMatter);
  const cut = entry.frontMatter !== undefined && mayCutShort(entry.frontMatter);
  return { id: entryId(relative), input, bytes, ...read, body: entry.body, ...(headerComment ? { headerComment } : {}), mayCutShort: cut };
}

/**
 * js-yaml reads front matter several times faster than the validator's
 * position-keeping parser, which matters at tens of thousands of entries;
 * only a file that fails is read again by the validator, to say where. Both
 * read YAML 1.2's core schema: js-yaml's default would also turn an unquoted
 * 2026-02-30 into a Date (1 March) that the validator, reading text, rejects.
 */
function readFrontMatter(text: string, firstLine: number): Pick<EntrySource, 'fields' | 'unreadable'> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
    return { unreadable: { message: reason, line: (mark?.line ?? 0) + firstLine, column: (mark?.column ?? 0) + 1 } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  return { fields: data as Record<string, unknown> };
}

/**
 * The fields as the validator's parser reads them. The two parsers differ at the edges of YAML
 * (js-yaml reads "-.5" as text, the validator as a number), and the validator's reading is the
 * rule: a file it passes must build.
 */
export function validatorFields(source: EntrySource): Record<string, unknown> | undefined {
  const entry = readEntryFile(source.input.file, source.bytes);
  if (entry.frontMatter === undefined) return undefined;
  const { data, errors } = parseYamlSource(entry.frontMatter, entry.frontMatterLine);
  return errors.length || data === null || typeof data !== 'object' || Array.isArray(data) ? undefined : data as Record<string, unknown>;
}

