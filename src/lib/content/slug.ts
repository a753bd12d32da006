/**
 * An entry's file name (and so its web address) from its title, the same
 * for `npm run new`, the importer and the browser's submission form.
 */

/** A file name from a title: "Tuesday Walking Group!" → "tuesday-walking-group". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
