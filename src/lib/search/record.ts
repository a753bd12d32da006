/**
 * The search record: what one activity page hands Pagefind (meta fields,
 * filter values, sort keys) and what a search result gives back. The page
 * writes it through `searchRecord` and the search island reads it through
 * `readSearchResult`, so a key exists only here and a rename cannot break
 * one side silently.
 */
import { activityIdFromUrl } from '../content/activity-url.ts';
import type { Point } from './distance.ts';

/**
 * Pagefind meta fields. Pagefind indexes the words of every meta field, so
 * the title is the only one: an id, a map position or the words of "when"
 * as meta put tens of thousands of slugs and numbers among the words a
 * search looks up, and into the chunks it downloads.
 */
export interface SearchMeta {
  title: string;
}

/**
 * What a result card shows besides its title, and the page's map position.
 * They travel as Pagefind filters, whose values reach each result's
 * fragment but are not indexed as words; the island never filters on them,
 * and their keys start with CARD_FILTER_PREFIX so the filter file leaves
 * them out (`facetFilters`). Each value unique to one page costs Pagefind
 * memory while it indexes, so the id is read back from the page's address
 * and the position is one value, not two.
 */
export interface SearchCard {
  when: string;
  where: string;
  cost: string;
  /** Language, format and how active, when the entry says: "Polish, English · Group · Gentle". */
  fit?: string;
  /** Present ("yes") when the entry's details are out of date. */
  stale?: 'yes';
  /** Present ("yes") while the activity is paused. */
  paused?: 'yes';
  /**
   * "latitude longitude", for the indexing step's page positions file
   * (page-facts.ts), from which the island sorts by distance; no card shows it.
   */
  at?: string;
}

export const CARD_FILTER_PREFIX = 'card-';

/** Everything the page writes for Pagefind. */
export interface SearchRecord {
  meta: SearchMeta;
  card: SearchCard;
  /** Filter values by facet key (see facets.ts). */
  filters: Record<string, string[]>;
  /** Sort keys by name. */
  sort: { title: string };
}

export interface SearchRecordInput {
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
  const card: SearchCard = { when: input.when, where: input.where, cost: input.cost };
  if (input.fit) card.fit = input.fit;
  if (input.stale) card.stale = 'yes';
  if (input.paused) card.paused = 'yes';
  if (input.latitude !== undefined && input.longitude !== undefined) card.at = `${input.latitude} ${input.longitude}`;
  return { meta: { title: input.title }, card, filters: input.filters, sort: { title: input.title } };
}

/** The card's fields as the Pagefind filters the page writes. */
export function cardFilters(card: SearchCard): Record<string, string[]> {
  return Object.fromEntries(Object.entries(card).map(([key, value]) => [`${CARD_FILTER_PREFIX}${key}`, [value]]));
}

/** A fragment's filters without the card's: the facets a reader can tick. */
export function facetFilters(filters: Readonly<Record<string, string[]>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([key]) => !key.startsWith(CARD_FILTER_PREFIX)));
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
}

/** What a result's fragment gives back: its meta and its filters. */
export interface SearchResultData {
  meta: Readonly<Record<string, string | undefined>>;
  filters?: Readonly<Record<string, readonly string[] | undefined>>;
}

/** Reads a result's title and card back; `url` stands in for a missing title. */
export function readSearchResult({ meta, filters = {} }: SearchResultData, url: string): SearchResultSummary {
  const card = (key: keyof SearchCard): string | undefined => filters[`${CARD_FILTER_PREFIX}${key}`]?.[0];
  return {
    activityId: activityIdFromUrl(url),
    title: meta.title ?? url,
    when: card('when') ?? '',
    where: card('where') ?? '',
    cost: card('cost') ?? '',
    fit: card('fit') ?? '',
    stale: card('stale') === 'yes',
    paused: card('paused') === 'yes',
  };
}

/** A result's map position, when its page has one. */
export function readSearchPosition({ filters = {} }: SearchResultData): Point | undefined {
  const [latitude, longitude] = (filters[`${CARD_FILTER_PREFIX}at`]?.[0] ?? '').split(' ').map((n) => (n.trim() === '' ? NaN : Number(n)));
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude: latitude!, longitude: longitude! } : undefined;
}
