/**
 * Builds and indexes one content folder the way `npm run build` does, but
 * as two measured steps (astro build, then Pagefind), and sizes the result.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { runMeasured, type Measured } from './process-tree.ts';
import { deleteNow } from './set-aside.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildMeasurement {
  astro: Measured;
  pagefind: Measured;
  /** HTML pages written by astro build. */
  pages: number;
  distBytes: number;
  distFiles: number;
  /** Everything Pagefind wrote (dist/pagefind): index, fragments, filters, library. */
  indexBytes: number;
  indexFiles: number;
}

interface Tally {
  bytes: number;
  files: number;
  html: number;
}

function tally(dir: string): Tally {
  const total: Tally = { bytes: 0, files: 0, html: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    total.files++;
    if (entry.name.endsWith('.html')) total.html++;
  }
  return total;
}

function failure(step: string, logFile: string): Error {
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  return new Error(`${step} failed; the end of ${logFile}:\n${tail}`);
}

/** The content cache astro.config.mjs puts beside a CONTENT_DIR. */
export function contentCacheDir(contentDir: string): string {
  return path.join(path.resolve(contentDir), '..', '.astro-cache');
}

/**
 * A cold build: the output folder and the content cache are cleared first
 * (deleted, or moved aside by `clear`, scripts/lib/set-aside.ts), so the
 * figures are those of a fresh CI checkout.
 */
export async function buildAndIndex(contentDir: string, outDir: string, logDir: string, clear: (dir: string) => void = deleteNow): Promise<BuildMeasurement> {
  clear(outDir);
  clear(contentCacheDir(contentDir));
  return rebuildAndIndex(contentDir, outDir, logDir);
}

/**
 * A build over the output and content cache of the last one, as a
 * contributor's second `npm run build` is: unchanged pages and data files
 * are kept (astro.config.mjs, src/integrations/kept-output.ts).
 */
export async function rebuildAndIndex(contentDir: string, outDir: string, logDir: string): Promise<BuildMeasurement> {
  mkdirSync(logDir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir };
  // process.execPath is the project's Node 24, whichever `node` is first on PATH.
  const astroLog = path.join(logDir, 'astro-build.log');
  // With the output outside the working directory, Astro keeps its prerender chunks in
  // <cwd>/.astro/.prerender, where any other build in this checkout (a test run, a second
  // benchmark) overwrites them mid-build. A working directory of our own keeps them private; it
  // sits inside node_modules so the chunks can still import the project's packages.
  const scratch = path.join(ROOT, 'node_modules', '.cache', 'bench-build', String(process.pid));
  mkdirSync(scratch, { recursive: true });
  const astro = await runMeasured(process.execPath, [path.join(ROOT, 'scripts/astro.ts'), 'build', '--root', ROOT], {
    cwd: scratch,
    env,
    logFile: astroLog,
  }).finally(() => rmSync(scratch, { recursive: true, force: true }));
  if (astro.exitCode !== 0) throw failure('astro build', astroLog);
  const built = tally(outDir);
  const pagefindLog = path.join(logDir, 'pagefind.log');
  // The same indexing step as `npm run build`: Pagefind, then the search filters' file from its fragments.
  const pagefind = await runMeasured(process.execPath, [path.join(ROOT, 'scripts/index-search.ts'), '--site', outDir], { cwd: ROOT, env, logFile: pagefindLog });
  if (pagefind.exitCode !== 0) throw failure('search indexing', pagefindLog);
  const all = tally(outDir);
  const index = tally(path.join(outDir, 'pagefind'));
  return { astro, pagefind, pages: built.html, distBytes: all.bytes, distFiles: all.files, indexBytes: index.bytes, indexFiles: index.files };
}

/**
 * The activity page of median size: a typical page rather than the
 * smallest or the one with the longest description.
 */
export function typicalActivityPath(outDir: string): string {
  const dir = path.join(outDir, 'activities');
  const sized = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ id: d.name, size: statSync(path.join(dir, d.name, 'index.html')).size }))
    .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
  const middle = sized[Math.floor(sized.length / 2)];
  if (!middle) throw new Error(`No activity pages in ${dir}.`);
  return `/activities/${middle.id}/`;
}
