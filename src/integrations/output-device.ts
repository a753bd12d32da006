/**
 * Astro 7 renders a static site's pages from a scratch folder inside the
 * project (`.astro/.prerender/`) when the output folder lies outside it, and
 * then moves the pages' CSS into the output folder with rename(), which
 * cannot cross from one filesystem to another. An OUT_DIR on another disk,
 * a tmpfs or a container volume would fail there, half-way through the
 * build, with a bare "EXDEV: cross-device link not permitted". This says so
 * before the build starts, and what to do instead.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** The device of `dir`, or of its nearest folder that exists (the output folder may not exist yet). */
function deviceOf(dir: string): number {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const found = statSync(at, { throwIfNoEntry: false });
    if (found) return found.dev;
    if (path.dirname(at) === at) return -1;
  }
}

/** Why Astro could not build into `outDir` from `projectDir`, or undefined when it can. */
export function outputDeviceProblem(outDir: string, projectDir: string): string | undefined {
  const inside = path.relative(path.resolve(projectDir), path.resolve(outDir));
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return undefined;
  if (deviceOf(outDir) === deviceOf(projectDir)) return undefined;
  return (
    `The output folder ${outDir} is on a different filesystem from the project (${projectDir}). ` +
    'Astro moves built files into the output folder from a folder inside the project, and a move cannot cross filesystems. ' +
    'Build into a folder on the same disk as the project (OUT_DIR), or build into dist/ and copy it afterwards.'
  );
}
