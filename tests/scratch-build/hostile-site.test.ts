/**
 * A site built from hostile (but schema-valid) entries must carry none of
 * their markup or script.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { text as textOf, unsafeMarkup } from '../support/html.ts';
import { HOSTILE_SNIPPETS, hostileText, validHostileEntry } from '../support/hostile.ts';
import { ROOT } from '../support/site.ts';

describe('a site built from hostile entries', () => {
  it('carries none of their markup or script', () => {
    // Inside the project: Astro keeps a build's intermediate files in its output folder only when
    // that folder is under the working directory, so builds elsewhere could collide.
    const dir = scratchDir('fuzz-site', 'project');
    const content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'activities'), { recursive: true });
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid', 'directory.yaml'), path.join(content, 'directory.yaml'));
    const texts = fc.sample(hostileText, { numRuns: 4000, seed: 99 });
    const text = (i: number) => texts[i % texts.length]!;
    const bodies = fc.sample(fc.array(fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), hostileText), { minLength: 3, maxLength: 12 }), { numRuns: 60, seed: 5 });
    bodies.forEach((parts, i) => {
      // A NUL byte makes a file binary, which the validator and the build both refuse (tests/scratch-build/build-errors.test.ts);
      // every other control character stays.
      writeFileSync(path.join(content, 'activities', `fuzz-${i}.md`), validHostileEntry(i, text, parts.join('\n\n').replaceAll('\u0000', '')));
    });
    // Every generated entry passes the schema, so the build must succeed and render them all.
    const out = path.join(dir, 'dist');
    execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: content, OUT_DIR: out },
      stdio: ['ignore', 'ignore', 'inherit'],
    });

    const pages = readdirSync(path.join(out, 'activities'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(pages.length).toBe(60);
    for (const id of pages) {
      const tree = fromHtml(readFileSync(path.join(out, 'activities', id, 'index.html'), 'utf8'));
      const where = `/activities/${id}/`;
      expect(unsafeMarkup(tree), where).toEqual([]);
      expect(selectAll('meta[http-equiv]', tree).map((m) => String(m.properties['httpEquiv']))).toEqual(['content-security-policy']);
      // The file's note reaches "Update this activity" whole, as data inside its one script element.
      const [source, ...more] = selectAll('script[data-entry-source]', tree);
      expect(more, where).toEqual([]);
      const embedded = JSON.parse(textOf(source)) as { headerComment?: string };
      expect(embedded.headerComment, where).toMatch(/\n<\/script><!--<script>window\.__pwned=2<\/script>$/);
    }
  }, 240_000);
});
