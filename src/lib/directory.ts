/**
 * The directory as pages see it: every entry once, with what every page
 * needs worked out in one place (area label, freshness, listed or not).
 * The only module besides content.config.ts that touches astro:content.
 */
import { getCollection } from 'astro:content';
import type { Activity } from '../schema/activity.ts';
import { loadSettings, areaLabel } from './settings.ts';
import { freshness, isListed, type Freshness } from './freshness.ts';

export interface DirectoryEntry {
  id: string;
  data: Activity;
  body: string;
  url: string;
  areaLabel: string | undefined;
  freshness: Freshness;
  /** False for ended or possibly closed activities: they keep a page but leave search and listings. */
  listed: boolean;
}

let entries: Promise<DirectoryEntry[]> | undefined;

/** All entries, sorted by title. Memoised: every page of a build shares one pass. */
export function allEntries(): Promise<DirectoryEntry[]> {
  entries ??= load();
  return entries;
}

async function load(): Promise<DirectoryEntry[]> {
  const settings = loadSettings();
  const now = new Date();
  const collection = await getCollection('activities');
  return collection
    .map((entry) => ({
      id: entry.id,
      data: entry.data,
      body: entry.body ?? '',
      url: `/activities/${entry.id}/`,
      areaLabel: entry.data.location.area ? areaLabel(settings, entry.data.location.area) : undefined,
      freshness: freshness(entry.data.assured_date, now, settings),
      listed: isListed(entry.data, freshness(entry.data.assured_date, now, settings)),
    }))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

export async function listedEntries(): Promise<DirectoryEntry[]> {
  return (await allEntries()).filter((e) => e.listed);
}
