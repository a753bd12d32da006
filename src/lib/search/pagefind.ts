/**
 * The part of Pagefind's browser API the search uses, typed, and how the
 * page loads it from the built site's bundle.
 */

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  excerpt: string;
}

export interface PagefindResult {
  id: string;
  /** Fetches the result's fragment: one request per result, so only for the results shown. */
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Loads the index chunks a term needs without searching. */
  preload: (term: string) => Promise<void>;
  /** `null` matches every page (then sorted by `options.sort`). */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
}

/** Pagefind from the bundle the build wrote at `bundlePath`, ready to search. */
export async function loadPagefind(bundlePath: string): Promise<Pagefind> {
  const url = `${bundlePath}pagefind.js`;
  // Built after the site, so the bundler must leave this import to the browser.
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 20 });
  await pagefind.init();
  return pagefind;
}
