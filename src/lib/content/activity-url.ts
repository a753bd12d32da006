/**
 * An activity's web address and the id it is made from, both ways: the
 * pages are written at the one and the search island reads the id back out
 * of a result's address, so the index need not carry it.
 */
const FOLDER = '/activities/';

export function activityUrl(id: string): string {
  return `${FOLDER}${id}/`;
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
