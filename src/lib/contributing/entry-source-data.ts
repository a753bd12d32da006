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
}

export function entrySource(entry: { id: string; data: Activity; body: string }): EntrySourceData {
  return { id: entry.id, data: entry.data, body: entry.body };
}

/** The embedded entry read back from an activity page's HTML, or undefined when the page has none. */
export function readEntrySource(doc: Pick<Document, 'querySelector'>): EntrySourceData | undefined {
  const text = doc.querySelector('script[data-entry-source]')?.textContent;
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as EntrySourceData;
    return typeof parsed?.id === 'string' && parsed.data && typeof parsed.body === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
