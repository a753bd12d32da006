/**
 * Writes the data files (calendars, shortlist cards, the Open Referral UK
 * feed: several per entry) on a second thread while Astro renders the pages
 * on the first, then moves them into the output folder. As one Astro route
 * per file they were most of a large build's time.
 *
 * They are staged beside the output folder because Astro empties that
 * folder after the build starts.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

interface Written {
  files: number;
  entries: number;
}

export function dataFilesIntegration(): AstroIntegration {
  let root = '';
  let outDir = '';
  let stagingDir = '';
  let writing: Promise<Written> | undefined;
  let started = 0;
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-data-files`);
        rmSync(stagingDir, { recursive: true, force: true });
        started = performance.now();
        const worker = new Worker(path.join(root, 'src', 'integrations', 'data-files-worker.ts'), { workerData: { stagingDir } });
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
        moveInto(stagingDir, outDir);
        rmSync(stagingDir, { recursive: true, force: true });
        logger.info(`${written.files.toLocaleString('en-GB')} data files for ${written.entries.toLocaleString('en-GB')} entries in ${((performance.now() - started) / 1000).toFixed(1)} s (calendars, shortlist cards, Open Referral UK feed)`);
      },
    },
  };
}

/** Moves every file under `from` to the same place under `to`, making folders as needed. */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      moveInto(source, target);
    } else {
      renameSync(source, target);
    }
  }
}
