/**
 * Reads and validates content/directory.yaml. Read synchronously because the
 * content config needs the list of areas before any entry is validated.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { settingsSchema, type Settings } from '../../schema/settings.ts';
import { formatIssues } from '../validation/zod-issues.ts';
import { settingsFile } from './content-dir.ts';

let cached: { file: string; settings: Settings } | undefined;

export function loadSettings(file = settingsFile()): Settings {
  if (cached?.file === file) return cached.settings;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read the directory settings in ${file}: ${(error as Error).message}`);
  }
  const result = settingsSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`The directory settings in ${file} have problems:\n${formatIssues(result.error.issues, '(the file)', 'the settings listed in the README').join('\n')}`);
  }
  cached = { file, settings: result.data };
  return result.data;
}

export function areaLabel(settings: Settings, id: string): string {
  return settings.areas.find((a) => a.id === id)?.label ?? id;
}
