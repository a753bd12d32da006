/**
 * node scripts/index-search.ts [--site dist]   (the second half of `npm run build`)
 *
 * Indexes the built site with the `pagefind` command, then writes, beside
 * Pagefind's files, the search filters' own index (`pagefind/facets.bin`,
 * see src/lib/search/facet-file/format.ts). The filter values are read back out of the
 * result fragments Pagefind has just written, keyed by the ids it gave
 * them, so the two can never disagree. Beside them go the index's word list
 * (`pagefind/words.txt`, src/lib/search/words/extract.ts), which lets the
 * search page tell a real match from Pagefind's fallback, and the page
 * facts (`pagefind/page-facts.bin`, src/lib/search/page-facts.ts): each
 * page's position and freshness in the filter file's rows.
 *
 * Pagefind's Node API would save re-reading the fragments, but its
 * writeFiles and getFiles were measured slower than the command plus the
 * re-read (see the commit history); the fragments are read straight from the
 * page cache.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FacetPage } from '../src/lib/search/facet-file/encode.ts';
import type { PageFact } from '../src/lib/search/page-facts.ts';
import type { Fragment } from '../src/lib/search/pagefind-fragments.ts';
import { BundleFormatError, openBundle, pruneBundle } from '../src/lib/search/pagefind-bundle.ts';
import { WORDS_FILE } from '../src/lib/search/words/word-list.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
const site = path.resolve(ROOT, values.site);
const bundle = path.join(site, 'pagefind');

// Pagefind's executable, found as its npm wrapper finds it, and run without the wrapper: while the
// index is built, the step's peak memory at scale, every Node process still waiting counts too. For
// the same reason what reads Pagefind's output is only imported once Pagefind has finished.
const { resolveBinaryPath } = (await import(pathToFileURL(path.join(ROOT, 'node_modules/pagefind/lib/resolveBinary.js')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};

function runPagefind(): void {
  try {
    execFileSync(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--site', site], { stdio: 'inherit', windowsHide: true });
  } catch {
    console.error(`Search indexing failed: Pagefind could not index ${site} (its messages are above). Is it a built site? \`npm run build\` builds, then indexes.`);
    process.exit(1);
  }
}

// The last build's bundle is kept for the files Pagefind names after their contents, and pruned to
// what the new index names once Pagefind has run (src/lib/search/pagefind-bundle.ts). The word
// list, written last below, says that bundle was finished.
const kept = openBundle(bundle, WORDS_FILE);
runPagefind();
if (kept) {
  try {
    pruneBundle(bundle);
  } catch (error) {
    if (!(error instanceof BundleFormatError)) throw error;
    console.warn(`Search indexing: ${error.message} Has the installed Pagefind changed its file format? Indexing again from an empty folder.`);
    rmSync(bundle, { recursive: true, force: true });
    runPagefind();
  }
}

const started = performance.now();
const [{ decodeFacetIndex }, { encodeFacetIndex }, { FACET_FILE }, { FACETS_EVERY_ACTIVITY_HAS }, { encodePageFacts, encodePagePositions, PAGE_FACTS_FILE, PAGE_POSITIONS_FILE }, { FragmentError, readFragments }, { facetFilters, readSearchResult }, { writeWordList }] =
  await Promise.all([
    import('../src/lib/search/facet-file/decode.ts'),
    import('../src/lib/search/facet-file/encode.ts'),
    import('../src/lib/search/facet-file/format.ts'),
    import('../src/lib/search/facets.ts'),
    import('../src/lib/search/page-facts.ts'),
    import('../src/lib/search/pagefind-fragments.ts'),
    import('../src/lib/search/record.ts'),
    import('../src/lib/search/words/extract.ts'),
  ]);
let fragments: Fragment[];
try {
  fragments = readFragments(bundle, FACETS_EVERY_ACTIVITY_HAS);
} catch (error) {
  if (!(error instanceof FragmentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const pages: FacetPage[] = fragments.map(({ id, filters }) => ({ id, facets: facetFilters(filters) }));
/** Pagefind's name for the index just built, which the browser checks the filter file against. */
const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const indexes = Object.values(entry.languages).map((language) => language.hash);
if (indexes.length !== 1) {
  console.error(`Search indexing found ${indexes.length} languages (${Object.keys(entry.languages).join(', ')}); the search filters expect one. Give every page the same <html lang>.`);
  process.exit(1);
}
// Compressed here, like Pagefind's own files, so it travels small even from a host that only compresses text.
const encoded = encodeFacetIndex(pages, indexes[0]!);
const file = gzipSync(encoded, { level: 9 });
writeFileSync(path.join(bundle, FACET_FILE), file);

// Rows found through the filter file's own reader, so the two files cannot place a page differently.
const facetIndex = decodeFacetIndex(encoded);
const facts: PageFact[] = fragments.map(({ id, meta, filters, url }) => {
  const summary = readSearchResult({ meta, filters }, url);
  return { row: facetIndex.pageNumber(id)!, position: summary.position, outOfDate: summary.stale };
});
const factsFile = gzipSync(encodePageFacts(facts, facetIndex.rows, indexes[0]!), { level: 9 });
writeFileSync(path.join(bundle, PAGE_FACTS_FILE), factsFile);
const positionsFile = gzipSync(encodePagePositions(facts, facetIndex.rows, indexes[0]!), { level: 9 });
writeFileSync(path.join(bundle, PAGE_POSITIONS_FILE), positionsFile);
// Last: its presence tells the next run that this bundle was finished.
const words = writeWordList(fragments, path.join(bundle, WORDS_FILE));
console.log(
  `Search filters: values of ${pages.length.toLocaleString('en-GB')} pages in pagefind/${FACET_FILE} ` +
    `(${(file.length / 1000).toFixed(1)} kB), freshness in pagefind/${PAGE_FACTS_FILE} (${(factsFile.length / 1000).toFixed(1)} kB), positions in pagefind/${PAGE_POSITIONS_FILE} (${(positionsFile.length / 1000).toFixed(1)} kB), ` +
    `word list in pagefind/${WORDS_FILE} (${(gzipSync(words).length / 1000).toFixed(1)} kB gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
