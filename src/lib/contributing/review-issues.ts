/**
 * The review reminders a scheduled workflow opens as GitHub issues: one per
 * entry that will be flagged as out of date within the directory's notice
 * period, asking its group to confirm or update it. The workflow only posts
 * what this module writes (npm run review-due -- --format issues).
 */
import type { Activity } from '../../schema/activity.ts';
import type { Settings } from '../../schema/settings.ts';
import { formatLongDate, parseIsoDate } from '../schedule/dates.ts';
import { confirmIssueUrl, REVIEW_LABEL, updateFormPath } from './entry-links.ts';

export interface ReviewEntry {
  id: string;
  file: string;
  data: Activity;
}

export interface ReviewIssue {
  id: string;
  title: string;
  body: string;
  labels: string[];
  /** The hidden line that names the entry and the review round, searched for before opening another. */
  marker: string;
}

/** The day an entry checked on `assured` is first shown as out of date (the same day `months` later, or the 1st after a short month). */
export function flagDate(assured: string, months: number): string {
  const d = parseIsoDate(assured);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = d.getUTCDate() <= lastDay ? new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), d.getUTCDate())) : new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 1));
  return day.toISOString().slice(0, 10);
}

/** Entries to ask about: not ended, flagged within review_notice_weeks of today or already flagged; soonest first. */
export function dueForNotice<T extends ReviewEntry>(entries: readonly T[], today: string, settings: Pick<Settings, 'review_after_months' | 'review_notice_weeks'>): T[] {
  const horizon = new Date(parseIsoDate(today).getTime() + settings.review_notice_weeks * 7 * 86_400_000).toISOString().slice(0, 10);
  return entries
    .filter((e) => e.data.status !== 'ended' && flagDate(e.data.assured_date, settings.review_after_months) <= horizon)
    .sort((a, b) => a.data.assured_date.localeCompare(b.data.assured_date) || a.id.localeCompare(b.id));
}

/** One review round of one entry: a new round starts whenever its assured_date moves. */
export function reviewMarker(id: string, assuredDate: string): string {
  return `<!-- review-due: ${id} ${assuredDate} -->`;
}

/** Entry text as Markdown shows it literally: no formatting, links, HTML or @mentions from what an entry says. */
function literal(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/@/g, '@\u2060');
}

export function reviewIssue(entry: ReviewEntry, settings: Settings, today: string): ReviewIssue {
  const { data } = entry;
  const flagged = flagDate(data.assured_date, settings.review_after_months);
  const site = settings.site_url.replace(/\/$/, '');
  const page = `${site}/activities/${entry.id}/`;
  const marker = reviewMarker(entry.id, data.assured_date);
  const contact = [
    data.contact.name && `- Contact: ${literal(data.contact.name)}`,
    data.contact.phone && `- Phone: ${literal(data.contact.phone)}`,
    data.contact.email && `- Email: ${literal(data.contact.email)}`,
    data.contact.website && `- Web page: <${data.contact.website}>`,
    `- Run by: ${literal(data.organisation.name)}`,
  ].filter(Boolean);
  const when = flagged <= today
    ? `Its details were last checked on ${formatLongDate(data.assured_date)}, so since **${formatLongDate(flagged)}** its page has asked people to confirm with the organiser before going.`
    : `Its details were last checked on ${formatLongDate(data.assured_date)}. On **${formatLongDate(flagged)}** its page will start asking people to confirm with the organiser before going.`;
  const people = data.maintainers?.length ? `${data.maintainers.map((m) => `@${m}`).join(' ')}: you are listed as keeping this entry current. ` : '';
  const body = [
    marker,
    `${people}Is **${literal(data.title)}** still running as described?`,
    '',
    when,
    '',
    `- [Still running, nothing has changed](${confirmIssueUrl(settings.repository_url, entry.id, data.title)}): one step, then a maintainer confirms it.`,
    `- [Update this activity](${site}${updateFormPath(entry.id)}): change any detail in the form.`,
    `- If it has stopped, say so here and we will mark it as ended.`,
    '',
    `**For the maintainers.** Entry \`${entry.id}\` (\`${entry.file}\`), page <${page}>. How to reach the group:`,
    '',
    ...contact,
    '',
    `Add the \`confirmed\` label once someone has checked nothing changed: that sets its assured_date to the day and closes this issue. It also closes by itself once the entry is updated.`,
  ].join('\n');
  return { id: entry.id, title: `Review due: ${data.title}`, body, labels: [REVIEW_LABEL], marker };
}
