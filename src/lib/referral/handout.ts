/**
 * Wording for the printed handout and the "copy for notes" text: plain
 * English for a patient, and a short summary for the clinical record.
 */
import type { ActivityCard } from './card.ts';
import { formatClock } from '../schedule/describe.ts';
import { addDays, type Occurrence } from '../schedule/recurrence.ts';
import { sessionsAvailability } from '../schedule/availability.ts';
import { nextSessionsData, remainingSessions } from '../schedule/next-sessions.ts';
import { formatLongDate, parseIsoDate } from '../schedule/dates.ts';
import { contactText } from '../activity/format.ts';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Tuesday 1 December, 10am" */
export function occurrenceText(o: Occurrence): string {
  return `${DAY.format(parseIsoDate(o.date)).replace(',', '')}, ${formatClock(o.opens_at)}`;
}

/**
 * The next few dates an activity meets, in words, from today: none while it
 * is paused (until the day it restarts) or may have closed, and none of
 * today's that has already finished by `now` ("HH:MM", London time).
 */
export function nextDatesText(
  card: Pick<ActivityCard, 'sessions' | 'anchor' | 'status' | 'freshness'> & Partial<Pick<ActivityCard, 'pausedUntil'>>,
  today: string,
  count = 3,
  now?: string,
): string[] {
  const availability = sessionsAvailability({ status: card.status, paused_until: card.pausedUntil }, card.freshness === 'possibly-closed');
  const data = nextSessionsData(card.sessions, card.anchor, availability, today, addDays(today, 1), count);
  return remainingSessions(data, today, now)
    .slice(0, count)
    .map(([date, opens_at, closes_at]) => occurrenceText({ date, opens_at, closes_at }));
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

