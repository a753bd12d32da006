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

export function parseYamlSource(text: string, firstLine: number): YamlSource {
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
  const all = doc.errors.map((e): YamlSource['errors'][number] & { offset: number } => {
    const { line, col } = counter.linePos(e.pos[0]);
    // The mistakes volunteers make most, said in their words, at the line to change.
    const explained = explainYamlError({ code: e.code, line, column: col, offset: e.pos[0] }, lines, doc, lineOf, fileLine);
    const oneLine = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? { oneLine: true } : {};
    if (explained) explainedAt.add(e.pos[0]);
    if (explained) return { message: explained.message, fix: explained.fix, line: fileLine(explained.line), column: explained.column, explained: true, ...oneLine, offset: e.pos[0] };
    return { message: e.message.split('\n')[0]!, ...at(e.pos[0]), ...oneLine, offset: e.pos[0] };
  });
  // The parser's other words for a mistake explained (an implicit key on two lines, for a line indented wrongly).
  const errors: YamlSource['errors'] = all.filter((e) => e.explained || !explainedAt.has(e.offset)).map(({ offset: _, ...e }) => e);
  // A tag ("!custom", "!!binary") makes the parser build something other than text, or skip the
  // value with only a warning; the build's faster parser refuses it. Entries never need one.
  visit(doc, {
    Node(_, node) {
      if (!node.tag) return;
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      errors.push({
        message: `the value starts with ${tag}, a YAML tag`,
        fix: `Remove ${tag}, or put the whole value in quotes if the text starts with "!".`,
        oneLine: true,
        ...at(node.range?.[0] ?? 0),
      });
    },
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);

  const cutShort: YamlSource['cutShort'] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      const value = pair.value;
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
    data = errors.length ? undefined : doc.toJS();
  } catch (error) {
    errors.push({ message: (error as Error).message, line: firstLine, column: 1 });
  }
  return { data, errors, locate, written, cutShort };
}
