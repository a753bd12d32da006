/**
 * The directory as pages see it: the content layer's entries, with the
 * fields entries.ts derives. The only module besides content.config.ts that
 * touches astro:content.
 */
import { getCollection } from 'astro:content';
import { loadSettings } from './settings.ts';
import { buildDay } from './build-day.ts';
import { directoryEntries, type DirectoryEntry } from './entries.ts';
import { activitiesDir } from './content-dir.ts';
import { lastChangedTimes } from './last-changed.ts';
import { HEADER_COMMENT } from './loader.ts';

export type { DirectoryEntry } from './entries.ts';

let entries: Promise<DirectoryEntry[]> | undefined;

/** All entries, sorted by title. Memoised: every page of a build shares one pass. */
export function allEntries(): Promise<DirectoryEntry[]> {
  entries ??= getCollection('activities').then((collection) =>
    directoryEntries(
      collection.map((entry) => ({ ...entry, headerComment: entry.rendered?.metadata?.[HEADER_COMMENT] as string | undefined })),
      loadSettings(),
      buildDay(),
      lastChangedTimes(activitiesDir()),
    ),
  );
  return entries;
}

export async function listedEntries(): Promise<DirectoryEntry[]> {
  return (await allEntries()).filter((e) => e.listed);
}
