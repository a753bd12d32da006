/**
 * What a saved ORUK file holds, and the services in it, in 3.0 shape:
 * a 3.0 service or page of services, an array of services, or an ORUK 1.0
 * service or page, whose few differences (regular_schedules,
 * physical_addresses, service_taxonomys, eligibilitys, attending_access) are
 * renamed here so one reader serves both versions.
 */
import { isObject, objects } from './service-import.ts';
import { sharedTaxonomyId } from './ids.ts';

type Json = Record<string, unknown>;

export type DocumentKind = 'ORUK 3.0 service' | 'ORUK 3.0 page' | 'ORUK 1.0 service' | 'ORUK 1.0 page' | 'list of services';

export interface FeedServices {
  kind: DocumentKind;
  /** Each service in 3.0 shape, or the reason an item cannot be read as one. */
  services: ({ ok: true; service: Json } | { ok: false; message: string })[];
}

const V1_MARKERS = ['regular_schedules', 'service_taxonomys', 'eligibilitys', 'attending_access', 'deliverable_type', 'holiday_schedules'];

function isV1Service(x: Json): boolean {
  return V1_MARKERS.some((k) => k in x)
    || objects(x.service_at_locations).some((sal) => isObject(sal.location) && ('physical_addresses' in sal.location || 'accessibility_for_disabilities' in sal.location));
}

/** ORUK 1.0 attending_access → our way to join, given as a term of our own vocabulary. */
const JOIN_FROM_V1: Record<string, string> = { referral: 'referral', appointment: 'book-ahead', membership: 'book-ahead', 'drop-in': 'drop-in' };

function fromV1(v1: Json): Json {
  const eligibility = objects(v1.eligibilitys)[0];
  const access = typeof v1.attending_access === 'string' ? JOIN_FROM_V1[v1.attending_access.toLowerCase()] : undefined;
  const attributes = [
    ...objects(v1.service_taxonomys).map((st) => st.taxonomy).filter(isObject).map((t) => ({ taxonomy_term: { term: t.name, name: t.name } })),
    ...(access ? [{ taxonomy_term: { taxonomy_id: sharedTaxonomyId('join-methods'), term: access, name: access } }] : []),
  ];
  const online = typeof v1.attending_type === 'string' && /online|phone/i.test(v1.attending_type);
  const locations = objects(v1.service_at_locations).map((sal) => {
    const loc = isObject(sal.location) ? sal.location : {};
    return {
      location: {
        ...loc,
        location_type: 'physical',
        addresses: objects(loc.physical_addresses),
        accessibility: objects(loc.accessibility_for_disabilities).map((a) => ({ description: a.accessibility })),
      },
    };
  });
  return {
    ...v1,
    minimum_age: v1.minimum_age ?? eligibility?.minimum_age,
    maximum_age: v1.maximum_age ?? eligibility?.maximum_age,
    schedules: [...objects(v1.regular_schedules), ...objects(v1.service_at_locations).flatMap((sal) => objects(sal.regular_schedule))],
    service_at_locations: [...locations, ...(online ? [{ location: { location_type: 'virtual' } }] : [])],
    attributes,
  };
}

function read(item: unknown, v1: boolean): FeedServices['services'][number] {
  if (!isObject(item)) return { ok: false, message: 'This item is not a service object.' };
  return { ok: true, service: v1 || isV1Service(item) ? fromV1(item) : item };
}

/** Sorts a parsed JSON file into its services, or says why it holds none. */
export function servicesIn(document: unknown): FeedServices | { error: string } {
  if (Array.isArray(document)) return { kind: 'list of services', services: document.map((x) => read(x, false)) };
  if (!isObject(document)) return { error: 'The file is JSON but not an ORUK service, page or list of services.' };
  if (Array.isArray(document.contents)) return { kind: 'ORUK 3.0 page', services: document.contents.map((x) => read(x, false)) };
  if (Array.isArray(document.content)) return { kind: 'ORUK 1.0 page', services: document.content.map((x) => read(x, true)) };
  if (typeof document.name === 'string') {
    const v1 = isV1Service(document);
    return { kind: v1 ? 'ORUK 1.0 service' : 'ORUK 3.0 service', services: [read(document, v1)] };
  }
  return { error: 'The file is JSON but not an ORUK service, page or list of services: it has no "name", "contents" or "content".' };
}

/**
 * A page from `/services` lists only one-to-one fields; an entry needs the
 * schedules and places only the full service (`/services/{id}`) has.
 */
export function isListItemOnly(service: Json): boolean {
  return !['schedules', 'service_at_locations', 'cost_options', 'contacts', 'attributes'].some((k) => k in service);
}
