/**
 * The search record: what one activity page hands Pagefind (meta fields,
 * filter values, sort keys) and what a search result gives back. The page
 * writes it through `searchRecord` and the search island reads it through
 * `readSearchResult`, so a key exists only here and a rename cannot break
 * one side silently.
 */
import type { Point } from './distance.ts';

/** The Pagefind meta fields an activity page carries, by key. */
export interface SearchMeta {
  /** The activity's id (its file name), for the shortlist. */
  id: string;
  title: string;
  when: string;
  where: string;
  cost: string;
  /** Language, format and how active, when the entry says: "Polish, English · Group · Gentle". */
  fit?: string;
  /** Present ("yes") when the entry's details are out of date. */
  stale?: 'yes';
  /** Present ("yes") while the activity is paused. */
  paused?: 'yes';
  lat?: string;
  lon?: string;
}

/** Everything the page writes for Pagefind. */
export interface SearchRecord {
  meta: SearchMeta;
  /** Filter values by facet key (see facets.ts). */
  filters: Record<string, string[]>;
  /** Sort keys by name. */
  sort: { title: string };
}

export interface SearchRecordInput {
  id: string;
  title: string;
  when: string;
  where: string;
  cost: string;
  fit?: string | undefined;
  stale: boolean;
  paused: boolean;
  latitude?: number | undefined;
  longitude?: number | undefined;
  filters: Record<string, string[]>;
}

export function searchRecord(input: SearchRecordInput): SearchRecord {
  const meta: SearchMeta = { id: input.id, title: input.title, when: input.when, where: input.where, cost: input.cost };
  if (input.fit) meta.fit = input.fit;
  if (input.stale) meta.stale = 'yes';
  if (input.paused) meta.paused = 'yes';
  if (input.latitude !== undefined && input.longitude !== undefined) {
    meta.lat = String(input.latitude);
    meta.lon = String(input.longitude);
  }
  return { meta, filters: input.filters, sort: { title: input.title } };
}

/** One search result as the island shows it. */
export interface SearchResultSummary {
  activityId: string;
  title: string;
  when: string;
  where: string;
  cost: string;
  /** Empty when the entry says nothing about language, format or how active. */
  fit: string;
  stale: boolean;
  paused: boolean;
  position?: Point;
}

/** Reads a result's meta back; `url` stands in for a missing title. */
export function readSearchResult(meta: Readonly<Record<string, string | undefined>>, url: string): SearchResultSummary {
  const lat = meta.lat === undefined ? NaN : Number(meta.lat);
  const lon = meta.lon === undefined ? NaN : Number(meta.lon);
  return {
    activityId: meta.id ?? '',
    title: meta.title ?? url,
    when: meta.when ?? '',
    where: meta.where ?? '',
    cost: meta.cost ?? '',
    fit: meta.fit ?? '',
    stale: meta.stale === 'yes',
    paused: meta.paused === 'yes',
    ...(Number.isFinite(lat) && Number.isFinite(lon) ? { position: { latitude: lat, longitude: lon } } : {}),
  };
}
