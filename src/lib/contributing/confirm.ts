/**
 * "Still running, nothing has changed": sets an entry's assured_date and
 * leaves every other byte of the file as it was, so the commit that records
 * a confirmation shows only the date.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A top-level `assured_date:` line; nested keys are indented, so column 0 is always the entry's own. */
const ASSURED_LINE = /^assured_date:([ \t]*)(["']?)([^"'#\r\n]*?)\2([ \t]*(?:#[^\r\n]*)?)(\r?)$/m;

export interface Confirmed {
  text: string;
  /** The date the entry had before, or undefined when it had none. */
  previous: string | undefined;
}

export function isRealDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/**
 * The entry's text with assured_date set to `date`. An entry without the
 * line gets one at the end of its front matter, since confirming it is the
 * moment it becomes true.
 */
export function confirmEntryText(text: string, date: string): Confirmed {
  if (!isRealDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD.`);
  const open = /^(?:\uFEFF)?---(\r?\n)/.exec(text);
  if (!open) throw new Error('The file has no front matter: it must start with a line of three hyphens (---).');
  const newline = open[1]!;
  const start = open[0].length;
  const close = /^---[ \t]*\r?$/m.exec(text.slice(start));
  if (!close) throw new Error('The front matter never ends: add a line of three hyphens (---) after the last field.');
  const end = start + close.index;
  const frontMatter = text.slice(start, end);

  const line = ASSURED_LINE.exec(frontMatter);
  if (line) {
    const [whole, gap, quote, value, rest, cr] = line;
    const replaced = `assured_date:${gap || ' '}${quote}${date}${quote}${rest}${cr}`;
    const at = start + line.index;
    return { text: text.slice(0, at) + replaced + text.slice(at + whole.length), previous: value!.trim() || undefined };
  }
  const ending = frontMatter === '' || frontMatter.endsWith('\n') ? '' : newline;
  return { text: `${text.slice(0, end)}${ending}assured_date: ${date}${newline}${text.slice(end)}`, previous: undefined };
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The entry a confirmation or review-reminder issue is about: the issue
 * form's "Entry id" answer, or a reminder's hidden marker. Undefined unless
 * it is a well-formed id, so nothing else from an issue reaches a command.
 */
export function entryIdFromIssue(body: string): string | undefined {
  const marker = /<!-- review-due: ([^\s]+) /.exec(body)?.[1];
  const answer = /^### Entry id[ \t]*\r?\n\s*([^\r\n]*)/m.exec(body)?.[1];
  const id = (marker ?? answer ?? '').trim().replace(/^.*\/activities\/([^/]+)\/?$/, '$1').replace(/\.md$/, '').toLowerCase();
  return ENTRY_ID.test(id) ? id : undefined;
}
