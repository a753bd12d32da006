/**
 * node scripts/index-search.ts [--site dist]   (the second half of `npm run build`)
 *
 * Indexes the built site with Pagefind's executable, then writes, beside
 * Pagefind's files (scripts/lib/search-files.ts), the search filters' own index (`pagefind/facets.bin`,
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
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BundleFormatError, openBundle, pruneBundle } from '../src/lib/search/pagefind-bundle.ts';
import { WORDS_FILE } from '../src/lib/search/words/word-list.ts';
import { ACTIVITY_PAGES_GLOB } from '../src/lib/content/activity-url.ts';
import { hasSearchablePage } from './lib/searchable-pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
const site = path.resolve(ROOT, values.site);
const bundle = path.join(site, 'pagefind');

// Pagefind's executable, found as its npm wrapper finds it, and run without the wrapper: while the
// index is built, the step's peak memory at scale, every Node process still waiting counts too. For
// the same reason what reads Pagefind's output (scripts/lib/search-files.ts) is only imported once
// Pagefind has finished.
const { resolveBinaryPath } = (await import(pathToFileURL(path.join(ROOT, 'node_modules/pagefind/lib/resolveBinary.js')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};

function runPagefind(): void {
  try {
    execFileSync(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--site', site, '--glob', ACTIVITY_PAGES_GLOB], { stdio: 'inherit', windowsHide: true });
  } catch {
    console.error(`Search indexing failed: Pagefind could not index ${site} (its messages are above). Is it a built site? \`npm run build\` builds, then indexes.`);
    process.exit(1);
  }
}

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`Search indexing failed: ${site} is not a built site (it has no index.html). \`npm run build\` builds, then indexes.`);
  process.exit(1);
}
if (!hasSearchablePage(site)) {
  // An index left from an earlier build would still find activities this build no longer lists.
  rmSync(bundle, { recursive: true, force: true });
  console.log('Search indexing: no activity is listed, so there is nothing to search yet; the search page says so. Add an entry to content/activities/ and build again.');
  process.exit(0);
}

// The last build's bundle is kept for the files Pagefind names after their contents, and pruned to
// what the new index names once Pagefind has run (src/lib/search/pagefind-bundle.ts). The word
// list, which writeSearchFiles writes last, says that bundle was finished.
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

const { writeSearchFiles } = await import('./lib/search-files.ts');
writeSearchFiles(bundle);
