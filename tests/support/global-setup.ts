/**
 * Builds the real site once (astro build + Pagefind indexing, exactly as
 * `npm run build` does) from the sample content plus hostile test entries
 * and one kept in a folder,
 * then serves it on localhost for the build and end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDay } from '../../src/lib/content/build-day.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { FOLDER_FIXTURES, HOSTILE_FIXTURES, ROOT, TEST_CONTENT, TEST_DIST, TEST_PAGE_SIZE } from './site.ts';

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  // Fixed here, so the build and the tests' own expectations (support/content.ts) take the same day.
  buildDay();
  rmSync(TEST_CONTENT, { recursive: true, force: true });
  rmSync(TEST_DIST, { recursive: true, force: true });
  mkdirSync(TEST_CONTENT, { recursive: true });
  cpSync(path.join(ROOT, 'content'), TEST_CONTENT, { recursive: true });
  cpSync(HOSTILE_FIXTURES, path.join(TEST_CONTENT, 'activities'), { recursive: true });
  cpSync(FOLDER_FIXTURES, path.join(TEST_CONTENT, 'activities'), { recursive: true });
  // The sample is too small for the category and area lists' default page
  // size; a small one makes the tests see lists that run over several pages.
  appendFileSync(path.join(TEST_CONTENT, 'directory.yaml'), `\nlist_page_size: ${TEST_PAGE_SIZE}\n`);

  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test; the site must be built exactly as for production.
    env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: TEST_CONTENT, OUT_DIR: TEST_DIST },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  server = await serveStatic(TEST_DIST);
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
