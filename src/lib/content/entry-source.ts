/**
 * Reads one entry file into raw front-matter fields and a body, the way the
 * content layer's loader and the build's data-file writer both need it, with
 * every file-level and YAML problem described as `npm run validate` would.
 * The schema is applied by the caller.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { readEntryFile } from '../validation/entry-file.ts';
import { entryId, noFieldsProblem, yamlProblem } from '../validation/validate.ts';
import { parseYamlSource } from '../validation/yaml-source.ts';
import type { Problem } from '../validation/problem.ts';

export interface EntrySource {
  id: string;
  /** The path as shown to a contributor, relative to the working folder. */
  shown: string;
  bytes: Buffer;
  /** Front-matter fields before the schema; undefined when the file could not be read. */
  fields?: Record<string, unknown>;
  body: string;
  /** Errors only: warnings are for npm run validate. */
  errors: Problem[];
}

export function readEntrySource(dir: string, file: string, bytes = readFileSync(file)): EntrySource {
  const shown = path.relative(process.cwd(), file);
  const entry = readEntryFile(shown, bytes);
  const errors = entry.problems.filter((p) => p.severity === 'error');
  const fields = entry.frontMatter === undefined ? undefined : readFrontMatter(shown, entry.frontMatter, entry.frontMatterLine, errors);
  return { id: entryId(path.relative(dir, file)), shown, bytes, ...(errors.length || !fields ? {} : { fields }), body: entry.body, errors };
}

/**
 * js-yaml reads front matter several times faster than the validator's
 * position-keeping parser, which matters at tens of thousands of entries;
 * only a file that fails is parsed again to say on which line.
 */
function readFrontMatter(file: string, text: string, firstLine: number, errors: Problem[]): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    const located = parseYamlSource(text, firstLine).errors[0] ?? { message: (error as Error).message.split('\n')[0]!, line: firstLine, column: 1 };
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    errors.push(yamlProblem(file, located));
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    errors.push(noFieldsProblem(file, firstLine));
    return undefined;
  }
  return data as Record<string, unknown>;
}
