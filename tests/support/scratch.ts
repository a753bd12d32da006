/**
 * Scratch folders for tests that write a directory of their own (a build, an
 * import, a validator run). A folder is removed when its test passes and kept
 * when it fails, so a failure can still be looked at; before, every run left
 * all of them behind, in /tmp and in tests/.tmp.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { ROOT } from './site.ts';

/**
 * `project` puts the folder in tests/.tmp, for builds: Astro keeps a build's
 * intermediate files in its output folder only when that folder is under the
 * working directory, so builds elsewhere could collide. `system` puts it in
 * the system's temporary folder.
 */
export type ScratchPlace = 'project' | 'system';

function makeDir(prefix: string, place: ScratchPlace): string {
  const parent = place === 'project' ? path.join(ROOT, 'tests', '.tmp') : tmpdir();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${prefix}-`));
}

const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A new empty folder for the running test, `prefix-XXXXXX`, removed once the test has passed. */
export function scratchDir(prefix: string, place: ScratchPlace = 'system'): string {
  const dir = makeDir(prefix, place);
  onTestFinished(({ task }) => {
    if (task.result?.state === 'pass') remove(dir);
  });
  return dir;
}

/** The same for every test of a file or `describe` block, made as it is collected and removed after its last test. */
export function suiteScratchDir(prefix: string, place: ScratchPlace = 'system'): string {
  const dir = makeDir(prefix, place);
  afterAll(() => remove(dir));
  return dir;
}
