/**
 * Reads an entry file's bytes the way a volunteer's editor might have saved
 * them, and splits off the front matter. Everything that can go wrong at
 * this level (not UTF-8, a byte-order mark, Windows line endings, tabs, no
 * front matter, an empty or enormous file) becomes a Problem, never a throw.
 */
import type { Problem } from './problem.ts';
import { notUtf8 } from './encoding.ts';

/** An entry is a page of text; anything this big is a mistake (a pasted document, a binary). */
export const MAX_ENTRY_BYTES = 100_000;

/** How to close front matter that is not closed. */
export const CLOSE_FRONT_MATTER = 'Add a line with exactly --- after the last field, before the description.';

export interface EntryFile {
  /** The front matter's YAML text, or undefined when the file has none usable. */
  frontMatter?: string;
  /** Line number in the file of the front matter's first line. */
  frontMatterLine: number;
  /** The Markdown after the front matter. */
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
  problems: Problem[];
}

export function readEntryFile(file: string, bytes: Uint8Array): EntryFile {
  const problems: Problem[] = [];
  const result: EntryFile = { frontMatterLine: 2, body: '', bodyLine: 1, problems };
  const fileProblem = (severity: Problem['severity'], message: string, fix: string, line = 1, column = 1) =>
    problems.push({ file, line, column, field: 'file', severity, message, fix });

  if (bytes.length === 0) {
    fileProblem('error', 'The file is empty.', 'Copy an existing entry or run `npm run new -- "Activity name"` to start one.');
    return result;
  }
  if (bytes.length > MAX_ENTRY_BYTES) {
    const size = bytes.length >= 1_000_000 ? `${(bytes.length / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes.length / 1000)} KB`;
    fileProblem('error', `The file is ${size}; an entry must be under ${MAX_ENTRY_BYTES / 1000} KB.`, 'Keep the description to a few paragraphs, and check the right file was saved.');
    return result;
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = notUtf8(bytes)!;
    fileProblem('error', at.message, at.fix, at.line, at.column);
    return result;
  }
  if (text.includes('\u0000')) {
    fileProblem('error', 'The file contains binary data, not text.', 'Check that you saved the right file as plain text.');
    return result;
  }

  if (text.startsWith('\uFEFF')) {
    fileProblem('error', 'The file starts with an invisible byte-order mark.', 'Save it as "UTF-8" without BOM (in Notepad: Encoding "UTF-8", not "UTF-8 with BOM").');
    text = text.slice(1);
  }
  if (text.includes('\r\n')) {
    fileProblem('warning', 'The file uses Windows line endings.', 'It will still work; set your editor to "LF" line endings to keep changes small.');
    text = text.replace(/\r\n/g, '\n');
  }
  // A carriage return alone ends a line in most editors and in js-yaml, but not in the
  // validator's parser: read as the line break it shows as, so both see the same fields.
  if (text.includes('\r')) {
    fileProblem('warning', 'The file has line breaks written as a carriage return alone (old Mac line endings).', 'It will still work; set your editor to "LF" line endings.');
    text = text.replace(/\r/g, '\n');
  }

  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    fileProblem('error', 'The file does not start with front matter.', 'The first line must be exactly --- followed by the fields, then another --- line, as in the example entry.');
    return result;
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close === -1) {
    fileProblem('error', 'The front matter is never closed.', CLOSE_FRONT_MATTER, lines.length);
    return result;
  }

  const yamlLines = lines.slice(1, close);
  yamlLines.forEach((line, i) => {
    const tab = /^( *)\t/.exec(line);
    if (tab) {
      problems.push({
        file, line: i + 2, column: tab[1]!.length + 1, field: 'front matter', severity: 'error',
        message: 'This line is indented with a tab.', fix: 'Indent with spaces (two per level); YAML does not allow tabs.',
      });
    }
  });
  result.frontMatter = yamlLines.join('\n');
  result.body = lines.slice(close + 1).join('\n');
  result.bodyLine = close + 2;
  return result;
}
