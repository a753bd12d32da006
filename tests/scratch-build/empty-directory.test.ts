/**
 * A directory with no activity listed (a new area before its first entry,
 * or one whose entries have all ended) must still build, and say so to the
 * reader rather than offer a search that cannot load. A directory that had
 * entries and lost them must not keep serving the old search index.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { ROOT } from '../support/site.ts';
import { npmBuild as build } from '../support/npm-build.ts';

const page = (dir: string, file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8');

describe('npm run build of a directory with no activities', () => {
  it('builds, says there is nothing to search yet, and drops the search index of the entries it had', { timeout: 180_000 }, () => {
    const dir = scratchDir('empty-directory', 'project');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'validator', 'valid'), path.join(dir, 'content'), { recursive: true });
    const withEntries = build(dir);
    expect(withEntries.status, withEntries.output).toBe(0);
    expect(existsSync(path.join(dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(page(dir, 'search/index.html')).toContain('astro-island');

    rmSync(path.join(dir, 'content', 'activities'), { recursive: true });
    const empty = build(dir);
    expect(empty.status, empty.output).toBe(0);
    expect(empty.output).toContain('Search indexing: no activity is listed, so there is nothing to search yet');
    expect(existsSync(path.join(dir, 'dist', 'pagefind'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist', 'activities'))).toBe(false);

    const search = page(dir, 'search/index.html');
    expect(search).toContain('There are no activities to search yet');
    expect(search).toContain('href="/add-your-activity/"');
    // No search island to load an index that is not there.
    expect(search).not.toContain('astro-island');
    expect(page(dir, 'index.html')).toContain('No activities are listed here yet.');
    expect(page(dir, 'categories/index.html')).toMatch(/0 activities/);
  });
});
