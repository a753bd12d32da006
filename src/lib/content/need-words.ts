/**
 * Reads content/need-words.yaml for the build. A directory without the file
 * simply has no need-words; a file with mistakes stops the build with the
 * same lines `npm run validate` prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NeedWords } from '../../schema/need-words.ts';
import { validateNeedWords } from '../validation/need-words.ts';
import { formatText } from '../validation/report.ts';
import { needWordsFile } from './content-dir.ts';

export function loadNeedWords(file = needWordsFile()): NeedWords {
  if (!existsSync(file)) return { needs: [] };
  const shown = path.relative(process.cwd(), file) || file;
  const { data, problems } = validateNeedWords(shown, readFileSync(file));
  if (!data) {
    throw new Error(`The need-words in ${shown} have problems:\n${problems.map((p) => `  ${formatText(p)}`).join('\n')}`);
  }
  return data;
}
