/**
 * The directory as pages and data files see it: every entry once, with what
 * they all need worked out in one place (area label, freshness, listed or
 * not). Pure, so the pages (through astro:content, in directory.ts) and the
 * build's data-file writer (reading the files itself) agree.
 */
import type { Activity } from '../../schema/activity.ts';
import type { Settings } from '../../schema/settings.ts';
import { areaLabel } from './settings.ts';
import { freshnessOn, isListed, type Freshness } from './freshness.ts';
import { activityUrl } from './activity-url.ts';
import { withStatusOn } from './status-on.ts';

export interface DirectoryEntry {
  id: string;
  data: Activity;
  body: string;
  url: string;
  areaLabel: string | undefined;
  freshness: Freshness;
  /** False for ended or possibly closed activities: they keep a page but leave search and listings. */
  listed: boolean;
  /** When its file was last changed (ISO 8601, from the repository's history); undefined without history. */
  lastChanged: string | undefined;
  /** The comment at the top of its front matter, which "Update this activity" keeps. */
  headerComment?: string | undefined;
}

export interface StoredEntry {
  id: string;
  data: Activity;
  body?: string | undefined;
  headerComment?: string | undefined;
}

/** Entries with their derived fields as of `today` (YYYY-MM-DD, the build day), sorted by title. `lastChanged` maps entry ids to their files' last commit times. */
export function directoryEntries(
  stored: readonly StoredEntry[], settings: Settings, today: string, lastChanged: ReadonlyMap<string, string> = new Map(),
): DirectoryEntry[] {
  return stored
    .map((entry) => {
      const fresh = freshnessOn(entry.data.assured_date, today, settings);
      return {
        id: entry.id,
        data: entry.data,
        body: entry.body ?? '',
        url: activityUrl(entry.id),
        areaLabel: entry.data.location.area ? areaLabel(settings, entry.data.location.area) : undefined,
        freshness: fresh,
        // On the build day: a course over by then leaves search as an ended activity does.
        listed: isListed(withStatusOn(entry.data, today), fresh),
        lastChanged: lastChanged.get(entry.id),
        ...(entry.headerComment ? { headerComment: entry.headerComment } : {}),
      };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}
