/**
 * `npm run build` of a scratch directory's content folder, as a contributor
 * runs it, for tests of what the build says and writes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './site.ts';

/** Builds `<dir>/content` into `<dir>/dist`; its output as plain text (CI turns terminal colours on). */
export function npmBuild(dir: string): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: path.join(dir, 'content'), OUT_DIR: path.join(dir, 'dist') },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}
