/**
 * Writes a generated directory to disk: `directory.yaml` and
 * `activities/*.md` under one folder, the layout CONTENT_DIR expects.
 * Shared by `npm run fixtures` and `npm run bench`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateAreas } from './fixtures/areas.ts';
import { fixtureEntryFiles, fixtureSettingsYaml } from './fixtures/directory.ts';

export interface FixtureOptions {
  count: number;
  seed: number;
  areas: number;
  /** Replace the Markdown files of an earlier run instead of refusing. */
  force?: boolean;
}

export const DEFAULT_SEED = 20261101;
export const DEFAULT_AREAS = 30;

/** Writes the directory into `outDir` and returns how many entries it wrote. */
export function writeFixtures(outDir: string, { count, seed, areas, force = false }: FixtureOptions): number {
  const activities = path.join(outDir, 'activities');
  const existing = existsSync(activities) ? readdirSync(activities).filter((f) => f.endsWith('.md')) : [];
  if (existing.length > 0) {
    // Mixing two runs' entries would give a directory nobody asked for; only ever delete our own kind of file.
    if (!force) throw new Error(`${activities} already holds ${existing.length} entries. Choose an empty folder, or pass --force to replace them.`);
    for (const file of existing) rmSync(path.join(activities, file));
  }
  mkdirSync(activities, { recursive: true });
  const areaList = generateAreas(seed, areas);
  writeFileSync(path.join(outDir, 'directory.yaml'), fixtureSettingsYaml(seed, areaList));
  let written = 0;
  for (const file of fixtureEntryFiles(seed, count, areaList)) {
    writeFileSync(path.join(outDir, file.path), file.text);
    written++;
  }
  return written;
}

/**
 * Edits one entry of a written directory the way a contributor might, for
 * timing and testing a rebuild: its title gains " (changed)" (moving it in
 * the lists and the search index) and its first session starts a quarter of
 * an hour earlier, so it still ends after it starts (its calendar, what's
 * on). The entry is the one whose file
 * name sorts in the middle. Returns its id.
 */
export function changeOneEntry(contentDir: string): string {
  const dir = path.join(contentDir, 'activities');
  const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  const name = names[Math.floor(names.length / 2)];
  if (!name) throw new Error(`No entries in ${dir}.`);
  const file = path.join(dir, name);
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace(/^title: (.*)$/m, 'title: $1 (changed)')
    .replace(/^( +opens_at: ")(\d\d):(\d\d)"/m, (_, lead: string, h: string, m: string) => {
      const minutes = Math.max(0, Number(h) * 60 + Number(m) - 15);
      return `${lead}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}"`;
    });
  if (after === before) throw new Error(`${file} has no title to change.`);
  writeFileSync(file, after);
  return name.slice(0, -'.md'.length);
}
