/**
 * The add-your-activity form's words for a problem. The schema words its messages for the
 * entry file ("byday is missing … byday: [TU]", "opens_at … in quotes as "HH:MM""), which
 * mean nothing beside a set of tick boxes or a time picker; the form says what to do with
 * its own controls instead. A left-empty control is the form's commonest problem, so each
 * required control has its own sentence; anything else keeps the schema's message, with a
 * field name it names said as the form's label.
 */
import type { z } from 'astro/zod';
import { issueMessage } from '../validation/zod-issues.ts';

/** What to do with a required control left empty, keyed by the entry's field (the last part of its path). */
const WHEN_EMPTY: Readonly<Record<string, string>> = {
  title: 'Enter the name of the activity.',
  summary: 'Enter one sentence saying what happens.',
  categories: 'Choose at least one kind of activity.',
  'organisation.name': 'Enter the name of the organisation or group that runs it.',
  contact: 'Enter a phone number, an email address or a web page, so people can ask questions.',
  byday: 'Choose the day or days it runs.',
  opens_at: 'Enter the time it starts.',
  closes_at: 'Enter the time it finishes.',
  valid_from: 'Enter the date of any one session, so the right weeks are shown.',
  week_of_month: 'Choose which week of the month.',
  venue: 'Enter the venue or meeting point.',
  address: 'Enter the street and town.',
  postcode: "Enter the venue's postcode.",
  area: 'Choose the area it is in.',
  amount: 'Enter what it costs, for example £3 a session.',
  assured_date: 'Enter the date these details were checked.',
};

/** Field names the schema's messages use, as the form's labels say them. */
const LABELS: Readonly<Record<string, string>> = {
  opens_at: 'The start time', closes_at: 'The finish time', valid_from: 'The date', valid_to: 'The date of the last session',
  minimum_age: 'The youngest age', maximum_age: 'The oldest age', assured_date: 'The date checked', paused_until: 'The day sessions start again',
  latitude: 'The latitude', longitude: 'The longitude', languages: 'A language code', amount: 'The cost',
};

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);

function valueAt(entry: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = entry;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** The form's sentence for one schema issue about `entry`, the entry the form's values make. */
export function formMessage(issue: z.core.$ZodIssue, entry: unknown): string {
  const fields = issue.path.filter((p): p is string => typeof p === 'string');
  const field = fields.at(-1) ?? '';
  const named = Object.hasOwn(WHEN_EMPTY, fields.join('.')) ? fields.join('.') : field;
  if (Object.hasOwn(WHEN_EMPTY, named) && (isEmpty(valueAt(entry, issue.path)) || named === 'contact')) return WHEN_EMPTY[named]!;
  const message = issueMessage(issue);
  if (!Object.hasOwn(LABELS, field)) return message;
  // "opens_at must be …" as "The start time must be …"; the rest of the sentence stands.
  return message.startsWith(`${field} `) ? `${LABELS[field]}${message.slice(field.length)}` : message;
}
