/**
 * What an update changes, field by field, in words a volunteer reads: the
 * before/after list the form shows before a change is proposed. The date
 * checked is left out: it moves with every update and is not a change to
 * the activity.
 */

export interface FieldChange {
  /** The field as the form names it, such as "Session 1: starts at". */
  label: string;
  before: string;
  after: string;
}

const LABELS: Record<string, string> = {
  title: 'Name', summary: 'Summary', categories: 'Categories', 'organisation.name': 'Organisation', 'organisation.website': 'Organisation website',
  'how_to_join.method': 'How to join', 'how_to_join.instructions': 'First time', 'contact.name': 'Contact name', 'contact.phone': 'Phone',
  'contact.email': 'Email', 'contact.website': 'Web page', by_arrangement: 'By arrangement', schedule_notes: 'Timing notes',
  'location.online': 'Online', 'location.venue': 'Venue', 'location.address': 'Street and town', 'location.postcode': 'Postcode',
  'location.area': 'Area', 'location.latitude': 'Latitude', 'location.longitude': 'Longitude', 'location.directions': 'How to find it',
  'cost_option.free': 'Free', 'cost_option.amount': 'Cost', 'cost_option.concessions': 'Reduced prices or notes',
  'eligibility.minimum_age': 'Youngest age', 'eligibility.maximum_age': 'Oldest age', 'eligibility.audiences': 'Aimed at',
  'eligibility.conditions': 'Health conditions', 'eligibility.description': 'Who can come', 'accessibility.features': 'Venue has',
  'accessibility.notes': 'Access notes', maintainers: 'GitHub maintainers', status: 'Status', status_note: 'Status note', body: 'Description',
};
const SESSION_LABELS: Record<string, string> = {
  freq: 'how often', byday: 'days', week_of_month: 'week of the month', opens_at: 'starts at', closes_at: 'finishes at',
  valid_from: 'first date', valid_to: 'last date', description: 'note',
};
const IGNORED = new Set(['assured_date']);

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '(none)';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return String(value);
}

/** Leaf values by dotted path; lists of plain values stay whole, sessions split by number. */
function leaves(value: unknown, at: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) value.forEach((v, i) => leaves(v, `${at}.${i}`, out));
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}.${k}` : k, out);
  else out.set(at, value);
  return out;
}

function labelFor(key: string): string {
  const session = /^schedules\.(\d+)\.(\w+)$/.exec(key);
  if (session) return `Session ${Number(session[1]) + 1}: ${SESSION_LABELS[session[2]!] ?? session[2]}`;
  return LABELS[key] ?? key;
}

export function entryChanges(before: Record<string, unknown>, after: Record<string, unknown>, beforeBody: string, afterBody: string): FieldChange[] {
  const a = leaves({ ...before, body: beforeBody.trim() }, '', new Map());
  const b = leaves({ ...after, body: afterBody.trim() }, '', new Map());
  const keys = [...new Set([...a.keys(), ...b.keys()])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => shown(a.get(k)) !== shown(b.get(k)))
    .map((k) => ({ label: labelFor(k), before: shown(a.get(k)), after: shown(b.get(k)) }));
}
