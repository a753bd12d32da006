/**
 * The whole directory as one spreadsheet, for commissioners and anyone
 * counting what is on offer: the import layout (src/lib/csv/columns.ts), so
 * it can be edited and imported back, followed by columns only a reader
 * needs (the schedule in words, freshness, the page's address), worded by
 * the activity's view as its page words them.
 */
import type { DirectoryEntry } from '../content/directory.ts';
import { CSV_HEADER, MAX_SESSIONS, toCsvRecord } from './columns.ts';
import { activityView } from '../activity/view.ts';
import { spreadsheetCsv } from './spreadsheet.ts';

export const EXTRA_COLUMNS = ['when_in_words', 'area_name', 'freshness', 'listed', 'page_url'] as const;

export function directoryCsv(entries: readonly DirectoryEntry[], siteUrl: string): string {
  const rows = entries.map((entry) => {
    // The layout has room for MAX_SESSIONS sessions; when_in_words always lists them all.
    const data = (entry.data.schedules?.length ?? 0) > MAX_SESSIONS ? { ...entry.data, schedules: entry.data.schedules!.slice(0, MAX_SESSIONS) } : entry.data;
    const record = toCsvRecord({ id: entry.id, data, body: entry.body });
    const { when, where, freshness } = activityView(entry);
    return [
      ...CSV_HEADER.map((name) => record[name] ?? ''),
      when.lines.join('; '),
      where.area?.text ?? (where.online ? 'Online' : ''),
      freshness.state,
      entry.listed ? 'yes' : 'no',
      new URL(entry.url, siteUrl).href,
    ];
  });
  return spreadsheetCsv([...CSV_HEADER, ...EXTRA_COLUMNS], rows);
}
