/**
 * Every document of the static Open Referral UK feed, built from the
 * entries. src/lib/publish/data-files.ts writes each document as a file
 * (feedFiles); buildFeed gives them all at once for tests and tools.
 *
 * Ended activities stay in the feed as `defunct`: the site keeps their
 * pages too, and a harvester that stored one needs to learn it has ended,
 * which a service that simply vanishes from a static feed cannot tell it.
 */
import type { Settings } from '../../schema/settings.ts';
import { pages, singlePage } from './pages.ts';
import { toOrukService, toServiceListItem, type ExportEntry, type OrukServiceListItem } from './service.ts';
import { allTerms, orukTaxonomy, taxonomyId, VOCABULARY_NAMES } from './taxonomy.ts';
import type { OrukApiRoot, OrukPage, OrukService, OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/** What the feed's `/` says: the ORUK validator reads `version` to pick the standard to check against. */
export const API_ROOT: OrukApiRoot = {
  version: 'HSDS-UK-3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
};

export interface TaxonomyWithTerms extends OrukTaxonomy {
  taxonomy_terms: OrukTaxonomyTerm[];
}

export interface Feed {
  root: OrukApiRoot;
  /** Full services, in entry-id order (file names never change order when a title does). */
  services: OrukService[];
  /** `/services?page=N`, N from 1. */
  servicePages: OrukPage<OrukServiceListItem>[];
  /** `/services` on hosts that cannot route on the query string: everything on one page. */
  allServices: OrukPage<OrukServiceListItem>;
  taxonomies: OrukPage<OrukTaxonomy>;
  taxonomyTerms: OrukPage<OrukTaxonomyTerm>;
  /** `/taxonomies/{id}`: a taxonomy with its terms. */
  taxonomyDetails: TaxonomyWithTerms[];
}

export function buildFeed(entries: readonly ExportEntry[], settings: Settings): Feed {
  const sorted = byId(entries);
  const services = sorted.map((e) => toOrukService(e, settings));
  const items = services.map(toServiceListItem);
  return { root: API_ROOT, services, servicePages: pages(items), allServices: singlePage(items), ...vocabularies(sorted, settings) };
}

export interface FeedFile {
  /** Path under the feed's folder, e.g. services/<id>.json */
  path: string;
  document: unknown;
}

/**
 * The same documents as buildFeed, as the files they are written to, one full
 * service at a time: only the short list items are kept for the pages, so a
 * build's memory does not grow with every full service of a large directory.
 */
export function* feedFiles(entries: readonly ExportEntry[], settings: Settings): Generator<FeedFile> {
  const sorted = byId(entries);
  const items: OrukServiceListItem[] = [];
  for (const entry of sorted) {
    const service = toOrukService(entry, settings);
    items.push(toServiceListItem(service));
    yield { path: `services/${service.id}.json`, document: service };
  }
  yield { path: 'index.json', document: API_ROOT };
  for (const page of pages(items)) yield { path: `services/page/${page.page_number}.json`, document: page };
  yield { path: 'services/all.json', document: singlePage(items) };
  const { taxonomies, taxonomyTerms, taxonomyDetails } = vocabularies(sorted, settings);
  yield { path: 'taxonomies.json', document: taxonomies };
  for (const taxonomy of taxonomyDetails) yield { path: `taxonomies/${taxonomy.id}.json`, document: taxonomy };
  yield { path: 'taxonomy_terms.json', document: taxonomyTerms };
  for (const term of taxonomyTerms.contents) yield { path: `taxonomy_terms/${term.id}.json`, document: term };
}

/** Services in entry-id order: file names never change order when a title does. */
function byId(entries: readonly ExportEntry[]): ExportEntry[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function vocabularies(sorted: readonly ExportEntry[], settings: Settings): Pick<Feed, 'taxonomies' | 'taxonomyTerms' | 'taxonomyDetails'> {
  const terms = allTerms(settings, sorted.flatMap((e) => e.data.eligibility?.conditions ?? []));
  const taxonomies = VOCABULARY_NAMES.map((v) => orukTaxonomy(settings, v));
  return {
    // A handful of taxonomies and a few dozen terms: one page each.
    taxonomies: singlePage(taxonomies),
    taxonomyTerms: singlePage(terms),
    taxonomyDetails: VOCABULARY_NAMES.map((v, i) => ({
      ...taxonomies[i]!,
      taxonomy_terms: terms.filter((t) => t.taxonomy_id === taxonomyId(settings, v)),
    })),
  };
}

/**
 * A feed document as the file a harvester reads. Not indented: indentation
 * doubled the feed's size, which at 100,000 services is half a gigabyte.
 */
export function jsonText(document: unknown): string {
  return `${JSON.stringify(document)}\n`;
}
