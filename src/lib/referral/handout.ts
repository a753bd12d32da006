/**
 * Wording for the printed handout and the "copy for notes" text: plain
 * English for a patient, and a short summary for the clinical record.
 */
import type { ActivityCard } from './card.ts';
import { formatClock } from '../schedule/describe.ts';
import { nextOccurrences, type Occurrence } from '../schedule/recurrence.ts';
import { formatLongDate, parseIsoDate } from '../schedule/dates.ts';
import { contactText } from '../activity/format.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Tuesday 1 December, 10am" */
export function occurrenceText(o: Occurrence): string {
  return `${DAY.format(parseIsoDate(o.date)).replace(',', '')}, ${formatClock(o.opens_at)}`;
}

/** The next few dates an activity meets, in words, from today. */
export function nextDatesText(card: Pick<ActivityCard, 'sessions' | 'anchor'>, today: string, count = 3): string[] {
  return nextOccurrences(card.sessions, today, count, card.anchor).map(occurrenceText);
}


/** A few lines for the patient's record: what was suggested, how to reach it, when. */
export function notesText(cards: readonly ActivityCard[], today: string, directoryName: string, siteUrl: string): string {
  const lines = cards.map((c) => {
    const when = c.sessions.length ? c.when.join('; ') : 'by arrangement';
    const contact = contactText(c.contact);
    const languages = c.languages ? `Languages: ${c.languages}. ` : '';
    return `- ${c.title} (${c.organisation}): ${when}. ${languages}${contact ? `Contact: ${contact}. ` : ''}${new URL(c.url, siteUrl).href}`;
  });
  return [`Community activities suggested on ${formatLongDate(today)} (${directoryName}):`, ...lines].join('\n');
}

