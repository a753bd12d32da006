/**
 * Writes the data files (calendars, what's on by date, the Open Referral UK
 * feed: several per entry) on a second thread while Astro renders the pages
 * on the first. As one Astro route per file they were most of a large
 * build's time.
 *
 * The writer starts at `astro:build:setup`, after `astro:build:start` has
 * checked the output folder (kept-output.ts: kept from the last build, or
 * emptied), so the files go straight to their places beside the pages, and
 * a file the last build already wrote with the same text is left alone.
 * When the build is done, whatever it did not write is removed from the
 * folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildDay } from '../lib/content/build-day.ts';
import { closeOutput, openOutput } from './kept-output.ts';
import { outputDeviceProblem } from './output-device.ts';
import { linkPageCopies } from './page-cache-link.ts';
import { CODE_DIGEST_VARIABLE, codeDigest } from '../lib/content/page-key.ts';

interface Written {
  /** Every data file's path under the output folder. */
  paths: string[];
  /** How many of them were written (the others were kept). */
  rewritten: number;
  entries: number;
}

export function dataFilesIntegration(): AstroIntegration {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let publicDir = '';
  let kept = false;
  let writing: Promise<Written> | undefined;
  let started = 0;
  return {
    name: 'data-files',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // Before the content is synced, which takes a while for a large directory. Astro's
        // scratch folder is relative to the working directory, not to config.root.
        const problem = command === 'build' ? outputDeviceProblem(fileURLToPath(config.outDir), process.cwd()) : undefined;
        if (problem) throw new Error(problem);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        // Read by the pages' cache keys; set here, in the process that renders them, for every command.
        process.env[CODE_DIGEST_VARIABLE] = codeDigest(root);
      },
      'astro:build:start': () => {
        kept = openOutput(outDir, cacheDir);
        linkPageCopies(outDir, cacheDir);
      },
      'astro:build:setup': () => {
        if (writing) return;
        started = performance.now();
        // Pages render in this process and the writer runs on a thread that copies its environment: one day for both.
        buildDay();
        const hashFile = path.join(cacheDir, 'data-files.json');
        const worker = new Worker(path.join(root, 'src', 'integrations', 'data-files-worker.ts'), { workerData: { outDir, hashFile, kept } });
        writing = new Promise<Written>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`The data-file writer stopped (exit code ${code}) before finishing.`)));
        });
        // Reported when the build is done; an unobserved rejection must not end the process first.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger, assets }) => {
        if (!writing) return;
        const written = await writing;
        const files = written.paths.length.toLocaleString('en-GB');
        const rewritten = written.rewritten === written.paths.length ? '' : `, ${written.rewritten.toLocaleString('en-GB')} of them changed`;
        logger.info(`${files} data files for ${written.entries.toLocaleString('en-GB')} entries in ${((performance.now() - started) / 1000).toFixed(1)} s (calendars, what's on, Open Referral UK feed${rewritten})`);
        const routeFiles = [...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'));
        const removed = closeOutput(outDir, cacheDir, publicDir, [...routeFiles, ...written.paths]);
        if (removed > 0) logger.info(`Removed ${removed.toLocaleString('en-GB')} files the last build wrote and this one did not`);
      },
    },
  };
}
