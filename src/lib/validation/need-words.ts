/**
 * Checks content/need-words.yaml: the text itself, the YAML, then the
 * schema, every problem located at its line as for entries.
 */
import { needWordsSchema, type NeedWords } from '../../schema/need-words.ts';
import type { Problem } from './problem.ts';
import { notUtf8 } from './encoding.ts';
import { schemaProblems } from './validate.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface CheckedNeedWords {
  data?: NeedWords;
  problems: Problem[];
}

export function validateNeedWords(file: string, bytes: Uint8Array): CheckedNeedWords {
  const problems: Problem[] = [];
  const fileProblem = (message: string, fix: string, line = 1, column = 1) =>
    problems.push({ file, line, column, field: 'file', severity: 'error', message, fix });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = notUtf8(bytes)!;
    fileProblem(at.message, at.fix, at.line, at.column);
    return { problems };
  }
  text = text.replace(/\r\n/g, '\n');
  text.split('\n').forEach((line, i) => {
    const tab = /^( *)\t/.exec(line);
    if (tab) fileProblem('This line is indented with a tab.', 'Indent with spaces (two per level); YAML does not allow tabs.', i + 1, tab[1]!.length + 1);
  });
  if (problems.length) return { problems };

  const source = parseYamlSource(text, 1);
  if (source.errors.length) {
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const error = source.errors[0]!;
    problems.push({
      file, line: error.line, column: error.column, field: 'file', severity: 'error',
      message: `This line is not valid YAML: ${error.message.replace(/ at line \d+, column \d+:?$/, '')}.`,
      fix: 'Check indentation (two spaces per level), that each field is "name: value", and put words containing ": " or "#" in quotes.',
    });
    return { problems };
  }

  const result = needWordsSchema.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(file, result.error.issues, source.locate).map((p) => ({ ...p, field: p.field === 'front matter' ? 'file' : p.field })));
    return { problems };
  }
  return { data: result.data, problems };
}
