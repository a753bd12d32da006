/**
 * Keeping the last build's Pagefind bundle (src/lib/search/pagefind-bundle.ts),
 * against the real bundle of the built test site.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { suiteScratchDir } from '../support/scratch.ts';
import { BundleFormatError, filesNamedBy, openBundle, pruneBundle } from '../../src/lib/search/pagefind-bundle.ts';
import { WORDS_FILE } from '../../src/lib/search/words/extract.ts';
import { TEST_DIST } from '../support/site.ts';

const bundle = path.join(TEST_DIST, 'pagefind');
const scratch = suiteScratchDir('pagefind-bundle');

/** Every file under a folder, by its path there. */
const tree = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

function copyOfBundle(name: string): string {
  const copy = path.join(scratch, name);
  cpSync(bundle, copy, { recursive: true });
  return copy;
}

describe('the last build’s Pagefind bundle', () => {
  it('has metadata naming exactly the result fragments, word chunks and filter files Pagefind wrote', () => {
    const { languages } = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const [language] = Object.values(languages);
    const named = filesNamedBy(readFileSync(path.join(bundle, `pagefind.${language!.hash}.pf_meta`)));
    const written = (folder: string, suffix: string) => readdirSync(path.join(bundle, folder)).map((f) => f.slice(0, -suffix.length)).sort();
    expect([...named.fragment].sort()).toEqual(written('fragment', '.pf_fragment'));
    expect([...named.index].sort()).toEqual(written('index', '.pf_index'));
    expect([...named.filter].sort()).toEqual(written('filter', '.pf_filter'));
    expect(named.fragment.size).toBeGreaterThan(10);
  });

  it('loses, when pruned, exactly the files its index does not name', () => {
    const copy = copyOfBundle('pruned');
    const before = tree(copy);
    const stale = ['fragment/en-gb_0000000.pf_fragment', 'index/en-gb_0000000.pf_index', 'filter/en-gb_0000000.pf_filter'];
    for (const file of stale) writeFileSync(path.join(copy, file), 'from a build before');
    expect(pruneBundle(copy)).toBe(stale.length);
    expect(tree(copy)).toEqual(before);
  });

  it('is kept only when finished, and then only for the files named after their contents', () => {
    const finished = copyOfBundle('finished');
    expect(openBundle(finished, WORDS_FILE)).toBe(true);
    expect(readdirSync(finished).sort()).toEqual(['filter', 'fragment', 'index']);
    expect(tree(path.join(finished, 'fragment'))).toEqual(tree(path.join(bundle, 'fragment')));

    const unfinished = copyOfBundle('unfinished');
    rmSync(path.join(unfinished, WORDS_FILE));
    expect(openBundle(unfinished, WORDS_FILE)).toBe(false);
    expect(readdirSync(scratch)).not.toContain('unfinished');
  });

  it('is not pruned by metadata in a format this was not written for', () => {
    expect(() => filesNamedBy(gzipSync('pagefind_dcd{"pages":[]}'))).toThrow(BundleFormatError);
    expect(() => filesNamedBy(Buffer.from('not gzip'))).toThrow(BundleFormatError);
  });
});
