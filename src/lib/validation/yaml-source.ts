/**
 * Parses front matter with positions kept, so a problem found by the schema
 * at a path like `schedules[0].opens_at` can be reported at the line and
 * column where that key (or the nearest parent that exists) was written.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';
import { explainYamlError } from './yaml-errors.ts';

export interface Located {
  line: number;
  column: number;
}

export interface YamlSource {
  data: unknown;
  /**
   * Syntax errors, and values with a tag; `fix` when there is more to say than the general advice.
   * `oneLine` when the mistake is within its own line (a value with an unquoted ": ", a tag), so
   * it is not an echo of an earlier one.
   */
  errors: { message: string; line: number; column: number; fix?: string; oneLine?: boolean; explained?: boolean }[];
  locate: (path: readonly PropertyKey[]) => Located;
  /** The value at `path` as it was written, when it is on one line (for a fix that repeats it). */
  written: (path: readonly PropertyKey[]) => string | undefined;
  /**
   * Unquoted values with a "#" straight after a space ("Room #2"): YAML reads the rest of the
   * line as a comment, so the page would show the value cut short. A comment written "# like
   * this", as the new-entry template writes its notes, is not one of these.
   */
  cutShort: (Located & { path: (string | number)[]; value: string; comment: string })[];
  /**
   * The top-level fields left out of `data` because of the syntax errors in them: the rest is
   * read and checked in the same run. `data` is undefined when the rest could not be read.
   */
  setAside: ReadonlySet<string>;
}

/** Whether front matter may hold a value cut short at a "#" (`cutShort`): a quick test before parsing it to see. */
export function mayCutShort(frontMatter: string): boolean {
  return /\S[ \t]+#[^\s#]/.test(frontMatter);
}

/** The key path of a pair, from the nodes `visit` passes on the way to it. */
function pairPath(ancestors: readonly unknown[], key: string): (string | number)[] {
  const out: (string | number)[] = [];
  ancestors.forEach((node, i) => {
    if (isPair(node) && isScalar(node.key)) out.push(String(node.key.value));
    else if (isSeq(node)) out.push(node.items.indexOf(ancestors[i + 1] as never));
  });
  return [...out, key];
}

type SyntaxError = YamlSource['errors'][number] & { code: string; offset: number };

/** The syntax errors in some front matter, in a volunteer's words where there are better ones. */
function readSyntax(text: string, firstLine: number): { doc: Document; counter: LineCounter; errors: SyntaxError[] } {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Located => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const lines = text.split('\n');
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const fileLine = (line: number) => line + firstLine - 1;
  const explainedAt = new Set<number>();
  const all = doc.errors.map((e): SyntaxError => {
    const { line, col } = counter.linePos(e.pos[0]);
    // The mistakes volunteers make most, said in their words, at the line to change.
    const explained = explainYamlError({ code: e.code, line, column: col, offset: e.pos[0] }, lines, doc, lineOf, fileLine);
    const oneLine = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? { oneLine: true } : {};
    if (explained) explainedAt.add(e.pos[0]);
    if (explained) return { message: explained.message, fix: explained.fix, line: fileLine(explained.line), column: explained.column, explained: true, ...oneLine, code: e.code, offset: e.pos[0] };
    return { message: e.message.split('\n')[0]!, ...at(e.pos[0]), ...oneLine, code: e.code, offset: e.pos[0] };
  });
  // The parser's other words for a mistake explained (an implicit key on two lines, for a line indented wrongly).
  const errors = all.filter((e) => e.explained || !explainedAt.has(e.offset));
  // A tag ("!custom", "!!binary") makes the parser build something other than text, or skip the
  // value with only a warning; the build's faster parser refuses it. Entries never need one.
  visit(doc, {
    Node(_, node) {
      if (!node.tag) return;
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      const offset = node.range?.[0] ?? 0;
      errors.push({
        message: `the value starts with ${tag}, a YAML tag`,
        fix: `Remove ${tag}, or put the whole value in quotes if the text starts with "!".`,
        oneLine: true,
        ...at(offset),
        code: 'TAG',
        offset,
      });
    },
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { doc, counter, errors };
}

/**
 * The lines (0-based, inclusive) of the top-level field an error at `offset` is in: the pair
 * whose value runs over it (a quote left open swallows the fields after it) and the lines
 * indented under the field's own line.
 */
function fieldLines(doc: Document, counter: LineCounter, lines: readonly string[], offset: number): [number, number] {
  const lineAt = (o: number) => counter.linePos(o).line - 1;
  const errorLine = Math.min(lineAt(offset), lines.length - 1);
  const topLevel = (i: number) => /^[^\s#]/.test(lines[i] ?? '');
  let first = errorLine;
  while (first > 0 && !topLevel(first)) first--;
  let last = errorLine;
  while (last + 1 < lines.length && !topLevel(last + 1)) last++;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const start = (pair.key as Node | null)?.range?.[0];
      const end = (pair.value as Node | null)?.range?.[2] ?? (pair.key as Node | null)?.range?.[2];
      if (start === undefined || end === undefined || offset < start || offset > end) continue;
      first = Math.min(first, lineAt(start));
      last = Math.max(last, Math.min(lineAt(Math.max(start, end - 1)), lines.length - 1));
    }
  }
  return [first, last];
}

/** The top-level field names written on some lines ("location" also when its ":" is missing). */
function fieldNamesOn(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const name = /^([^\s#:'"-][^:]*?)\s*:(\s|$)/.exec(line)?.[1] ?? /^([A-Za-z_][\w-]*)/.exec(line)?.[1];
    return name ? [name] : [];
  });
}

/**
 * Reads front matter with syntax errors as far as it can, so one run reports every mistake
 * rather than the first: the field an error is in is set aside (its lines blanked, so lines
 * keep their numbers) and the rest read again, until it reads. An error still there once the
 * fields before it are set aside is a mistake of its own; one that went with them was an echo.
 */
function setAsideBroken(text: string, firstLine: number, original: ReturnType<typeof readSyntax>): {
  errors: SyntaxError[];
  readable?: { text: string; reading: ReturnType<typeof readSyntax>; setAside: Set<string> };
} {
  const key = (e: SyntaxError, { counter }: ReturnType<typeof readSyntax>) => {
    const { line, col } = counter.linePos(e.offset);
    return `${e.code}@${line}:${col}`;
  };
  const before = new Set(original.errors.map((e) => key(e, original)));
  // Within a line, a mistake is its own (three values with an unquoted ": ") wherever it is.
  const errors = original.errors.filter((e, i) => i === 0 || e.oneLine);
  const setAside = new Set<string>();
  let lines = text.split('\n');
  let reading = original;
  for (let round = 0; reading.errors.length; round++) {
    const error = reading.errors[0]!;
    if (round > 0 && before.has(key(error, reading))) errors.push(error);
    const [first, last] = fieldLines(reading.doc, reading.counter, lines, error.offset);
    const blanked = lines.map((line, i) => (i >= first && i <= last ? '' : line));
    if (blanked.every((line, i) => line === lines[i])) return { errors: unique(errors) };
    for (const name of fieldNamesOn(lines.slice(first, last + 1))) setAside.add(name);
    lines = blanked;
    reading = readSyntax(lines.join('\n'), firstLine);
  }
  return { errors: unique(errors), readable: { text: lines.join('\n'), reading, setAside } };
}

/** One error a line, in line order. */
function unique(errors: SyntaxError[]): SyntaxError[] {
  const seen = new Set<number>();
  return errors.sort((a, b) => a.line - b.line || a.column - b.column).filter((e) => !seen.has(e.line) && seen.add(e.line));
}

export function parseYamlSource(text: string, firstLine: number): YamlSource {
  const original = readSyntax(text, firstLine);
  const recovered = original.errors.length ? setAsideBroken(text, firstLine, original) : undefined;
  const read = recovered ? recovered.readable : { text, reading: original, setAside: new Set<string>() };
  const errors: YamlSource['errors'] = (recovered?.errors ?? []).map(({ code: _, offset: __, ...e }) => e);
  if (!read) return { data: undefined, errors, locate: () => ({ line: firstLine, column: 1 }), written: () => undefined, cutShort: [], setAside: new Set() };
  const { doc, counter } = read.reading;
  text = read.text;
  const at = (offset: number): Located => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  const cutShort: YamlSource['cutShort'] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const value = pair.value;
      // "directions: #2 by the gate": all of the value is read as a note, and the field as empty.
      if (isScalar(pair.key) && pair.key.range && (value === null || (isScalar(value) && value.value === null))) {
        const note = /^[ \t]*:[ \t]+#([^\s#][^\n]*)/.exec(text.slice(pair.key.range[1]));
        if (note) cutShort.push({ path: pairPath(ancestors, String(pair.key.value)), value: '', comment: note[1]!.trimEnd(), ...at(pair.key.range[0]) });
        return;
      }
      if (!isScalar(value) || value.type !== Scalar.PLAIN || typeof value.value !== 'string' || !value.value || !value.range || !isScalar(pair.key)) return;
      const after = text.slice(value.range[1], value.range[2]);
      if (!/^[ \t]+#[^\s#]/.test(after)) return;
      cutShort.push({ path: pairPath(ancestors, String(pair.key.value)), value: value.value, comment: after.trim().slice(1), ...at(value.range[0]) });
    },
  });

  /** The nearest node to `path` that was written, where it starts, and whether all of the path was found. */
  const find = (path: readonly PropertyKey[]): { best: Located; node: unknown; whole: boolean } => {
    let node: unknown = doc.contents;
    let best: Located = { line: firstLine, column: 1 };
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) return { best, node, whole: false };
        const keyNode = pair.key as Node;
        if (keyNode.range) best = at(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) return { best, node, whole: false };
        if (item.range) best = at(item.range[0]);
        node = item;
      } else {
        return { best, node, whole: false };
      }
    }
    return { best, node, whole: true };
  };
  const locate = (path: readonly PropertyKey[]): Located => find(path).best;
  const written = (path: readonly PropertyKey[]): string | undefined => {
    const { node, whole } = find(path);
    const range = whole ? (node as Node | null)?.range : undefined;
    const value = range ? text.slice(range[0], range[1]) : undefined;
    return value && !value.includes('\n') ? value : undefined;
  };

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    errors.push({ message: (error as Error).message, line: firstLine, column: 1 });
    data = undefined;
  }
  // With every field set aside there is nothing left to check: "no fields" would be an echo.
  if (read.setAside.size && (data === null || data === undefined)) data = undefined;
  return { data, errors, locate, written, cutShort, setAside: read.setAside };
}
