/**
 * A mistake in an entry must stop the real build, saying which file, which
 * field, and what to write instead: nothing half-built goes live.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

describe('npm run build with an invalid entry', () => {
  it('fails, naming the file, the field and the fix', () => {
    mkdirSync(path.join(ROOT, 'tests', '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(ROOT, 'tests', '.tmp', 'invalid-build-'));
    const valid = path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid');
    cpSync(valid, path.join(dir, 'content'), { recursive: true });
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'invalid', 'activities', 'bad-postcode.md'), path.join(dir, 'content', 'activities', 'bad-postcode.md'));
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: path.join(dir, 'content'), OUT_DIR: path.join(dir, 'dist') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    // Terminal colours (CI turns them on) would split the message; read it as plain text.
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    expect(output).toContain('bad-postcode');
    expect(output).toContain('location.postcode: "AV4 2MB" is not a UK postcode. Write it like "LS1 4AP".');
  }, 120_000);
});
