/**
 * Long lists (a category or an area) split into pages: at 10,000 entries an
 * unpaginated category page is over half a megabyte of HTML, far too much
 * for a phone. Page 1 keeps the list's own address, so old links still work;
 * later pages add their number: /categories/walking/2/. The page size is
 * directory.yaml's list_page_size.
 */

/** Where a page sits in its list: what the pagination nav and the head's prev/next links need. */
export interface ListPosition {
  /** Page 1's address, ending in a slash. */
  base: string;
  current: number;
  last: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The address of page `n` of the list at `base` (which ends in a slash). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Every page's address, for the sitemap. */
export function pageHrefs(base: string, total: number, size: number): string[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => pageHref(base, i + 1));
}

/**
 * Which page numbers the navigation links to: the first, the last, and the
 * current page with its neighbours, with `null` where numbers are left out,
 * so a list of 40 pages needs 7 links rather than 40.
 */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    // A gap of one number is shown as the number itself: "…" would be no shorter.
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** "Showing 51 to 100 of 578 activities." (or nothing to say when one page holds them all) */
export function rangeText(start: number, end: number, total: number): string {
  if (total === 0 || (start === 0 && end + 1 === total)) return '';
  return `Showing ${start + 1} to ${end + 1} of ${total} activities.`;
}

/** The page title's suffix, so every page of a list has its own title. */
export function pageTitle(title: string, current: number, last: number): string {
  return current <= 1 ? title : `${title} (page ${current} of ${last})`;
}
