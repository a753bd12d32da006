/**
 * Astro's incremental build writes every page it renders twice: into the
 * output folder, and a copy into its cache (`<cacheDir>/dist/`), from which a
 * later build restores kept pages into an emptied output folder. This site
 * keeps its output folder from one build to the next (kept-output.ts), so the
 * copies are written on every cold build and read only when the output
 * folder was lost. They are a second file and a second folder for every
 * page, and creating files is what a cold build spends most of its system
 * time on when the filesystem has just deleted the last build's files (ext4
 * without a journal steps over each recently deleted inode in turn when it
 * places a new one). So the copies' folder is a link to the output folder:
 * Astro's copy of a page is the page itself. Where the output folder was
 * emptied, Astro finds no copy and renders those pages again, which gives
 * the same site.
 */
import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Where Astro keeps its copies of the pages, under its cacheDir (astro/dist/core/build/incremental.js). */
export const PAGE_COPIES_DIR = 'dist';

/** Makes `<cacheDir>/dist` a link to `outDir`, replacing whatever was there. */
export function linkPageCopies(outDir: string, cacheDir: string): void {
  const link = path.join(cacheDir, PAGE_COPIES_DIR);
  const target = path.resolve(outDir);
  const found = lstatSync(link, { throwIfNoEntry: false });
  if (found?.isSymbolicLink() && path.resolve(cacheDir, readlinkSync(link)) === target) return;
  if (found) rmSync(link, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(target, { recursive: true });
  // A junction on Windows, which needs no administrator rights; the type is ignored elsewhere.
  symlinkSync(target, link, 'junction');
}
