/**
 * Builds the small fictional directory in tests/fixtures/find (its own
 * settings, need-words and entries, apart from the sample content) exactly
 * as `npm run build` does, and serves it for the search-finding tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './static-server.ts';
import { ROOT, TMP } from './site.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'find');
// Copied first: the build keeps a cache beside the content folder, which must not land in the repository.
const FIND_CONTENT = path.join(TMP, 'find', 'content');
const FIND_DIST = path.join(TMP, 'find', 'dist');

let server: RunningServer | undefined;

export async function setup(project: TestProject) {
  rmSync(path.join(TMP, 'find'), { recursive: true, force: true });
  cpSync(FIXTURES, FIND_CONTENT, { recursive: true });
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
