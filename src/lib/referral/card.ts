/**
 * The small, self-contained record of one activity that the shortlist and
 * the printed handout need: a projection of the activity's view, so the
 * handout says what the page says. Each activity page carries its own card
 * as a JSON data block, so the shortlist fetches the pages it lists and the
 * build makes no extra file per entry.
 */
import type { Activity } from '../../schema/activity.ts';
import type { Freshness } from '../content/freshness.ts';
import { recurringSessions, type RecurringSession } from '../schedule/recurrence.ts';
import { activityView, type ActivityView, type NoticeView, type ViewInput } from '../activity/view.ts';
import type { FitFact } from '../activity/fit.ts';

export interface ActivityCard {
  id: string;
  title: string;
  summary: string;
  /** Path of the activity's page, e.g. /activities/x/ */
  url: string;
  /** Each session in words, with its course dates and notes, or the by-arrangement line. */
  when: string[];
  sessions: RecurringSession[];
  scheduleNotes?: string;
  /** Anchor date for recurrence (the date the details were checked). */
  anchor: string;
  venue?: string;
  address?: string;
  online: boolean;
  /** Venue and address on one line, or "Online or by phone". */
  where: string;
  cost: string;
  join: string;
  /** "Polish (polski), English", when the entry names its languages. */
  languages?: string;
  /** Format, how active, first visit and the rest of "Is it right for you?", labelled. */
  fit: FitFact[];
  contact: Activity['contact'];
  organisation: string;
  assuredDate: string;
  freshness: Freshness;
  status: Activity['status'];
  /** While paused: the day sessions start again. */
  pausedUntil?: string;
  /** What to know before going, as cards and the handout word it. */
  notices: Pick<NoticeView, 'kind' | 'flag' | 'brief'>[];
}

/** The entry's card; pass its view when it is already worked out. */
export function toActivityCard(entry: ViewInput, view: ActivityView = activityView(entry)): ActivityCard {
  const { where, contact } = view;
  return {
    id: view.id,
    title: view.title,
    summary: view.summary,
    url: view.url,
    when: view.when.lines,
    sessions: recurringSessions(entry.data),
    ...(view.when.notes ? { scheduleNotes: view.when.notes } : {}),
    anchor: view.freshness.assuredDate,
    ...(where.venue ? { venue: where.venue } : {}),
    ...(where.addressLine ? { address: where.addressLine } : {}),
    online: where.online,
    where: where.full,
    cost: view.cost.full,
    join: view.join.text,
    ...(view.fit.languagesText ? { languages: view.fit.languagesText } : {}),
    fit: [...view.fit.facts, ...(view.fit.firstVisit.length ? [{ label: 'First visit', text: view.fit.firstVisit.join(' ') }] : [])],
    contact: {
      ...(contact.name ? { name: contact.name } : {}),
      ...(contact.phone ? { phone: contact.phone.text } : {}),
      ...(contact.email ? { email: contact.email.text } : {}),
      ...(contact.website ? { website: contact.website.text } : {}),
    },
    organisation: view.organisation.name,
    assuredDate: view.freshness.assuredDate,
    freshness: view.freshness.state,
    status: view.status.value,
    ...(view.status.pausedUntil ? { pausedUntil: view.status.pausedUntil } : {}),
    notices: view.notices.map(({ kind, flag, brief }) => ({ kind, flag, brief })),
  };
}
