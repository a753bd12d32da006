/**
 * What the indexing step writes beside Pagefind's files once Pagefind has
 * run (scripts/index-search.ts): the search filters' own index
 * (`facets.bin`), each page's freshness and map position in its rows
 * (`page-facts.bin`, `page-positions.bin`), and the index's word list
 * (`words.txt` and its parts), all read back out of the result fragments
 * Pagefind has just written, keyed by the ids it gave them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeFacetIndex } from '../../src/lib/search/facet-file/decode.ts';
import { encodeFacetIndex, type FacetPage } from '../../src/lib/search/facet-file/encode.ts';
import { FACET_FILE } from '../../src/lib/search/facet-file/format.ts';
import { FACETS_EVERY_ACTIVITY_HAS } from '../../src/lib/search/facets.ts';
import { encodePageFacts, encodePagePositions, PAGE_FACTS_FILE, PAGE_POSITIONS_FILE, type PageFact } from '../../src/lib/search/page-facts.ts';
import { FragmentError, readFragments, type Fragment } from '../../src/lib/search/pagefind-fragments.ts';
import { facetFilters, readSearchPosition, readSearchResult } from '../../src/lib/search/record.ts';
import { WORDS_FILE, writeWordList } from '../../src/lib/search/words/extract.ts';
import { activityCount } from '../../src/lib/activity/count.ts';

/** Writes the files into `bundle`, the word list last; a problem with Pagefind's output ends the process with its message. */
export function writeSearchFiles(bundle: string): void {
  const started = performance.now();
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
    const data = { meta, filters };
    const result = readSearchResult(data, url);
    return { row: facetIndex.pageNumber(id)!, position: readSearchPosition(data), outOfDate: result.stale, paused: result.paused };
  });
  const factsFile = gzipSync(encodePageFacts(facts, facetIndex.rows, indexes[0]!), { level: 9 });
  writeFileSync(path.join(bundle, PAGE_FACTS_FILE), factsFile);
  const positionsFile = gzipSync(encodePagePositions(facts, facetIndex.rows, indexes[0]!), { level: 9 });
  writeFileSync(path.join(bundle, PAGE_POSITIONS_FILE), positionsFile);
  // Last: its presence tells the next run that this bundle was finished.
  const words = writeWordList(fragments, path.join(bundle, WORDS_FILE));
  console.log(
    `Search filters: values of ${activityCount(pages.length)} in pagefind/${FACET_FILE} ` +
      `(${(file.length / 1000).toFixed(1)} kB), freshness and pauses in pagefind/${PAGE_FACTS_FILE} (${(factsFile.length / 1000).toFixed(1)} kB), positions in pagefind/${PAGE_POSITIONS_FILE} (${(positionsFile.length / 1000).toFixed(1)} kB), ` +
      `word list in pagefind/${WORDS_FILE} (${(gzipSync(words).length / 1000).toFixed(1)} kB gzipped) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}
