/**
 * Reads the filter values back out of the result fragments Pagefind wrote,
 * for the search filters' own file. A fragment is gzip over the marker
 * "pagefind_dcd" and then JSON; the format is Pagefind's, not a documented
 * interface, so each assumption is checked and a fragment that breaks one
 * stops the build with a message saying which, rather than writing a filter
 * file that quietly filters nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FacetPage } from './facet-file/encode.ts';

export const FRAGMENT_MARKER = 'pagefind_dcd';
export const FRAGMENT_SUFFIX = '.pf_fragment';

export class FragmentError extends Error {}

/** One page as Pagefind's fragment holds it: the text it indexed, its meta and its filters. */
export interface Fragment {
  /** The page id a search result carries (the file name less its suffix). */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Reads one fragment file, checking each assumption about its format.
 * `required` are the filters every indexed page declares; a fragment
 * missing one means Pagefind did not read the page's filters.
 */
export function readFragment(name: string, gzipped: Uint8Array, required: readonly string[]): Fragment {
  const where = `Search indexing: the Pagefind fragment ${name}`;
  let bytes: Buffer;
  try {
    bytes = gunzipSync(gzipped);
  } catch (error) {
    throw new FragmentError(`${where} is not gzip (${(error as Error).message}). Has the installed Pagefind changed its file format?`);
  }
  const marker = Buffer.from(FRAGMENT_MARKER);
  if (bytes.length < marker.length || !bytes.subarray(0, marker.length).equals(marker)) {
    throw new FragmentError(`${where} does not start with "${FRAGMENT_MARKER}". Has the installed Pagefind changed its file format? The version in package.json is the one this was written for.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(marker.length).toString('utf8'));
  } catch (error) {
    throw new FragmentError(`${where} is not JSON after its marker (${(error as Error).message}).`);
  }
  const page = (json ?? {}) as { filters?: unknown; url?: unknown; content?: unknown; meta?: unknown };
  const filters = page.filters;
  if (filters === null || typeof filters !== 'object' || Array.isArray(filters)) {
    throw new FragmentError(`${where} has no filters, though every activity page declares some. Check the page still marks them with data-pagefind-filter.`);
  }
  const facets = filters as Record<string, unknown>;
  const missing = required.filter((key) => !Array.isArray(facets[key]) || (facets[key] as unknown[]).length === 0);
  if (missing.length) {
    const url = page.url;
    throw new FragmentError(`${where}${typeof url === 'string' ? ` (${url})` : ''} lacks the filter${missing.length > 1 ? 's' : ''} ${missing.map((k) => `"${k}"`).join(', ')} that every activity page declares.`);
  }
  for (const [key, values] of Object.entries(facets)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) throw new FragmentError(`${where} has filter "${key}" that is not a list of text values.`);
  }
  if (typeof page.url !== 'string' || typeof page.content !== 'string') {
    throw new FragmentError(`${where} has no url or content text. Has the installed Pagefind changed its file format?`);
  }
  const meta = page.meta !== null && typeof page.meta === 'object' && !Array.isArray(page.meta) ? (page.meta as Record<string, string>) : {};
  return {
    id: name.endsWith(FRAGMENT_SUFFIX) ? name.slice(0, -FRAGMENT_SUFFIX.length) : name,
    url: page.url,
    content: page.content,
    meta,
    filters: facets as Record<string, string[]>,
  };
}

/** One fragment's filter values, keyed by the page id its file name gives. */
export function fragmentFacets(name: string, gzipped: Uint8Array, required: readonly string[]): FacetPage {
  const { id, filters } = readFragment(name, gzipped, required);
  return { id, facets: filters };
}

/** Every fragment in a Pagefind bundle folder (`<site>/pagefind`). */
export function readFragments(bundle: string, required: readonly string[]): Fragment[] {
  const dir = path.join(bundle, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith(FRAGMENT_SUFFIX))
    .map((name) => readFragment(name, readFileSync(path.join(dir, name)), required));
}
