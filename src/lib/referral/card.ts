/**
 * The small, self-contained record of one activity that the shortlist and
 * the printed handout need. Each activity page carries its own card as a
 * JSON data block, so the shortlist fetches the pages it lists and the build
 * makes no extra file per entry.
 */
import type { Activity } from '../../schema/activity.ts';
import type { Freshness } from '../content/freshness.ts';
import type { RecurringSession } from '../schedule/recurrence.ts';
import { JOIN_METHODS } from '../../schema/vocabulary.ts';
import { addressText, costText } from '../activity/format.ts';
import { describeSession } from '../schedule/describe.ts';

export interface ActivityCard {
  id: string;
  title: string;
  summary: string;
  /** Path of the activity's page, e.g. /activities/x/ */
  url: string;
  /** Each session in words: "Every Tuesday, 10am to 11:30am". */
  when: string[];
  sessions: RecurringSession[];
  scheduleNotes?: string;
  /** Anchor date for recurrence (the date the details were checked). */
  anchor: string;
  venue?: string;
  address?: string;
  online: boolean;
  cost: string;
  join: string;
  contact: Activity['contact'];
  organisation: string;
  assuredDate: string;
  freshness: Freshness;
  status: Activity['status'];
}

export function toActivityCard(entry: { id: string; url: string; data: Activity; freshness: Freshness }): ActivityCard {
  const { data } = entry;
  const sessions = (data.schedules ?? []).map(({ freq, byday, week_of_month, opens_at, closes_at, valid_from, valid_to }) => ({
    freq, byday, opens_at, closes_at,
    ...(week_of_month !== undefined ? { week_of_month } : {}),
    ...(valid_from ? { valid_from } : {}),
    ...(valid_to ? { valid_to } : {}),
  }));
  const join = JOIN_METHODS[data.how_to_join.method];
  const address = addressText(data.location);
  return {
    id: entry.id,
    title: data.title,
    summary: data.summary,
    url: entry.url,
    when: data.schedules?.length ? data.schedules.map((s) => describeSession(s) + (s.description ? `. ${s.description}` : '')) : ['By arrangement: times are agreed with you.'],
    sessions,
    ...(data.schedule_notes ? { scheduleNotes: data.schedule_notes } : {}),
    anchor: data.assured_date,
    ...(data.location.venue ? { venue: data.location.venue } : {}),
    ...(address ? { address } : {}),
    online: Boolean(data.location.online),
    cost: costText(data.cost_option) + (data.cost_option.concessions ? `. ${data.cost_option.concessions}` : ''),
    join: `${join.label}. ${data.how_to_join.instructions ?? join.description}`,
    contact: data.contact,
    organisation: data.organisation.name,
    assuredDate: data.assured_date,
    freshness: entry.freshness,
    status: data.status,
  };
}
