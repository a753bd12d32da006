/**
 * Builds the small fictional directory in tests/fixtures/find (its own
 * settings, need-words and entries, apart from the sample content) exactly
 * as `npm run build` does, and serves it for the search-finding tests.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './static-server.ts';
import { ROOT, TMP } from './site.ts';

export const FIND_CONTENT = path.join(ROOT, 'tests', 'fixtures', 'find');
const FIND_DIST = path.join(TMP, 'find-dist');

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  rmSync(FIND_DIST, { recursive: true, force: true });
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: FIND_CONTENT, OUT_DIR: FIND_DIST },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = await serveStatic(FIND_DIST);
  project.provide('findBaseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    findBaseUrl: string;
  }
}
