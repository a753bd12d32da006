/** The id (and web address) an entry gets from its file name, relative to the activities folder. */
export function entryId(relative: string): string {
  return relative.replace(/\\/g, '/').replace(/\.md$/i, '').toLowerCase().replace(/\s+/g, '-');
}
