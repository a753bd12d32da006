/**
 * The content layer's loader for activity entries. It reads the files the
 * way `npm run validate` does (same file listing, same front-matter split,
 * same ids), and an entry it cannot accept is reported with the validator's
 * own problems, so the build and the validator agree about what is wrong
 * with an entry and say it in the same words.
 *
 * Astro's glob() loader would also render every body through Astro's own
 * Markdown pipeline while syncing. The pages never use that rendering (bodies
 * go through src/lib/content/markdown.ts, which sanitises them), and it was the
 * largest part of syncing a big directory, so this loader keeps the raw body.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readEntrySource, validatorFields, type EntrySource } from './entry-source.ts';
import { entryId } from './entry-id.ts';
import { loadSettings } from './settings.ts';
import { buildDay } from './build-day.ts';
import { CODE_DIGEST_VARIABLE } from './page-key.ts';
import { listEntryFiles, misnamedEntryProblem, strayEntryFiles, strayEntryProblem } from '../validation/entry-files.ts';
import { entryErrors } from '../validation/entry-errors.ts';
import { fieldsBelowClose } from '../validation/body-checks.ts';
import { crossEntryProblems, dataProblems, fileNameProblems, validateEntry, type CheckedEntry, type EntryInput, type ValidateOptions } from '../validation/validate.ts';
import type { Activity } from '../../schema/activity.ts';
import { formatText, sortProblems } from '../validation/report.ts';
import type { Problem } from '../validation/problem.ts';

/** The key under which an entry's header comment is stored (read back in directory.ts). */
export const HEADER_COMMENT = 'headerComment';

export function activityFiles(dir: string): Loader {
  return {
    name: 'activity-files',
    load: async (context) => {
      await syncAll(dir, context);
      context.watcher?.add(dir);
      const resync = (changed: string) => {
        if (changed.startsWith(dir) && changed.endsWith('.md')) void syncAll(dir, context).catch((error: Error) => context.logger.error(error.message));
      };
      context.watcher?.on('change', resync).on('add', resync).on('unlink', resync);
    },
  };
}

/** The build's last word when the validator finds nothing wrong with a file js-yaml could not read. */
function unreadableProblem(source: EntrySource): Problem {
  const at = source.unreadable ?? { message: 'no fields could be read', line: 1, column: 1 };
  return {
    file: source.input.file, line: at.line, column: at.column, field: 'front matter', severity: 'error',
    message: `The front matter could not be read: ${at.message}.`,
    fix: 'Write each field as plain "name: value" text, and put a value in quotes if it starts with "!", "&", "*" or "@".',
  };
}

async function syncAll(dir: string, { store, parseData, generateDigest, config, logger }: LoaderContext): Promise<void> {
  const root = config.root.pathname;
  const seen = new Set<string>();
  // Every broken file is reported in one run, as the validator does.
  const failures: Problem[][] = [];
  const settings = loadSettings();
  const options = { settings, today: buildDay() };
  const problemsIn = (source: EntrySource) => entryErrors(source.input, options);
  // An entry is checked against the directory's settings (its area must be one of them), so a change
  // to them checks every entry again; so does a change to the code, which decides what is stored.
  const checkedAgainst = `${process.env[CODE_DIGEST_VARIABLE] ?? ''}\n${JSON.stringify(settings)}`;
  const files = listEntryFiles(dir);
  // Every entry the build accepts, stored now or before, for the checks across entries.
  const accepted: CheckedEntry[] = [];
  const inputs = new Map<string, EntryInput>();
  for (const file of files.entries) {
    const bytes = readFileSync(file);
    const relative = path.relative(dir, file);
    const id = entryId(relative);
    const shown = path.relative(process.cwd(), file);
    inputs.set(shown, { file: shown, relative, bytes });
    seen.add(id);
    // generateDigest hashes strings or objects; a file's bytes as latin1 keep every byte distinct.
    const digest = generateDigest(`${checkedAgainst}\n${bytes.toString('latin1')}`);
    // Unchanged since the last build: the store has it, read and checked, so it is not parsed again.
    const stored = store.get(id);
    if (stored?.digest === digest) {
      accepted.push({ file: shown, id, data: stored.data as Activity, problems: [] });
      continue;
    }
    const source = readEntrySource(dir, file, bytes);
    const parse = (fields: Record<string, unknown>) => parseData({ id: source.id, data: fields, filePath: file }) as Promise<Activity>;
    let data: Activity | undefined;
    let refused: unknown;
    try {
      if (source.fields) data = await parse(source.fields);
    } catch (error) {
      refused = error;
    }
    if (!data) {
      const problems = problemsIn(source);
      if (problems.length) {
        failures.push(problems);
        continue;
      }
      // The validator passes it, so its own reading of the YAML is what the build takes.
      const fields = validatorFields(source);
      try {
        if (fields) data = await parse(fields);
      } catch (error) {
        refused = error;
      }
      if (!data) {
        // The validator and the schema are the same rules; should they ever differ, Astro's words are better than none.
        failures.push([refused ? { file: source.input.file, line: 1, column: 1, field: 'front matter', severity: 'error', message: (refused as Error).message } : unreadableProblem(source)]);
        continue;
      }
    }
    // What the validator checks beyond the schema and would publish wrongly: a file name that is
    // no web address, a check date in the future. Worded and located by the validator itself.
    // Markup in a description is the validator's alone to refuse: the page removes it
    // (markdown.ts), so one group's pasted HTML cannot stop the whole directory's build.
    // js-yaml also cuts "Room #2" short at its "#" without a word; the validator says where.
    // A field written below the closing --- is no markup: the page would show "status: paused"
    // as text and the activity as running.
    const beyondSchema = [...fileNameProblems(shown, relative), ...dataProblems(shown, data, options, () => ({ line: 1, column: 1 }), 1)];
    if (beyondSchema.some((p) => p.severity === 'error') || fieldsBelowClose(source.body).length || (source.mayCutShort && problemsIn(source).some((p) => p.field !== 'body'))) {
      failures.push(problemsIn(source));
      continue;
    }
    // The store has no field of ours beside the schema's data; a rendering's metadata carries the comment.
    const rendered = source.headerComment ? { rendered: { html: '', metadata: { [HEADER_COMMENT]: source.headerComment } } } : {};
    store.set({ id: source.id, data, body: source.body, filePath: path.relative(root, file), digest, ...rendered });
    accepted.push({ file: shown, id, data, problems: [] });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const file of files.misnamed) failures.push([misnamedEntryProblem(path.relative(process.cwd(), file))]);
  for (const file of strayEntryFiles(path.dirname(dir), dir)) failures.push([strayEntryProblem(path.relative(process.cwd(), file), path.relative(process.cwd(), dir))]);
  failures.push(...acrossEntries(accepted, inputs, options));
  if (failures.length) {
    const count = failures.length === 1 ? 'An entry is' : `${failures.length} entries are`;
    // Printed as the validator words it: Astro renders an error's message as Markdown, so a fix
    // that says "**bold**" or "[link text](https://…)" lost the very syntax it shows.
    logger.error(`${count} not valid:\n\n${failures.map((problems) => sortProblems(problems).map(formatText).join('\n')).join('\n\n')}\n`);
    const error = new AstroError(`${count} not valid: each problem is listed above, with how to fix it.`, 'Fix each entry as described, then build again. npm run validate lists the same problems, and warnings too.');
    // Where in the loader it was thrown is no help to whoever wrote the entry.
    error.stack = '';
    throw error;
  }
}

/**
 * The validator's checks across entries (the same activity listed twice), one list of problems
 * per file. The files involved are read again by the validator so each problem is at the line
 * of its title, as `npm run validate` reports it.
 */
function acrossEntries(accepted: CheckedEntry[], inputs: Map<string, EntryInput>, options: ValidateOptions): Problem[][] {
  const found = crossEntryProblems(accepted);
  if (!found.length) return [];
  const involved = new Set(found.map((p) => p.file));
  const located = accepted.map((entry) => {
    const titleAt = involved.has(entry.file) ? validateEntry(inputs.get(entry.file)!, options).titleAt : undefined;
    return titleAt ? { ...entry, titleAt } : entry;
  });
  const byFile = Map.groupBy(crossEntryProblems(located), (p) => p.file);
  return [...byFile.values()];
}
