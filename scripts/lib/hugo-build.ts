/**
 * The comparison the scaling issue sets the build against: what a team
 * would otherwise pick, Debian's Hugo with the plainest templates
 * (tests/bench/hugo/) over the same generated Markdown, then the same
 * Pagefind over Hugo's output. Built cold and measured like our own build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-site.ts';
import { runMeasured, type Measured } from './process-tree.ts';
import { deleteNow } from './set-aside.ts';

export const HUGO_SITE = path.join(ROOT, 'tests', 'bench', 'hugo');
export const HUGO_INSTALL = 'apt-get install -y -qq hugo';
const PAGEFIND_BIN = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

export interface HugoMeasurement {
  /** `hugo version`'s first words, e.g. "hugo v0.111.3+extended". */
  version: string;
  hugo: Measured;
  pagefind: Measured;
  /** HTML pages Hugo wrote. */
  pages: number;
  /** Pages Pagefind indexed: those marked data-pagefind-body, one per entry. */
  indexedPages: number;
}

function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/**
 * Hugo's version, installing Debian's package first when it is missing and
 * this process may (root, with apt-get); otherwise an error that names the
 * command to run, so a run never reports a comparison it did not make.
 */
export function ensureHugo(log: (message: string) => void): string {
  const found = hugoVersion();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) throw new Error(`The benchmark compares the build with Hugo + Pagefind, and hugo is not installed. Install it with:  sudo ${HUGO_INSTALL}  (or leave the comparison out with --no-hugo)`);
  log(`hugo is missing: ${HUGO_INSTALL}`);
  execFileSync('sh', ['-c', `apt-get update -qq && ${HUGO_INSTALL}`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = hugoVersion();
  if (!installed) throw new Error(`${HUGO_INSTALL} ran, but \`hugo version\` still fails.`);
  return installed;
}

function htmlFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/**
 * Hugo then Pagefind, cold: the output and Hugo's cache are cleared first and
 * again after (deleted, or moved aside by `clear`, as our own cold build's
 * are). Logs go to `workDir`.
 */
export async function buildHugoAndIndex(contentDir: string, workDir: string, version: string, clear: (dir: string) => void = deleteNow): Promise<HugoMeasurement> {
  const publicDir = path.join(workDir, 'hugo-public');
  const cacheDir = path.join(workDir, 'hugo-cache');
  // Hugo's generated resources, which it otherwise writes into the site folder in the repository.
  const resourceDir = path.join(workDir, 'hugo-resources');
  const scratch = [publicDir, cacheDir, resourceDir];
  for (const dir of scratch) clear(dir);
  const hugoLog = path.join(workDir, 'hugo-build.log');
  const args = ['--source', HUGO_SITE, '--contentDir', path.resolve(contentDir), '--destination', publicDir, '--cacheDir', cacheDir];
  const hugo = await runMeasured('hugo', args, { cwd: HUGO_SITE, env: { ...process.env, HUGO_RESOURCEDIR: resourceDir }, logFile: hugoLog });
  if (hugo.exitCode !== 0) throw new Error(`hugo failed; see ${hugoLog}`);
  const pages = htmlFiles(publicDir);
  const pagefindLog = path.join(workDir, 'hugo-pagefind.log');
  const pagefind = await runMeasured(process.execPath, [PAGEFIND_BIN, '--site', publicDir], { cwd: ROOT, env: process.env, logFile: pagefindLog });
  if (pagefind.exitCode !== 0) throw new Error(`Pagefind over Hugo's output failed; see ${pagefindLog}`);
  const indexed = /Indexed ([\d,]+) pages?/.exec(readFileSync(pagefindLog, 'utf8'));
  if (!indexed) throw new Error(`Pagefind over Hugo's output did not say how many pages it indexed; see ${pagefindLog}`);
  for (const dir of scratch) clear(dir);
  return { version, hugo, pagefind, pages, indexedPages: Number(indexed[1]!.replace(/,/g, '')) };
}
