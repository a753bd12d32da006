/** Builds the compact what's-on file from the directory (build time). */
import type { DirectoryEntry } from './directory.ts';
import type { WhatsOnItem } from './whats-on.ts';
import { toActivityCard } from './activity-card.ts';
import { placeText } from './format.ts';

export function whatsOnItems(entries: readonly DirectoryEntry[]): WhatsOnItem[] {
  return entries
    .filter((e) => e.listed && e.data.status === 'running' && (e.data.schedules?.length ?? 0) > 0)
    .map((e) => ({ t: e.data.title, u: e.url, w: placeText(e.data.location, e.areaLabel), s: toActivityCard(e).sessions, a: e.data.assured_date }));
}
