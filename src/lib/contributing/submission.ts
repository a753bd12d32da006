/**
 * The submit form's state and how it becomes an entry. Kept apart from the
 * Preact component so the mapping (and which form field each schema problem
 * belongs to) is unit-tested without a browser.
 */
import type { Activity, Session } from '../../schema/activity.ts';
import type { FrequencyKey, StatusKey, WeekdayCode } from '../../schema/vocabulary.ts';

export interface SessionForm {
  freq: FrequencyKey;
  byday: WeekdayCode[];
  week_of_month: string;
  opens_at: string;
  closes_at: string;
  valid_from: string;
  valid_to: string;
  description: string;
}

export type YesNo = '' | 'yes' | 'no';

export interface SubmissionForm {
  title: string;
  summary: string;
  categories: string[];
  organisationName: string;
  organisationWebsite: string;
  joinMethod: string;
  joinInstructions: string;
  contactName: string;
  phone: string;
  email: string;
  contactWebsite: string;
  byArrangement: boolean;
  scheduleNotes: string;
  sessions: SessionForm[];
  online: boolean;
  venue: string;
  address: string;
  postcode: string;
  area: string;
  latitude: string;
  longitude: string;
  directions: string;
  free: boolean;
  amount: string;
  concessions: string;
  audiences: string[];
  minimumAge: string;
  maximumAge: string;
  conditions: string;
  eligibilityNote: string;
  features: string[];
  accessibilityNotes: string;
  /** Language codes, separated by commas or spaces. */
  languages: string;
  interpretation: string;
  format: string;
  delivery: string[];
  activityLevel: string;
  /** '', 'yes' or 'no': a question left unanswered says nothing. */
  noExperienceNeeded: YesNo;
  metOnArrival: YesNo;
  bringSomeone: YesNo;
  freeTaster: YesNo;
  whatToBring: string;
  buses: string;
  parking: string;
  stepFreeRoute: string;
  safeguarding: string;
  body: string;
  assuredDate: string;
  status: StatusKey;
  statusNote: string;
  pausedUntil: string;
  /** GitHub usernames, separated by commas or spaces. */
  maintainers: string;
}

export function emptySession(): SessionForm {
  return { freq: 'weekly', byday: [], week_of_month: '', opens_at: '', closes_at: '', valid_from: '', valid_to: '', description: '' };
}

export function emptyForm(today: string): SubmissionForm {
  return {
    title: '', summary: '', categories: [], organisationName: '', organisationWebsite: '', joinMethod: 'drop-in',
    joinInstructions: '', contactName: '', phone: '', email: '', contactWebsite: '', byArrangement: false, scheduleNotes: '',
    sessions: [emptySession()], online: false, venue: '', address: '', postcode: '', area: '', latitude: '', longitude: '',
    directions: '', free: true, amount: '', concessions: '', audiences: [], minimumAge: '', maximumAge: '', conditions: '',
    eligibilityNote: '', features: [], accessibilityNotes: '', languages: '', interpretation: '', format: '', delivery: [],
    activityLevel: '', noExperienceNeeded: '', metOnArrival: '', bringSomeone: '', freeTaster: '', whatToBring: '', buses: '',
    parking: '', stepFreeRoute: '', safeguarding: '', body: '', assuredDate: today, status: 'running', statusNote: '', pausedUntil: '',
    maintainers: '',
  };
}

/** Drops empty optional values, so the entry says nothing rather than something blank. */
function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

function nonEmpty<T extends Record<string, unknown>>(record: T): T | undefined {
  const c = compact(record);
  return Object.keys(c).length ? (c as T) : undefined;
}

const asBoolean = (answer: YesNo) => (answer === '' ? undefined : answer === 'yes');
const asYesNo = (value: boolean | undefined): YesNo => (value === undefined ? '' : value ? 'yes' : 'no');

function asNumber(text: string): number | string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/**
 * The front matter the form describes. Required fields are always present
 * (even empty) so the schema names them; optional ones only when filled in.
 */
export function formToEntry(form: SubmissionForm): Record<string, unknown> {
  const t = (s: string) => s.trim();
  const entry: Record<string, unknown> = {
    title: t(form.title),
    summary: t(form.summary),
    categories: form.categories,
    organisation: compact({ name: t(form.organisationName), website: t(form.organisationWebsite) }),
    how_to_join: compact({ method: form.joinMethod, instructions: t(form.joinInstructions) }),
    contact: compact({ name: t(form.contactName), phone: t(form.phone), email: t(form.email), website: t(form.contactWebsite) }),
  };
  if (form.byArrangement) {
    entry['by_arrangement'] = true;
  } else {
    entry['schedules'] = form.sessions.map((s) =>
      compact({
        freq: s.freq,
        byday: s.byday,
        week_of_month: s.freq === 'monthly' ? asNumber(s.week_of_month) : undefined,
        opens_at: s.opens_at,
        closes_at: s.closes_at,
        valid_from: s.valid_from,
        valid_to: s.valid_to,
        description: t(s.description),
      }),
    );
  }
  if (t(form.scheduleNotes)) entry['schedule_notes'] = t(form.scheduleNotes);
  const position = compact({ latitude: asNumber(form.latitude), longitude: asNumber(form.longitude) });
  entry['location'] = form.online
    ? compact({ online: true, venue: t(form.venue), address: t(form.address), postcode: t(form.postcode), area: form.area, ...position, directions: t(form.directions) })
    : { venue: t(form.venue), address: t(form.address), postcode: t(form.postcode), area: form.area, ...position, ...compact({ directions: t(form.directions) }) };
  entry['cost_option'] = form.free
    ? { free: true, ...compact({ concessions: t(form.concessions) }) }
    : { free: false, amount: t(form.amount), ...compact({ concessions: t(form.concessions) }) };
  const conditions = form.conditions.split(',').map((c) => c.trim()).filter(Boolean);
  const eligibility = nonEmpty({
    minimum_age: asNumber(form.minimumAge),
    maximum_age: asNumber(form.maximumAge),
    audiences: form.audiences,
    conditions,
    description: t(form.eligibilityNote),
  });
  if (eligibility) entry['eligibility'] = eligibility;
  const accessibility = nonEmpty({ features: form.features, notes: t(form.accessibilityNotes) });
  if (accessibility) entry['accessibility'] = accessibility;
  const languages = form.languages.split(/[\s,]+/).filter(Boolean);
  if (languages.length) entry['languages'] = languages;
  if (t(form.interpretation)) entry['interpretation_services'] = t(form.interpretation);
  if (form.format) entry['format'] = form.format;
  if (form.delivery.length) entry['delivery'] = form.delivery;
  if (form.activityLevel) entry['activity_level'] = form.activityLevel;
  if (form.noExperienceNeeded) entry['no_experience_needed'] = asBoolean(form.noExperienceNeeded);
  const firstVisit = nonEmpty({
    met_on_arrival: asBoolean(form.metOnArrival),
    bring_someone: asBoolean(form.bringSomeone),
    free_taster: asBoolean(form.freeTaster),
    what_to_bring: t(form.whatToBring),
  });
  if (firstVisit) entry['first_visit'] = firstVisit;
  const gettingThere = nonEmpty({ buses: t(form.buses), parking: t(form.parking), step_free_route: t(form.stepFreeRoute) });
  if (gettingThere) entry['getting_there'] = gettingThere;
  if (form.safeguarding) entry['safeguarding'] = form.safeguarding;
  entry['assured_date'] = form.assuredDate;
  const maintainers = form.maintainers.split(/[\s,]+/).filter(Boolean);
  if (maintainers.length) entry['maintainers'] = maintainers;
  entry['status'] = form.status;
  if (t(form.statusNote)) entry['status_note'] = t(form.statusNote);
  if (form.pausedUntil) entry['paused_until'] = form.pausedUntil;
  return entry;
}

const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));

function sessionToForm(s: Session): SessionForm {
  return {
    freq: s.freq, byday: [...s.byday], week_of_month: text(s.week_of_month), opens_at: s.opens_at, closes_at: s.closes_at,
    valid_from: text(s.valid_from), valid_to: text(s.valid_to), description: text(s.description),
  };
}

/** The form filled in with an existing entry, for "Update this activity": formToEntry gives the same entry back. */
export function entryToForm(a: Activity, body: string): SubmissionForm {
  const loc = a.location;
  return {
    title: a.title, summary: a.summary, categories: [...a.categories],
    organisationName: a.organisation.name, organisationWebsite: text(a.organisation.website),
    joinMethod: a.how_to_join.method, joinInstructions: text(a.how_to_join.instructions),
    contactName: text(a.contact.name), phone: text(a.contact.phone), email: text(a.contact.email), contactWebsite: text(a.contact.website),
    byArrangement: Boolean(a.by_arrangement) && !a.schedules?.length, scheduleNotes: text(a.schedule_notes),
    sessions: a.schedules?.length ? a.schedules.map(sessionToForm) : [emptySession()],
    online: Boolean(loc.online), venue: text(loc.venue), address: text(loc.address), postcode: text(loc.postcode), area: text(loc.area),
    latitude: text(loc.latitude), longitude: text(loc.longitude), directions: text(loc.directions),
    free: a.cost_option.free, amount: text(a.cost_option.amount), concessions: text(a.cost_option.concessions),
    audiences: [...(a.eligibility?.audiences ?? [])], minimumAge: text(a.eligibility?.minimum_age), maximumAge: text(a.eligibility?.maximum_age),
    conditions: (a.eligibility?.conditions ?? []).join(', '), eligibilityNote: text(a.eligibility?.description),
    features: [...(a.accessibility?.features ?? [])], accessibilityNotes: text(a.accessibility?.notes),
    languages: (a.languages ?? []).join(', '), interpretation: text(a.interpretation_services), format: text(a.format),
    delivery: [...(a.delivery ?? [])], activityLevel: text(a.activity_level), noExperienceNeeded: asYesNo(a.no_experience_needed),
    metOnArrival: asYesNo(a.first_visit?.met_on_arrival), bringSomeone: asYesNo(a.first_visit?.bring_someone),
    freeTaster: asYesNo(a.first_visit?.free_taster), whatToBring: text(a.first_visit?.what_to_bring),
    buses: text(a.getting_there?.buses), parking: text(a.getting_there?.parking), stepFreeRoute: text(a.getting_there?.step_free_route),
    safeguarding: text(a.safeguarding), pausedUntil: text(a.paused_until),
    body: body.trim(), assuredDate: a.assured_date, status: a.status, statusNote: text(a.status_note),
    maintainers: (a.maintainers ?? []).join(', '),
  };
}

/**
 * The form control a schema problem belongs to, as the id of its element.
 * Problems inside a list (categories[1]) belong to the list's group.
 */
export function controlIdFor(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'schedules' && parts.length >= 3) return `f-schedules-${parts[1]}-${parts[2]}`;
  if (parts[0] === 'schedules' && parts.length === 2) return `f-schedules-${parts[1]}-byday`;
  const keep = parts.filter((p) => !/^\d+$/.test(p));
  return `f-${keep.join('-')}`;
}
