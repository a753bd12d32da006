/**
 * Calendar dates as the site shows them. Entries hold dates as `YYYY-MM-DD`
 * strings; they are read as UTC midnight so a date never shifts by a day
 * whatever the build machine's time zone.
 */

// Made at first use: an island that imports this module but formats no date while the page
// loads should not pay for the browser's date data then (a long task on a slow phone).
let long: Intl.DateTimeFormat | undefined;

export function parseIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "2 September 2026" */
export function formatLongDate(iso: string): string {
  long ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return long.format(parseIsoDate(iso));
}

/** Whole calendar months from `fromIso` to `to`, counting a month only once its day is reached. */
export function monthsBetween(fromIso: string, to: Date): number {
  const from = parseIsoDate(fromIso);
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}

/** Today's date in the UK as `YYYY-MM-DD`, whatever the machine's zone. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** The time in the UK as `HH:MM` on the 24-hour clock, whatever the machine's zone. */
export function clockInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
}
