/**
 * An Open Referral UK 3.0 service read back into an entry's front matter
 * and Markdown: the reverse of service.ts, so import(export(entry)) is the
 * entry again. Services from other publishers are read as far as they go;
 * anything an entry needs that a feed does not say (a way to join, an area,
 * a last-checked date) is left out, and the activity schema then names it.
 *
 * Nothing here decides validity: the result is front matter for the same
 * schema and validator a hand-written entry goes through.
 */
import type { Settings } from '../../schema/settings.ts';
import { splitDescription } from './description.ts';
import { compact, type FrontMatter } from '../contributing/front-matter.ts';
import { calendarDate, fromOrukSchedule, type SessionInput } from './schedule.ts';
import { CONCESSIONS_OPTION, FREE_DESCRIPTION } from './service.ts';
import { termValue, VOCABULARIES, type DetailKey, type VocabularyName } from './taxonomy.ts';

type Json = Record<string, unknown>;

export interface ImportedEntry {
  /** The service's id in the feed, to find an entry it came from. */
  sourceId?: string;
  frontMatter: FrontMatter;
  body: string;
  /** Things the reader should know that are not errors, such as a shortened summary. */
  notes: string[];
}

export interface ImportProblem {
  /** The front-matter field it concerns (`schedules`, `location`), as the validator names fields. */
  field: string;
  message: string;
}

export type ImportResult = { ok: true; entry: ImportedEntry } | { ok: false; problems: ImportProblem[] };

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function number(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value ?? undefined;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function joined(parts: (string | undefined)[], separator = ' '): string | undefined {
  const present = parts.filter((p): p is string => Boolean(p));
  return present.length ? present.join(separator) : undefined;
}

/**
 * Our values among the terms an object's attributes point at. A term counts
 * when it is in our taxonomy; when it was filed under this vocabulary's
 * link_type (as another directory built with this software files its own
 * areas and conditions); or, with matchForeign, when its key or label is one
 * of our values.
 */
function valuesOf(settings: Settings, vocabulary: VocabularyName, owner: Json | undefined, matchForeign: boolean): string[] {
  const { linkType } = VOCABULARIES[vocabulary];
  const found = objects(owner?.attributes).flatMap((a) => {
    if (!isObject(a.taxonomy_term)) return [];
    const sameKind = a.link_type === linkType;
    if (sameKind && vocabulary === 'conditions') return [text(a.taxonomy_term.term) ?? text(a.taxonomy_term.name)];
    return [termValue(settings, vocabulary, a.taxonomy_term, { matchForeign: matchForeign || sameKind })];
  });
  return unique(found.filter((v): v is string => v !== undefined));
}

/** The facts our "details" terms carry as attribute values, by term key. */
function detailsOf(settings: Settings, service: Json): Partial<Record<DetailKey, string>> {
  const out: Partial<Record<DetailKey, string>> = {};
  for (const a of objects(service.attributes)) {
    if (!isObject(a.taxonomy_term)) continue;
    const key = termValue(settings, 'details', a.taxonomy_term, { matchForeign: false }) as DetailKey | undefined;
    const value = text(a.value);
    if (key && value !== undefined && out[key] === undefined) out[key] = value;
  }
  return out;
}

const STATUS_FROM_ORUK: Record<string, string> = {
  active: 'running',
  'temporarily closed': 'paused',
  // "inactive" may mean stopped for now or for good; ended keeps it out of search until someone checks.
  inactive: 'ended',
  defunct: 'ended',
};

function costOption(options: Json[], fees: string | undefined): FrontMatter | undefined {
  const concessions = options.filter((o) => text(o.option)?.toLowerCase() === CONCESSIONS_OPTION.toLowerCase());
  const prices = options.filter((o) => !concessions.includes(o));
  const isFree = (o: Json) => number(o.amount) === 0 && (!text(o.amount_description) || text(o.amount_description)?.toLowerCase() === FREE_DESCRIPTION.toLowerCase());
  const words = (o: Json, labelled: boolean) => {
    const amount = number(o.amount);
    const described = text(o.amount_description) ?? (typeof amount === 'number' ? `£${amount.toFixed(2).replace(/\.00$/, '')}` : undefined);
    const option = labelled ? text(o.option) : undefined;
    return option && described ? `${option}: ${described}` : described ?? option;
  };
  const concession = joined(concessions.map((o) => words(o, false)), '; ');
  if (prices.length && prices.every(isFree)) return { free: true, concessions: concession };
  const paid = joined(prices.filter((o) => !isFree(o)).map((o) => words(o, true)), '; ');
  if (paid) return { free: false, amount: paid, concessions: concession };
  if (fees) return /^free\b/i.test(fees) ? { free: true, concessions: concession } : { free: false, amount: fees, concessions: concession };
  return concession ? { concessions: concession } : undefined;
}

function schedules(service: Json): { sessions: SessionInput[]; notes: string | undefined; hadAny: boolean; problems: ImportProblem[] } {
  const sessions: SessionInput[] = [];
  const notes: string[] = [];
  const problems: ImportProblem[] = [];
  const all = objects(service.schedules);
  all.forEach((schedule, i) => {
    const read = fromOrukSchedule(schedule);
    if (read.kind === 'sessions') sessions.push(...read.sessions);
    else if (read.kind === 'text') notes.push(...read.text);
    else problems.push({ field: 'schedules', message: `schedule ${i + 1}: ${read.message}` });
  });
  return { sessions, notes: joined(notes), hadAny: all.length > 0, problems };
}

function location(settings: Settings, service: Json, matchForeign: boolean): { location?: FrontMatter; features: string[]; accessNotes?: string | undefined; problems: ImportProblem[] } {
  const places = objects(service.service_at_locations).map((sal) => sal.location).filter(isObject);
  const physical = places.filter((p) => p.location_type !== 'virtual');
  const online = places.some((p) => p.location_type === 'virtual');
  if (physical.length > 1) {
    return {
      features: [],
      problems: [{ field: 'location', message: `The service is at ${physical.length} places; an entry holds one. Import each place as its own entry.` }],
    };
  }
  const place = physical[0];
  const address = place ? objects(place.addresses)[0] : undefined;
  const street = text(address?.address_1);
  const city = text(address?.city);
  const fullAddress = street && city && !street.toLowerCase().endsWith(city.toLowerCase()) ? `${street}, ${city}` : street ?? city;

  const main = place ?? places[0];
  let area = valuesOf(settings, 'areas', main, false)[0];
  if (!area) {
    // A feed from elsewhere has no area terms of ours: an area named in the address is the next best thing.
    const names = [address?.city, address?.region, address?.state_province].map(text).filter(Boolean).map((s) => s!.toLowerCase());
    area = settings.areas.find((a) => names.includes(a.label.toLowerCase()) || names.includes(a.id))?.id;
  }

  const features: string[] = [];
  const notes: string[] = [];
  for (const record of objects(main?.accessibility)) {
    const feature = valuesOf(settings, 'accessibility', record, false)[0]
      ?? (matchForeign ? termValue(settings, 'accessibility', { term: record.description, name: record.accessibility }, { matchForeign }) : undefined);
    if (feature) features.push(feature);
    else notes.push(...[text(record.description) ?? text(record.accessibility), text(record.details)].filter((t): t is string => Boolean(t)));
  }
  return {
    location: {
      online: online || undefined,
      venue: text(place?.name),
      address: fullAddress,
      postcode: text(address?.postal_code),
      area,
      latitude: number(place?.latitude),
      longitude: number(place?.longitude),
      directions: text(place?.description),
    },
    features: unique(features),
    accessNotes: joined(notes),
    problems: [],
  };
}

/**
 * One ORUK 3.0 service as an entry. `matchForeign` also reads terms from
 * other publishers' taxonomies by name (a term "Walking" is our category
 * walking); our own feed never needs it.
 */
export function fromOrukService(raw: unknown, settings: Settings): ImportResult {
  if (!isObject(raw)) return { ok: false, problems: [{ field: 'service', message: 'This is not a service object.' }] };
  const service = raw;
  const ours = (v: VocabularyName) => valuesOf(settings, v, service, false);
  const foreign = (v: VocabularyName) => valuesOf(settings, v, service, true);
  // Every service of our own feed has a category of ours; without one, the terms came from elsewhere.
  const matchForeign = ours('categories').length === 0;
  const pick = (v: VocabularyName) => (matchForeign ? foreign(v) : ours(v));

  const timing = schedules(service);
  const place = location(settings, service, matchForeign);
  const problems = [...timing.problems, ...place.problems];
  if (problems.length) return { ok: false, problems };

  const description = text(service.description);
  const split = description ? splitDescription(description) : undefined;
  const notes = split?.shortened ? [`summary shortened from the description: "${split.summary}"`] : [];
  const contacts = objects(service.contacts);
  const contact = contacts[0];
  const phones = [...contacts.flatMap((c) => objects(c.phones)), ...objects(service.phones)];
  const phone = phones[0];
  // An entry has one contact with one phone number; say so rather than drop the others unseen.
  if (contacts.length > 1 || phones.length > 1) {
    notes.push(`kept the first of ${contacts.length} contacts and ${phones.length} phone numbers`);
  }
  const eligibility = {
    minimum_age: number(service.minimum_age),
    maximum_age: number(service.maximum_age),
    audiences: pick('audiences'),
    conditions: ours('conditions'),
    description: text(service.eligibility_description),
  };

  const details = detailsOf(settings, service);
  const yes = (key: DetailKey) => (details[key] === undefined ? undefined : details[key]!.toLowerCase() === 'yes' ? true : details[key]!.toLowerCase() === 'no' ? false : details[key]);
  const languages = unique(objects(service.languages).map((l) => text(l.code)?.toLowerCase()).filter((c): c is string => Boolean(c)));
  const frontMatter = compact({
    title: text(service.name),
    summary: split?.summary,
    categories: pick('categories'),
    organisation: isObject(service.organization)
      ? { name: text(service.organization.name), website: text(service.organization.website) }
      : undefined,
    how_to_join: { method: pick('join-methods')[0], instructions: text(service.application_process) },
    contact: {
      name: text(contact?.name),
      phone: text(phone?.number),
      email: text(service.email),
      website: text(service.url),
    },
    schedules: timing.sessions,
    by_arrangement: timing.sessions.length === 0 && timing.hadAny ? true : undefined,
    schedule_notes: timing.notes,
    languages,
    interpretation_services: text(service.interpretation_services),
    format: pick('formats')[0],
    delivery: pick('delivery'),
    activity_level: pick('activity-levels')[0],
    no_experience_needed: yes('no-experience-needed'),
    first_visit: {
      met_on_arrival: yes('met-on-arrival'),
      bring_someone: yes('bring-someone'),
      free_taster: yes('free-taster'),
      what_to_bring: details['what-to-bring'],
    },
    getting_there: { buses: details.buses, parking: details.parking, step_free_route: details['step-free-route'] },
    safeguarding: pick('safeguarding')[0],
    location: place.location,
    cost_option: costOption(objects(service.cost_options), text(service.fees)),
    eligibility,
    accessibility: { features: place.features, notes: place.accessNotes },
    assured_date: calendarDate(text(service.assured_date)),
    status: STATUS_FROM_ORUK[text(service.status)?.toLowerCase() ?? ''] ?? text(service.status),
    status_note: text(service.alert),
    paused_until: details['paused-until'],
  });
  return { ok: true, entry: { ...(text(service.id) ? { sourceId: text(service.id)! } : {}), frontMatter, body: split?.body ?? '', notes } };
}
