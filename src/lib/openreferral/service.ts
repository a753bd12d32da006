/**
 * One entry as an Open Referral UK 3.0 service (`GET /services/{id}`).
 *
 * Our field names were chosen from ORUK's, so most of this is a mapping;
 * where the profile has no field for something an entry holds, the closest
 * construct carries it, so reading the service back gives the entry again:
 *
 * summary + body        → description (summary, blank line, Markdown)
 * categories, audiences, how_to_join.method, eligibility.conditions
 *                       → attributes → taxonomy terms of our own vocabularies
 * how_to_join.instructions → application_process (HSDS 3.0)
 * eligibility.description  → eligibility_description (HSDS 3.0)
 * contact.phone         → contacts[].phones[] (HSDS 3.0 nesting of the profile's phone table)
 * contact.email/website → service email/url
 * schedules             → schedules (see schedule.ts); by_arrangement and
 *                         schedule_notes → one schedule with no rule
 * location              → service_at_locations[].location: venue = name,
 *                         directions = description, area = attribute;
 *                         online → a second, virtual location
 * accessibility         → location.accessibility[]: one record per feature
 *                         (with its term as an attribute), one for the notes
 * cost_option           → cost_options[]: free = amount 0, the price in words
 *                         = amount_description, concessions = option "Concessions"
 * status/status_note    → status (running active, paused temporarily closed,
 *                         ended defunct) and alert
 * languages             → languages[] with HSDS 3.0's code and (English) name
 * interpretation_services → interpretation_services (HSDS 3.0)
 * format, delivery, activity_level, safeguarding → attributes → terms of our own
 * no_experience_needed, first_visit, getting_there, paused_until
 *                       → attributes → terms of our "details" taxonomy, each
 *                         with the fact as its HSDS 3.0 value
 */
import type { Activity } from '../../schema/activity.ts';
import type { Settings } from '../../schema/settings.ts';
import { organizationId, partId, serviceId } from './ids.ts';
import { composeDescription } from './description.ts';
import { buildDay } from '../content/build-day.ts';
import { withStatusOn } from '../content/status-on.ts';
import { textSchedule, toOrukSchedule } from './schedule.ts';
import { orukTerm, VOCABULARIES, type DetailKey, type VocabularyName } from './taxonomy.ts';
import { languageName } from '../../schema/languages.ts';
import type {
  OrukAccessibility, OrukAttribute, OrukContact, OrukCostOption, OrukLocation, OrukService, OrukServiceAtLocation, OrukStatus,
} from './types.ts';

export interface ExportEntry {
  /** The file name without `.md`: the entry's id and web address. */
  id: string;
  data: Activity;
  body: string;
  /** When the entry's file was last changed (ISO 8601), where the repository's history says. */
  lastChanged?: string | undefined;
}

/** The keys we publish that come from HSDS 3.0 rather than the UK profile, which has nowhere else for these facts. */
export const HSDS_ONLY_FIELDS = [
  'application_process', 'eligibility_description', 'contacts[].phones', 'interpretation_services', 'languages[].code', 'languages[].name',
  'attributes[].value',
] as const;

export const STATUS_TO_ORUK: Record<Activity['status'], OrukStatus> = {
  running: 'active',
  paused: 'temporarily closed',
  ended: 'defunct',
};

/** The label a virtual location carries; only its location_type matters when reading it back. */
export const ONLINE_LOCATION_NAME = 'Online or by phone';
export const CONCESSIONS_OPTION = 'Concessions';
export const FREE_DESCRIPTION = 'Free';

/**
 * A URL as the profile's `uri` format accepts it. Entries' links pass the
 * WHATWG URL parser, which tolerates characters (spaces, quotes, < >) that
 * RFC 3986 does not; only those are percent-encoded, so ordinary links are
 * published exactly as written.
 */
export function asUri(url: string): string {
  return url.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (c) => encodeURIComponent(c));
}

/** The price as a number when the words hold exactly one, such as "£3 a session" → 3. */
export function priceIn(words: string): number | undefined {
  const prices = [...words.matchAll(/£\s?(\d+(?:\.\d{1,2})?)/g)];
  return prices.length === 1 ? Number(prices[0]![1]) : undefined;
}

/** `city` is required: the last part of the address ("Mill Lane, Millbrook" → "Millbrook"). */
export function cityOf(address: string): string {
  return address.split(',').map((p) => p.trim()).filter(Boolean).at(-1) ?? address.trim();
}

function attribute(settings: Settings, owner: string, vocabulary: VocabularyName, key: string): OrukAttribute {
  const term = orukTerm(settings, vocabulary, key);
  return {
    id: partId(owner, `attribute:${vocabulary}:${term.id}`),
    link_type: VOCABULARIES[vocabulary].linkType,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}

const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');

/** The facts carried as attribute values, in the order an entry holds them. */
export function detailValues(a: Activity): [DetailKey, string][] {
  const facts: [DetailKey, string | undefined][] = [
    ['no-experience-needed', yesNo(a.no_experience_needed)],
    ['met-on-arrival', yesNo(a.first_visit?.met_on_arrival)],
    ['bring-someone', yesNo(a.first_visit?.bring_someone)],
    ['free-taster', yesNo(a.first_visit?.free_taster)],
    ['what-to-bring', a.first_visit?.what_to_bring],
    ['buses', a.getting_there?.buses],
    ['parking', a.getting_there?.parking],
    ['step-free-route', a.getting_there?.step_free_route],
    ['paused-until', a.paused_until],
  ];
  return facts.filter((f): f is [DetailKey, string] => f[1] !== undefined);
}

function costOptions(cost: Activity['cost_option'], service: string): OrukCostOption[] {
  const options: OrukCostOption[] = [];
  if (cost.free) {
    options.push({ id: partId(service, 'cost:standard'), amount: 0, amount_description: FREE_DESCRIPTION });
  } else if (cost.amount) {
    const amount = priceIn(cost.amount);
    options.push({ id: partId(service, 'cost:standard'), ...(amount === undefined ? {} : { amount }), amount_description: cost.amount });
  }
  if (cost.concessions) {
    options.push({ id: partId(service, 'cost:concessions'), option: CONCESSIONS_OPTION, amount_description: cost.concessions });
  }
  return options;
}

function accessibilityRecords(settings: Settings, a: Activity['accessibility'], service: string): OrukAccessibility[] {
  const records: OrukAccessibility[] = (a?.features ?? []).map((key) => {
    const term = orukTerm(settings, 'accessibility', key);
    const id = partId(service, `accessibility:${key}`);
    return { id, description: term.name, details: term.description, attributes: [attribute(settings, id, 'accessibility', key)] };
  });
  if (a?.notes) records.push({ id: partId(service, 'accessibility:notes'), description: a.notes });
  return records;
}

function locations(settings: Settings, activity: Activity, service: string): OrukServiceAtLocation[] {
  const loc = activity.location;
  const physical = [loc.venue, loc.address, loc.postcode, loc.latitude, loc.directions].some((v) => v !== undefined);
  const found: OrukLocation[] = [];
  if (physical) {
    const id = partId(service, 'location:physical');
    found.push({
      id,
      location_type: 'physical',
      ...(loc.venue ? { name: loc.venue } : {}),
      ...(loc.directions ? { description: loc.directions } : {}),
      ...(loc.latitude !== undefined && loc.longitude !== undefined ? { latitude: loc.latitude, longitude: loc.longitude } : {}),
      ...(loc.address || loc.postcode
        ? {
          addresses: [{
            id: partId(service, 'address:physical'),
            address_1: loc.address ?? '',
            city: cityOf(loc.address ?? ''),
            // Required, but an entry does not say which county or nation it is in.
            state_province: '',
            postal_code: loc.postcode ?? '',
            country: 'GB',
            address_type: 'physical' as const,
          }],
        }
        : {}),
    });
  }
  if (loc.online) found.push({ id: partId(service, 'location:virtual'), location_type: 'virtual', name: ONLINE_LOCATION_NAME });
  // Area and accessibility belong to where people go: the venue, or the online "place" when there is none.
  const main = found[0];
  if (main) {
    const access = accessibilityRecords(settings, activity.accessibility, service);
    if (access.length) main.accessibility = access;
    if (loc.area) main.attributes = [attribute(settings, main.id, 'areas', loc.area)];
  }
  return found.map((location) => ({ id: partId(service, `service_at_location:${location.location_type}`), location }));
}

function contacts(contact: Activity['contact'], service: string): OrukContact[] {
  if (!contact.name && !contact.phone) return [];
  const id = partId(service, 'contact');
  return [{
    id,
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.phone ? { phones: [{ id: partId(service, 'phone'), number: contact.phone }] } : {}),
  }];
}

export function toOrukService(entry: ExportEntry, settings: Settings): OrukService {
  const a = withStatusOn(entry.data, buildDay());
  const id = serviceId(settings.site_url, entry.id);
  const attributes: OrukAttribute[] = [
    ...a.categories.map((k) => attribute(settings, id, 'categories', k)),
    ...(a.eligibility?.audiences ?? []).map((k) => attribute(settings, id, 'audiences', k)),
    ...(a.eligibility?.conditions ?? []).map((c) => attribute(settings, id, 'conditions', c)),
    attribute(settings, id, 'join-methods', a.how_to_join.method),
    ...(a.format ? [attribute(settings, id, 'formats', a.format)] : []),
    ...(a.delivery ?? []).map((k) => attribute(settings, id, 'delivery', k)),
    ...(a.activity_level ? [attribute(settings, id, 'activity-levels', a.activity_level)] : []),
    ...(a.safeguarding ? [attribute(settings, id, 'safeguarding', a.safeguarding)] : []),
    ...detailValues(a).map(([key, value]) => ({ ...attribute(settings, id, 'details', key), value })),
  ];
  const languages = (a.languages ?? []).map((code) => ({ id: partId(id, `language:${code}`), code, name: languageName(code).english }));
  const text = textSchedule(Boolean(a.by_arrangement), a.schedule_notes, partId(id, 'schedule:text'));
  // The same anchor as the activity's calendar, so both give the same first session after a pause.
  // From the entry as written: once its pause is over the activity is active, and its first session is still the one after the pause.
  const { data } = entry;
  const resume = data.status === 'paused' && data.paused_until ? { from: data.paused_until, anchor: data.assured_date } : undefined;
  const schedules = [...(a.schedules ?? []).map((s, i) => toOrukSchedule(s, partId(id, `schedule:${i}`), resume)), ...(text ? [text] : [])];
  const costs = costOptions(a.cost_option, id);
  const places = locations(settings, a, id);
  const people = contacts(a.contact, id);
  return {
    id,
    name: a.title,
    description: composeDescription(a.summary, entry.body),
    ...(a.contact.website ? { url: asUri(a.contact.website) } : {}),
    ...(a.contact.email ? { email: a.contact.email } : {}),
    status: STATUS_TO_ORUK[a.status],
    ...(a.eligibility?.minimum_age !== undefined ? { minimum_age: a.eligibility.minimum_age } : {}),
    ...(a.eligibility?.maximum_age !== undefined ? { maximum_age: a.eligibility.maximum_age } : {}),
    assured_date: a.assured_date,
    ...(entry.lastChanged ? { last_modified: entry.lastChanged } : {}),
    ...(a.status_note ? { alert: a.status_note } : {}),
    ...(a.how_to_join.instructions ? { application_process: a.how_to_join.instructions } : {}),
    ...(a.eligibility?.description ? { eligibility_description: a.eligibility.description } : {}),
    ...(a.interpretation_services ? { interpretation_services: a.interpretation_services } : {}),
    ...(languages.length ? { languages } : {}),
    ...(schedules.length ? { schedules } : {}),
    ...(places.length ? { service_at_locations: places } : {}),
    organization: {
      id: organizationId(settings.site_url, a.organisation.name),
      name: a.organisation.name,
      // Required by the profile; entries describe the activity, not the organisation, so its name stands in.
      description: a.organisation.name,
      ...(a.organisation.website ? { website: asUri(a.organisation.website) } : {}),
    },
    ...(costs.length ? { cost_options: costs } : {}),
    ...(people.length ? { contacts: people } : {}),
    attributes,
  };
}

/** The one-to-one fields a `/services` page lists (the profile's service_list.json). */
const LIST_FIELDS = [
  'id', 'name', 'description', 'url', 'email', 'status', 'minimum_age', 'maximum_age', 'assured_date', 'alert', 'organization',
] as const satisfies readonly (keyof OrukService)[];

export type OrukServiceListItem = Pick<OrukService, (typeof LIST_FIELDS)[number]>;

export function toServiceListItem(service: OrukService): OrukServiceListItem {
  return Object.fromEntries(LIST_FIELDS.filter((k) => service[k] !== undefined).map((k) => [k, service[k]])) as OrukServiceListItem;
}
