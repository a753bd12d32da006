/**
 * Every document of the static Open Referral UK feed, built from the
 * entries in one pass. src/lib/data-files.ts writes each document as a
 * file.
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
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const services = sorted.map((e) => toOrukService(e, settings));
  const items = services.map(toServiceListItem);
  const terms = allTerms(settings, sorted.flatMap((e) => e.data.eligibility?.conditions ?? []));
  const taxonomies = VOCABULARY_NAMES.map((v) => orukTaxonomy(settings, v));
  return {
    root: API_ROOT,
    services,
    servicePages: pages(items),
    allServices: singlePage(items),
    // A handful of taxonomies and a few dozen terms: one page each.
    taxonomies: singlePage(taxonomies),
    taxonomyTerms: singlePage(terms),
    taxonomyDetails: VOCABULARY_NAMES.map((v, i) => ({
      ...taxonomies[i]!,
      taxonomy_terms: terms.filter((t) => t.taxonomy_id === taxonomyId(settings, v)),
    })),
  };
}

/** The same feed for the same entries: the endpoints of one build share one computation. */
const built = new WeakMap<readonly ExportEntry[], Feed>();
export function feedFor(entries: readonly ExportEntry[], settings: Settings): Feed {
  let feed = built.get(entries);
  if (!feed) built.set(entries, (feed = buildFeed(entries, settings)));
  return feed;
}

/**
 * A feed document as the file a harvester reads. Not indented: indentation
 * doubled the feed's size, which at 100,000 services is half a gigabyte.
 */
export function jsonText(document: unknown): string {
  return `${JSON.stringify(document)}\n`;
}
