/**
 * Writes a generated directory to disk: `directory.yaml` and
 * `activities/*.md` under one folder, the layout CONTENT_DIR expects.
 * Shared by `npm run fixtures` and `npm run bench`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
