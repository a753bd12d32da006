/**
 * node scripts/index-search.ts [--site dist]   (the second half of `npm run build`)
 *
 * Indexes the built site with the `pagefind` command, then writes, beside
 * Pagefind's files, the search filters' own index (`pagefind/facets.bin`,
 * see src/lib/search/facet-file/format.ts). The filter values are read back out of the
 * result fragments Pagefind has just written, keyed by the ids it gave
 * them, so the two can never disagree.
 *
 * Pagefind's Node API would save re-reading the fragments, but its
 * writeFiles and getFiles were measured slower than the command plus the
 * re-read (see the commit history); the fragments are read straight from the
 * page cache.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { encodeFacetIndex, type FacetPage } from '../src/lib/search/facet-file/encode.ts';
import { FACET_FILE } from '../src/lib/search/facet-file/format.ts';
import { FACETS_EVERY_ACTIVITY_HAS } from '../src/lib/search/facets.ts';
import { FRAGMENT_SUFFIX, fragmentFacets, FragmentError } from '../src/lib/search/pagefind-fragments.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
const site = path.resolve(ROOT, values.site);
const bundle = path.join(site, 'pagefind');

// A bundle left from an earlier build would keep fragments of pages that have gone.
rmSync(bundle, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site], { stdio: 'inherit' });
} catch {
  console.error(`Search indexing failed: Pagefind could not index ${site} (its messages are above). Is it a built site? \`npm run build\` builds, then indexes.`);
  process.exit(1);
}

const started = performance.now();
const fragmentDir = path.join(bundle, 'fragment');
let pages: FacetPage[];
try {
  pages = readdirSync(fragmentDir)
    .filter((name) => name.endsWith(FRAGMENT_SUFFIX))
    .map((name) => fragmentFacets(name, readFileSync(path.join(fragmentDir, name)), FACETS_EVERY_ACTIVITY_HAS));
} catch (error) {
  if (!(error instanceof FragmentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
/** Pagefind's name for the index just built, which the browser checks the filter file against. */
const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const indexes = Object.values(entry.languages).map((language) => language.hash);
if (indexes.length !== 1) {
  console.error(`Search indexing found ${indexes.length} languages (${Object.keys(entry.languages).join(', ')}); the search filters expect one. Give every page the same <html lang>.`);
  process.exit(1);
}
// Compressed here, like Pagefind's own files, so it travels small even from a host that only compresses text.
const file = gzipSync(encodeFacetIndex(pages, indexes[0]!), { level: 9 });
writeFileSync(path.join(bundle, FACET_FILE), file);
console.log(
  `Search filters: values of ${pages.length.toLocaleString('en-GB')} pages in pagefind/${FACET_FILE} ` +
    `(${(file.length / 1000).toFixed(1)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
