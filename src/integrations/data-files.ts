/**
 * Writes the data files (calendars, what's on by date, the Open Referral UK
 * feed: several per entry) on a second thread while Astro renders the pages
 * on the first. As one Astro route per file they were most of a large
 * build's time.
 *
 * The writer starts at `astro:build:setup`, which Astro runs after it has
 * emptied the output folder (it empties it after `astro:build:start`), so the
 * files go straight to their places beside the pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildDay } from '../lib/content/build-day.ts';

interface Written {
  files: number;
  entries: number;
}

export function dataFilesIntegration(): AstroIntegration {
  let root = '';
  let outDir = '';
  let writing: Promise<Written> | undefined;
  let started = 0;
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:setup': () => {
        if (writing) return;
        started = performance.now();
        // Pages render in this process and the writer runs on a thread that copies its environment: one day for both.
        buildDay();
        const worker = new Worker(path.join(root, 'src', 'integrations', 'data-files-worker.ts'), { workerData: { outDir } });
        writing = new Promise<Written>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`The data-file writer stopped (exit code ${code}) before finishing.`)));
        });
        // Reported when the build is done; an unobserved rejection must not end the process first.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) return;
        const written = await writing;
        logger.info(`${written.files.toLocaleString('en-GB')} data files for ${written.entries.toLocaleString('en-GB')} entries in ${((performance.now() - started) / 1000).toFixed(1)} s (calendars, what's on, Open Referral UK feed)`);
      },
    },
  };
}
