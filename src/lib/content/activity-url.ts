/**
 * An activity's web address and the id it is made from, both ways: the
 * pages are written at the one and the search island reads the id back out
 * of a result's address, so the index need not carry it.
 */
const FOLDER = '/activities/';

/** The folder of the built site that holds the activity pages. */
export const ACTIVITY_FOLDER = FOLDER.slice(1, -1);

/**
 * The built pages Pagefind reads (its --glob, relative to the site): only
 * activity pages are indexed, and Pagefind parses every page it walks,
 * even those it then skips (lists, areas, forms) for want of a
 * data-pagefind-body.
 */
export const ACTIVITY_PAGES_GLOB = `${ACTIVITY_FOLDER}/**/*.{html}`;

/** A name the validator accepts for an entry's file (without .md) or a folder it is in. */
export const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a value can be an activity's id: names as above, a folder's
 * before the file's ("kingsby/tuesday-walk"). Anything else that claims to
 * be one (from an address, a share link, this browser's storage) is not
 * fetched or shown.
 */
export function isActivityId(value: string): boolean {
  return value.split('/').every((part) => NAME.test(part));
}

export function activityUrl(id: string): string {
  return `${FOLDER}${idInAddress(id)}/`;
}

/** The id as it goes into a path or a query: each name escaped, the folders' slashes kept. */
export function idInAddress(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** The id in an activity's address (with or without the site's origin or a base path); '' for any other address. */
export function activityIdFromUrl(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  const at = path.indexOf(FOLDER);
  if (at === -1) return '';
  const id = path.slice(at + FOLDER.length).replace(/\/(?:index\.html)?$/, '');
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
