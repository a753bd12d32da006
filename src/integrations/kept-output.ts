/**
 * Lets a build keep the output of the one before instead of starting from an
 * empty folder (astro.config.mjs turns Vite's emptyOutDir off), so Astro's
 * incremental build can leave unchanged activity pages where they are and the
 * data-file writer can leave unchanged files alone. Kept output is only safe
 * if the folder holds exactly what the last build of this cache wrote, and if
 * whatever that build wrote and this one does not is removed afterwards.
 * Both are done here:
 *
 * - Before the build (`openOutput`), the folder is compared with the stamp
 *   the last finished build left in the cache: which folder it built, and the
 *   identity (inode, size, modification time) of its home page. Every build
 *   of this site renders the home page, so another build into the folder
 *   (from another content folder, another checkout, or Astro without this
 *   integration) changes it, and one that fails first deletes it. If anything
 *   differs, the folder is emptied, and Astro renders every page again
 *   (its copies of them are the folder's own files: page-cache-link.ts).
 *   The stamp is removed at once, so a build that fails leaves none.
 * - After the build (`closeOutput`), every file that neither Astro (its
 *   routes, kept ones included; the public folder; the bundles in _astro,
 *   emptied first) nor the data-file writer produced this time is deleted:
 *   the page and files of an entry that has gone, a list page beyond the
 *   last. Pagefind's folder is left to the indexing step, which keeps only
 *   what its new index names (src/lib/search/pagefind-bundle.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Left to scripts/index-search.ts (src/lib/search/pagefind-bundle.ts). */
export const INDEX_DIR = 'pagefind';
/** Vite's bundles: rewritten whole by every build, so emptied first rather than sorted afterwards. */
export const BUNDLE_DIR = '_astro';
const HOME_PAGE = 'index.html';
const STAMP_FILE = 'kept-output.json';

interface Stamp {
  outDir: string;
  home: { ino: number; size: number; mtimeNs: string };
}

function homeIdentity(outDir: string): Stamp['home'] | undefined {
  const stat = statSync(path.join(outDir, HOME_PAGE), { bigint: true, throwIfNoEntry: false });
  return stat && { ino: Number(stat.ino), size: Number(stat.size), mtimeNs: String(stat.mtimeNs) };
}

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function emptyFolder(dir: string): void {
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/**
 * Run before anything is written. Returns whether the last build's output
 * was kept (false: the folder was missing, foreign or half-written, and is
 * now empty).
 */
export function openOutput(outDir: string, cacheDir: string): boolean {
  const stampFile = path.join(cacheDir, STAMP_FILE);
  const stamp = readStamp(stampFile);
  rmSync(stampFile, { force: true });
  mkdirSync(outDir, { recursive: true });
  const home = homeIdentity(outDir);
  const kept = stamp !== undefined && home !== undefined && stamp.outDir === path.resolve(outDir) && JSON.stringify(stamp.home) === JSON.stringify(home);
  if (!kept) emptyFolder(outDir);
  rmSync(path.join(outDir, HOME_PAGE), { force: true });
  rmSync(path.join(outDir, BUNDLE_DIR), { recursive: true, force: true });
  return kept;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

/**
 * Run once the build has written everything. `written` holds the files this
 * build produced (relative to outDir, forward slashes), besides those in
 * `publicDir` and the bundles. Returns how many files were removed.
 */
export function closeOutput(outDir: string, cacheDir: string, publicDir: string, written: Iterable<string>): number {
  const expected = new Set(written);
  for (const file of filesUnder(publicDir)) expected.add(file);
  const root = path.resolve(outDir);
  let removed = 0;
  // How many entries each folder holds once the files are removed, and the folders themselves.
  const held = new Map<string, number>();
  const folders: string[] = [];
  for (const d of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const full = path.join(d.parentPath, d.name);
    const file = path.relative(root, full).split(path.sep).join('/');
    const top = file.split('/', 1)[0];
    if (top === INDEX_DIR || top === BUNDLE_DIR) continue;
    if (d.isDirectory()) folders.push(full);
    else if (d.isFile() && !expected.has(file)) {
      unlinkSync(full);
      removed++;
      continue;
    }
    held.set(d.parentPath, (held.get(d.parentPath) ?? 0) + 1);
  }
  // Deepest first, so a folder emptied by removing its last subfolder goes too. Folders can be empty
  // without a file removed here: Astro deletes the pages of entries that have gone through its page
  // cache, which is this folder (page-cache-link.ts).
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if ((held.get(folder) ?? 0) > 0) continue;
    rmdirSync(folder);
    const parent = path.dirname(folder);
    held.set(parent, (held.get(parent) ?? 1) - 1);
  }
  const home = homeIdentity(outDir);
  if (home) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path.join(cacheDir, STAMP_FILE), JSON.stringify({ outDir: path.resolve(outDir), home } satisfies Stamp));
  }
  return removed;
}
