/**
 * What an activity page embeds for "Update this activity": the entry's
 * checked fields and its description, which the form turns back into its
 * own state (submission.ts, entryToForm).
 */
import type { Activity } from '../../schema/activity.ts';

export interface EntrySourceData {
  id: string;
  data: Activity;
  body: string;
  /** The comment at the top of the file's front matter, written back above the fields. */
  headerComment?: string;
}

export function entrySource(entry: { id: string; data: Activity; body: string; headerComment?: string | undefined }): EntrySourceData {
  return { id: entry.id, data: entry.data, body: entry.body, ...(entry.headerComment ? { headerComment: entry.headerComment } : {}) };
}

/** The embedded entry read back from an activity page's HTML, or undefined when the page has none. */
export function readEntrySource(doc: Pick<Document, 'querySelector'>): EntrySourceData | undefined {
  const text = doc.querySelector('script[data-entry-source]')?.textContent;
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as EntrySourceData;
    if (!(typeof parsed?.id === 'string' && parsed.data && typeof parsed.body === 'string')) return undefined;
    if (parsed.headerComment !== undefined && typeof parsed.headerComment !== 'string') delete parsed.headerComment;
    return parsed;
  } catch {
    return undefined;
  }
}
