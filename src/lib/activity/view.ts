/**
 * One activity as people read it: every fact about an entry put into words
 * once, so its page, the result cards, the shortlist and handout, the
 * structured data, the feeds, the spreadsheet and the search record cannot
 * word the same fact two ways. Plain data (strings and lists), no markup:
 * each place that shows an activity maps this view to its own form.
 *
 * A new field belongs in the schema, here, and in the places that show it.
 */
import type { Activity } from '../../schema/activity.ts';
import type { DirectoryEntry } from '../content/entries.ts';
import type { Freshness } from '../content/freshness.ts';
import { buildDay } from '../content/build-day.ts';
import { withStatusOn } from '../content/status-on.ts';
import { CATEGORIES, JOIN_METHODS, STATUSES } from '../../schema/vocabulary.ts';
import { formatLongDate } from '../schedule/dates.ts';
import { describeSchedule, describeSession, describeValidity } from '../schedule/describe.ts';
import { fitView, type FitView } from './fit.ts';
import { accessibilityLabels, addressText, ageRangeText, audienceLabels, contactLinks, contactText, costText, placeText } from './format.ts';
import { anyOf } from '../wording/lists.ts';

/** A link: the words shown and where they lead. */
export interface LinkView {
  text: string;
  href: string;
}

export interface SessionView {
  /** "Every Tuesday morning, 10am to 11:30am" */
  times: string;
  /** A course's or season's dates: "From 6 January 2026 to 24 March 2026", "Until 24 March 2026". */
  dates?: string;
  /** The contributor's note on this session: "Not on bank holidays". */
  note?: string;
  /** All of the above as one sentence run: what a person reads for this session. */
  text: string;
}

export interface WhenView {
  sessions: SessionView[];
  byArrangement: boolean;
  /** One line per session in full, or the by-arrangement line. */
  lines: string[];
  /** Short, for result cards and search: "Every Tuesday morning, 10am to 11:30am; Every Saturday morning, 9am to 10am" or "By arrangement". */
  summary: string;
  /** Anything else about timing: "Not in August". */
  notes?: string;
}

export interface WhereView {
  /** Held online or by phone (perhaps as well as at a venue). */
  online: boolean;
  /** Online or by phone, with no venue. */
  onlineOnly: boolean;
  venue?: string;
  address?: string;
  postcode?: string;
  /** The postal address on one line, postcode last. */
  addressLine?: string;
  directions?: string;
  area?: LinkView;
  /** "Show on a map" on OpenStreetMap, at the coordinates or else a search for the postcode; none online only. */
  map?: LinkView;
  /** A geo: link, which a phone opens in its own maps app; only with coordinates. */
  geo?: LinkView;
  /** Short, for result cards and search: "Millbrook Park, Millbrook" or "Online or by phone". */
  summary: string;
  /** Venue and full address on one line, for the handout and calendar: "Park gates, Mill Lane, Millbrook, AV4 2NB". */
  full: string;
}

export interface CostView {
  free: boolean;
  /** "Free", "£3 a session" or "There is a charge". */
  summary: string;
  concessions?: string;
  /** The summary followed by any concessions. */
  full: string;
}

export interface JoinView {
  method: Activity['how_to_join']['method'];
  /** "Just turn up" */
  label: string;
  /** The organiser's instructions, or what the method means. */
  instructions: string;
  /** Label and instructions as one line. */
  text: string;
}

export interface WhoForView {
  /** Audiences, conditions, ages and the eligibility description, one line each. */
  lines: string[];
  /** Set when nothing narrows who may come: "Everyone is welcome." */
  everyone?: string;
}

export interface AccessibilityView {
  features: string[];
  notes?: string;
  /** Set when no details were given: what to do instead. */
  missing?: string;
}

export interface ContactView {
  name?: string;
  phone?: LinkView;
  email?: LinkView;
  website?: LinkView;
  /** All the ways to get in touch on one line: "ask for Jan, 020 7946 0101, walk@example.org". */
  text: string;
}

export type NoticeKind = 'ended' | 'paused' | 'out-of-date' | 'possibly-closed';

/** Something a reader must know before going, in a long form (the activity's page) and a short one (cards, handout). */
export interface NoticeView {
  kind: NoticeKind;
  /** The page's opening words: "This activity has ended." */
  heading: string;
  /** What follows the heading on the page. */
  text: string;
  /** A few words for a marker on cards and the handout: "Paused". */
  flag: string;
  /** What follows the flag on cards and the handout. */
  brief: string;
}

export interface ActivityView {
  id: string;
  url: string;
  title: string;
  summary: string;
  categories: LinkView[];
  when: WhenView;
  where: WhereView;
  cost: CostView;
  join: JoinView;
  whoFor: WhoForView;
  accessibility: AccessibilityView;
  /** Language, format, how active, the first visit, getting there, safeguarding. */
  fit: FitView;
  contact: ContactView;
  organisation: { name: string; website?: string };
  status: { value: Activity['status']; label: string; note?: string; pausedUntil?: string };
  freshness: { state: Freshness; assuredDate: string; checked: string };
  /** In the order a reader should meet them; none for a current, running activity. */
  notices: NoticeView[];
}

export type ViewInput = Pick<DirectoryEntry, 'id' | 'url' | 'data' | 'freshness'> & { areaLabel?: string | undefined };

export const BY_ARRANGEMENT = 'By arrangement: times are agreed with you.';
export const EVERYONE_WELCOME = 'Everyone is welcome.';
export const NO_ACCESS_DETAILS = 'No accessibility details given yet. Ask the organiser what you need to know.';

/** Parts of a sentence run joined with full stops: "Every Tuesday morning, 10am to 11am. Until 24 March 2026". */
function sentences(parts: readonly (string | undefined)[]): string {
  return parts.filter(Boolean).join('. ');
}

/** The object without its undefined properties: an optional fact is absent, not present and empty. */
type Present<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
// A loop rather than Object.fromEntries(Object.entries(…).filter(…)): every
// view of every entry on every page goes through here, and the arrays of
// pairs those make were a large part of building a view.
const present = <T extends object>(value: T): Present<T> => {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as Present<T>;
};

function sessionView(session: NonNullable<Activity['schedules']>[number]): SessionView {
  const times = describeSession(session);
  const dates = describeValidity(session);
  return present({ times, dates, note: session.description, text: sentences([times, dates, session.description]) });
}

export function whenView(data: Activity): WhenView {
  const sessions = (data.schedules ?? []).map(sessionView);
  return present({
    sessions,
    byArrangement: sessions.length === 0,
    lines: sessions.length ? sessions.map((s) => s.text) : [BY_ARRANGEMENT],
    summary: describeSchedule(data),
    notes: data.schedule_notes,
  });
}

/** A plain link to OpenStreetMap: nothing is fetched until the person follows it. */
function mapLink(location: Activity['location']): LinkView | undefined {
  const { latitude: lat, longitude: lon, postcode } = location;
  if (lat !== undefined && lon !== undefined) {
    return { text: 'Show on a map', href: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}` };
  }
  if (postcode) return { text: 'Show on a map', href: `https://www.openstreetmap.org/search?query=${encodeURIComponent(postcode)}` };
  return undefined;
}

export function whereView(location: Activity['location'], areaLabel: string | undefined): WhereView {
  const onlineOnly = Boolean(location.online && !location.venue);
  const addressLine = addressText(location);
  return present({
    online: Boolean(location.online),
    onlineOnly,
    venue: location.venue,
    address: location.address,
    postcode: location.postcode,
    addressLine,
    directions: location.directions,
    area: areaLabel && location.area ? { text: areaLabel, href: `/areas/${location.area}/` } : undefined,
    map: onlineOnly ? undefined : mapLink(location),
    geo: !onlineOnly && location.latitude !== undefined && location.longitude !== undefined
      ? { text: 'Open in your maps app', href: `geo:${location.latitude},${location.longitude}` }
      : undefined,
    summary: placeText(location, areaLabel),
    full: onlineOnly ? 'Online or by phone' : [location.venue, addressLine].filter(Boolean).join(', '),
  });
}

export function costView(cost: Activity['cost_option']): CostView {
  const summary = costText(cost);
  return present({ free: cost.free, summary, concessions: cost.concessions, full: sentences([summary, cost.concessions]) });
}

function joinView(join: Activity['how_to_join']): JoinView {
  const method = JOIN_METHODS[join.method];
  const instructions = join.instructions ?? method.description;
  return { method: join.method, label: method.label, instructions, text: `${method.label}. ${instructions}` };
}

function whoForView(data: Activity): WhoForView {
  const conditions = data.eligibility?.conditions ?? [];
  const lines = [
    ...audienceLabels(data),
    ...(conditions.length ? [`People living with ${anyOf(conditions)}`] : []),
    ...[ageRangeText(data.eligibility), data.eligibility?.description].filter((l): l is string => Boolean(l)),
  ];
  return lines.length ? { lines } : { lines, everyone: EVERYONE_WELCOME };
}

function accessibilityView(data: Activity): AccessibilityView {
  const features = accessibilityLabels(data);
  const notes = data.accessibility?.notes;
  return present({ features, notes, missing: features.length || notes ? undefined : NO_ACCESS_DETAILS });
}

function contactView(contact: Activity['contact']): ContactView {
  return present({
    name: contact.name,
    ...contactLinks(contact),
    text: contactText(contact),
  });
}

function notices(data: Activity, state: Freshness, checked: string): NoticeView[] {
  const note = data.status_note ?? '';
  if (data.status === 'ended') {
    return [{ kind: 'ended', heading: 'This activity has ended.', text: note, flag: 'Ended', brief: note || 'This activity no longer runs.' }];
  }
  const out: NoticeView[] = [];
  if (data.status === 'paused') {
    const restarts = data.paused_until ? `Sessions start again on ${formatLongDate(data.paused_until)}.` : '';
    out.push({
      kind: 'paused',
      heading: 'Paused for now.',
      text: [note, restarts].filter(Boolean).join(' '),
      flag: 'Paused',
      brief: [note || (restarts ? '' : 'Check with the organiser before you go.'), restarts].filter(Boolean).join(' '),
    });
  }
  if (state === 'out-of-date') {
    out.push({
      kind: 'out-of-date',
      heading: `Details last checked on ${checked}.`,
      text: 'Please confirm with the organiser before you go.',
      flag: 'Details may be out of date',
      brief: `Last checked ${checked}: please confirm with the organiser.`,
    });
  }
  if (state === 'possibly-closed') {
    out.push({
      kind: 'possibly-closed',
      heading: 'This activity may have closed.',
      text: `Its details were last checked on ${checked}, so it no longer appears in search. Please confirm with the organiser before you go.`,
      flag: 'May have closed',
      brief: `Last checked ${checked}: please confirm with the organiser.`,
    });
  }
  return out;
}

// One entry shows on its own page, as a card on several list pages, and in the feeds: its view is
// worked out once per entry object and day (directory.ts gives every page of a build the same objects).
const views = new WeakMap<ViewInput, { day: string; view: ActivityView }>();

/** What every page, card, handout and feed says about an activity. Shared: not to be changed by its users. */
export function activityView(entry: ViewInput): ActivityView {
  const day = buildDay();
  const known = views.get(entry);
  if (known?.day === day) return known.view;
  const view = viewOn(entry, day);
  views.set(entry, { day, view });
  return view;
}

function viewOn(entry: ViewInput, day: string): ActivityView {
  const data = withStatusOn(entry.data, day);
  const checked = formatLongDate(data.assured_date);
  return {
    id: entry.id,
    url: entry.url,
    title: data.title,
    summary: data.summary,
    categories: data.categories.map((c) => ({ text: CATEGORIES[c].label, href: `/categories/${c}/` })),
    when: whenView(data),
    where: whereView(data.location, entry.areaLabel),
    cost: costView(data.cost_option),
    join: joinView(data.how_to_join),
    whoFor: whoForView(data),
    accessibility: accessibilityView(data),
    fit: fitView(data),
    contact: contactView(data.contact),
    organisation: present({ name: data.organisation.name, website: data.organisation.website }),
    status: present({ value: data.status, label: STATUSES[data.status].label, note: data.status_note, pausedUntil: data.paused_until }),
    freshness: { state: entry.freshness, assuredDate: data.assured_date, checked },
    notices: notices(data, entry.freshness, checked),
  };
}
