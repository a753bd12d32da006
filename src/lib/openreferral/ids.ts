/**
 * Open Referral UK identifiers: UUIDs derived (version 5, SHA-1) from names
 * we already have, so an entry keeps the same ids in every build and a
 * harvester that stored them can match an update to what it had.
 *
 * - Shared vocabularies (categories, audiences, …) are the same in every
 *   directory built with this software, so their ids come straight from the
 *   fixed namespace: aggregators can merge them across directories.
 * - Everything else (services, organisations, areas) is scoped to one
 *   directory through its site_url, because two directories may each have a
 *   `tuesday-walking-group.md` that are different activities.
 * - A service's parts (schedules, locations, contacts, …) are named within
 *   the service's own UUID.
 */
import { createHash } from 'node:crypto';
import { nameKey } from '../content/name-key.ts';

/**
 * The version 5 UUID of `name` within `namespace` (RFC 9562): the uuid
 * package's v5, hashing with node:crypto directly. A feed holds several ids
 * for every entry, and the package's own route (checking the namespace with
 * a pattern, encoding through encodeURIComponent and a byte loop) cost more
 * than the SHA-1 itself.
 */
function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This software's namespace. Never change it: every id in every published feed depends on it. */
export const ORUK_NAMESPACE = '4c029494-7371-46b3-948b-6716daa171fb';

/** The namespace of one directory, from its public address (a trailing slash makes no difference). */
export function directoryNamespace(siteUrl: string): string {
  let namespace = namespaces.get(siteUrl);
  if (!namespace) {
    const url = new URL(siteUrl);
    namespace = uuidv5(`${url.origin}${url.pathname.replace(/\/+$/, '')}`, ORUK_NAMESPACE);
    namespaces.set(siteUrl, namespace);
  }
  return namespace;
}

// Every id in a feed is derived from the directory's namespace: work it out once per address.
const namespaces = new Map<string, string>();

export function serviceId(siteUrl: string, entryId: string): string {
  return uuidv5(`service:${entryId}`, directoryNamespace(siteUrl));
}

/** Organisations are identified by name within a directory, so one group's activities share one organisation. */
export function organizationId(siteUrl: string, name: string): string {
  return uuidv5(`organization:${nameKey(name)}`, directoryNamespace(siteUrl));
}

/** A part of a service, such as `schedule:0` or `location:physical`. */
export function partId(serviceUuid: string, part: string): string {
  return uuidv5(part, serviceUuid);
}

export function sharedTaxonomyId(vocabulary: string): string {
  return uuidv5(`taxonomy:${vocabulary}`, ORUK_NAMESPACE);
}

export function sharedTermId(vocabulary: string, key: string): string {
  return uuidv5(`taxonomy_term:${vocabulary}:${key}`, ORUK_NAMESPACE);
}

export function directoryTaxonomyId(siteUrl: string, vocabulary: string): string {
  return uuidv5(`taxonomy:${vocabulary}`, directoryNamespace(siteUrl));
}

export function directoryTermId(siteUrl: string, vocabulary: string, key: string): string {
  return uuidv5(`taxonomy_term:${vocabulary}:${key}`, directoryNamespace(siteUrl));
}
