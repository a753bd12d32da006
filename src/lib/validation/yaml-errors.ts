/**
 * The YAML parser's errors that a volunteer meets most, said in their terms:
 * which field, which lines, and the line to write. Anything else keeps the
 * parser's own words with the general advice.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import { CLOSE_FRONT_MATTER } from './entry-file.ts';

export interface Explained {
  message: string;
  fix: string;
  /** 1-based line within the front matter, and column; where the problem is. */
  line: number;
  column: number;
}

/** Leading whitespace that is not ordinary spaces: a non-breaking or other Unicode space. */
const ODD_SPACE = /^[ ]*[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Whether a line or a field's name starts with such spaces. */
export const startsWithOddSpace = (text: string) => ODD_SPACE.test(text);

/** What to do about a line indented with non-breaking spaces, whose field is `field` ("method:"). */
export function nonBreakingIndent(field: string): { message: string; fix: string } {
  return {
    message: 'This line is indented with non-breaking spaces, which look like spaces but are not (they come from copying out of Word or a web page).',
    fix: `Delete the spaces before "${field}" and indent it with two ordinary spaces for each level.`,
  };
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/**
 * "Nested mappings are not allowed in compact mappings" where the cause is a line's
 * indentation, not a ": " in a value: indented with non-breaking spaces, or by an odd
 * number of spaces further in than the field above it.
 */
function badIndent(lines: readonly string[], line: number): Explained | undefined {
  for (const at of [line, line + 1]) {
    const text = lines[at - 1];
    if (text !== undefined && ODD_SPACE.test(text)) return { line: at, column: 1, ...nonBreakingIndent(text.trim().split(/\s/)[0]!) };
  }
  const [above, below] = [lines[line - 1], lines[line]];
  if (above === undefined || below === undefined) return undefined;
  const [outer, inner] = [indentOf(above), indentOf(below)];
  if (inner > outer && inner % 2 === 1) {
    return {
      line: line + 1, column: 1,
      message: `This line is indented with ${inner} spaces, so it does not line up with the field above it.`,
      fix: `Indent with two ordinary spaces for each level, lined up with the field above: "${' '.repeat(outer)}${below.trim()}"`,
    };
  }
  return undefined;
}

/** The start of a line that names a field ("  venue:", "- freq:"), as a regular expression's source. */
const FIELD_START = String.raw`\s*(?:-\s+)?[^\s:'"#-][^:]*:`;

/**
 * A value that starts with a quote and goes on after the quote closes: `'Pat's group'`
 * (the apostrophe closes it) or `"Just come along" to the side door.`.
 */
function quoteEndsEarly(lines: readonly string[], line: number): Explained | undefined {
  const text = lines[line - 1];
  const match = text === undefined ? null : new RegExp(String.raw`^(${FIELD_START}\s+)(['"])(.*?)\s*$`).exec(text);
  if (!match) return undefined;
  const [, key, quote, rest] = match as unknown as [string, string, string, string];
  const column = key.length + 1;
  if (quote === "'") {
    const inner = rest.endsWith("'") ? rest.slice(0, -1) : rest;
    const word = /\S*'\S*/.exec(inner)?.[0] ?? "'";
    const fixed = inner.includes('"') ? `${key}'${inner.replace(/'/g, "''")}'` : `${key}"${inner}"`;
    return {
      line, column,
      message: `The quote around this value ends early: the apostrophe in "${word}" closes the quote it starts with.`,
      fix: inner.includes('"') ? `Double each apostrophe inside it: ${fixed.trim()}` : `Wrap it in double quotes instead: ${fixed.trim()}`,
    };
  }
  const after = /^[^"]*"\s*(.*)$/.exec(rest)?.[1] ?? '';
  // Quotes at both ends were meant to hold the value, quotes inside it and all.
  const whole = rest.endsWith('"') ? rest.slice(0, -1) : `"${rest}`;
  return {
    line, column,
    message: `This value starts with a quote, so it ends where that quote closes, and "${after}" is left over.`,
    fix: `Put the whole value in single quotes: ${key.trim()} '${whole.replace(/'/g, "''")}'`,
  };
}

/** A field written without its ":" (`method drop-in`), which YAML reads as the start of a longer name. */
function missingColon(lines: readonly string[], line: number): Explained | undefined {
  const text = lines[line - 1];
  const match = text === undefined || text.includes(':') ? null : /^(\s*(?:-\s+)?)([A-Za-z_]\w*)\s+(\S.*?)\s*$/.exec(text);
  if (!match) return undefined;
  const [, indent, name, value] = match as unknown as [string, string, string, string];
  return {
    line, column: indent.length + 1,
    message: `"${name} ${value}" has no ":" after the field's name.`,
    fix: `Write it as ${name}: ${value}`,
  };
}

/**
 * A value starting with a character YAML gives a meaning to (`*New* walk`, `[Free] tea`,
 * `> 60s only`, `@home`, `- a gentle walk`): read as a list, a reference or a block sign,
 * the rest of the line makes no sense to it. A list left unclosed is not one of these.
 */
function specialStart(lines: readonly string[], line: number): Explained | undefined {
  const text = lines[line - 1];
  const match = text === undefined ? null : new RegExp(String.raw`^(${FIELD_START}\s+)([*&|>@%\`]|-(?=\s)|\[(?=[^\]]*\]\s*[^\s#,\]])|\{(?=[^}]*\}\s*[^\s#,}]))(.*?)\s*$`).exec(text);
  if (!match) return undefined;
  const [, key, sign, rest] = match as unknown as [string, string, string, string];
  const value = `${sign}${rest}`;
  const quotedValue = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return {
    line, column: key.length + 1,
    message: `This value starts with "${sign}", which YAML reads as a sign rather than as text.`,
    fix: `Put the whole value in quotes: ${key.trim()} ${quotedValue}`,
  };
}

/**
 * A list in square brackets carried on to the next line without indenting it
 * (`categories: [walking,` then `social]` at the margin), or never closed:
 * said at the line the list starts on, with the list written on one line.
 */
function wrappedList(lines: readonly string[], line: number, fileLine: (line: number) => number): Explained | undefined {
  const opens = (text: string) => (text.match(/\[/g) ?? []).length > (text.match(/\]/g) ?? []).length;
  let start = line - 2;
  while (start >= 0 && start >= line - 8 && !opens(lines[start]!)) start--;
  const key = start >= 0 ? new RegExp(String.raw`^(${FIELD_START})\s*\[`).exec(lines[start]!) : null;
  if (!key) return undefined;
  let text = lines[start]!.trim();
  let closed = false;
  for (let i = start + 1; i < lines.length && i <= start + 6 && !closed; i++) {
    if (/^\s*[^\s:'"#\[\]-][^:\[\]]*:(\s|$)/.test(lines[i]!)) break;
    text += ` ${lines[i]!.trim()}`;
    closed = lines[i]!.includes(']');
  }
  const items = text.slice(text.indexOf('[') + 1).replace(/\].*$/, '').split(',').map((item) => item.trim()).filter(Boolean);
  const oneLine = `${key[1]!.trim()} [${items.join(', ')}]`;
  const name = key[1]!.trim().replace(/^-\s+/, '').replace(/:$/, '');
  return closed
    ? { line: start + 1, column: 1, message: `The list in ${name} carries on to the next line without being indented under it.`, fix: `Write the list on one line: ${oneLine}` }
    : { line: start + 1, column: 1, message: `The list in ${name}, which starts with "[" on line ${fileLine(start + 1)}, has no closing "]".`, fix: `End it with "]": ${oneLine}` };
}

/** The description read as front matter, because the closing --- is missing and the description has a --- rule. */
function unclosed(lines: readonly string[], line: number, column: number, fileLine: (line: number) => number): Explained | undefined {
  const text = lines[line - 1];
  if (column !== 1 || text === undefined || /^[^\s:#][^:]*:(\s|$)/.test(text) || lines[line - 2]?.trim() !== '') return undefined;
  let last = line - 2;
  while (last > 0 && !lines[last - 1]!.trim()) last--;
  if (last < 1) return undefined;
  return {
    line: last, column: 1,
    message: `The front matter's closing --- is missing after the last field (line ${fileLine(last)}), so the description was read as fields.`,
    fix: CLOSE_FRONT_MATTER,
  };
}

/** The pair whose key starts at `offset`, with the map it is in and that map's parent. */
function pairAt(doc: Document, offset: number): { pair: Pair; map: Node; inList: boolean } | undefined {
  let found: { pair: Pair; map: Node; inList: boolean } | undefined;
  visit(doc, {
    Pair(_, pair, path) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        const map = path.at(-1) as Node;
        found = { pair, map, inList: isSeq(path.at(-2)) };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A field written twice in one place; in a list's entry, where it repeats the first field, a missing "- ". */
function duplicate(doc: Document, offset: number, lineOf: (offset: number) => number, fileLine: (line: number) => number): Explained | undefined {
  const found = pairAt(doc, offset);
  if (!found || !isMap(found.map)) return undefined;
  const key = (found.pair.key as { value: unknown }).value;
  const pairs = found.map.items.filter((p): p is Pair => isPair(p) && isScalar(p.key));
  const first = pairs.find((p) => (p.key as { value: unknown }).value === key)!;
  const [firstLine, secondLine] = [lineOf((first.key as Node).range![0]), lineOf(offset)];
  const name = String(key);
  if (found.inList && pairs[0] === first) {
    return {
      line: secondLine, column: 1,
      message: `${name} is written twice in one entry of the list, on lines ${fileLine(firstLine)} and ${fileLine(secondLine)}: the entry from line ${fileLine(secondLine)} is missing its "- ".`,
      fix: `Each entry (each session) starts with "- ": put "- " before ${name}: on line ${fileLine(secondLine)}, lined up with the "- " above.`,
    };
  }
  return {
    line: secondLine, column: 1,
    message: `${name} is written twice here, on lines ${fileLine(firstLine)} and ${fileLine(secondLine)}.`,
    fix: 'Keep one: delete the line you do not want.',
  };
}

/**
 * The error explained, when it is one of these; `line` and `column` are where the parser
 * reported it (1-based, in the front matter), `offset` its position in the text.
 */
export function explainYamlError(
  error: { code: string; line: number; column: number; offset: number },
  lines: readonly string[], doc: Document, lineOf: (offset: number) => number, fileLine: (line: number) => number,
): Explained | undefined {
  const byCode = (): Explained | undefined => {
    switch (error.code) {
      case 'BLOCK_AS_IMPLICIT_KEY': return badIndent(lines, error.line);
      case 'UNEXPECTED_TOKEN': return quoteEndsEarly(lines, error.line);
      case 'MULTILINE_IMPLICIT_KEY': return missingColon(lines, error.line);
      case 'BAD_INDENT': return wrappedList(lines, error.line, fileLine);
      case 'MISSING_CHAR': return unclosed(lines, error.line, error.column, fileLine);
      case 'DUPLICATE_KEY': return duplicate(doc, error.offset, lineOf, fileLine);
      default: return undefined;
    }
  };
  return byCode() ?? specialStart(lines, error.line);
}
