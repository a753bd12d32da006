/**
 * Thousands of malformed and hostile entries: the validator must answer
 * every one with problems, never an exception. (A site built from hostile
 * entries is tests/scratch-build/hostile-site.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntryProblems, validateEntry, type CheckedEntry } from '../../src/lib/validation/validate.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { HOSTILE_SNIPPETS, malformedFile, wrongTypedEntry } from '../support/hostile.ts';
import { stringify } from 'yaml';
import { ROOT } from '../support/site.ts';

const settings = loadSettings(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid', 'directory.yaml'));
const options = { settings, today: '2026-11-24' };

describe('validator under fuzzing', () => {
  it('answers 3,000 malformed files with located problems, never an exception', () => {
    const checked: CheckedEntry[] = [];
    fc.assert(
      fc.property(malformedFile, fc.nat(), (bytes, n) => {
        const result = validateEntry({ file: `fuzz-${n}.md`, relative: `fuzz-${n}.md`, bytes }, options);
        checked.push(result);
        for (const p of result.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
        // Anything that is not a complete, valid entry must say why.
        if (!result.data) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    expect(() => crossEntryProblems(checked)).not.toThrow();
  });

  it('answers 2,000 entries of wrong types and hostile text field by field', () => {
    fc.assert(
      fc.property(wrongTypedEntry, (entry) => {
        let yaml: string;
        try {
          yaml = stringify(entry);
        } catch {
          return;
        }
        const bytes = new TextEncoder().encode(`---\n${yaml}---\n${HOSTILE_SNIPPETS.join('\n')}\n`);
        const result = validateEntry({ file: 'typed.md', relative: 'typed.md', bytes }, options);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('answers a field or value named after a built-in property ("constructor") as unknown, not with a crash', () => {
    const valid = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid', 'activities', 'fixture-walk.md'), 'utf8');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const text of [
        valid.replace(/^title: .*$/m, (line) => `${line}\n${name}: x`),
        valid.replace(/^how_to_join:$/m, (line) => `${line}\n  ${name}: x`),
      ]) {
        const result = validateEntry({ file: 'built-in.md', relative: 'built-in.md', bytes: new TextEncoder().encode(text) }, options);
        expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([`Unknown field "${name}".`]);
      }
    }
  });
});
