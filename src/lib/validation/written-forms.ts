/**
 * Dates and times as volunteers often write them, put the way the entry
 * format needs, so an error can show the fix ("Write 12/01/2026 as
 * 2026-01-12"). Only what can be read one way: a UK date is day first.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a YYYY-MM-DD date is a day the calendar has (not 2026-02-30). */
export function isRealIsoDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function realDate(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

/** "12/01/2026", "12.1.2026", "2026/01/12" or "2026-1-12" as "2026-01-12"; undefined for anything else or no such day. */
export function isoFromUkDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dayFirst) return realDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(trimmed);
  if (yearFirst) return realDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return undefined;
}

/** "7pm", "7.30 pm", "9:30", "18.00", "midday" as "19:00", "19:30", "09:30", "18:00", "12:00"; undefined for anything else. */
export function clockFromSpoken(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'midday' || trimmed === 'noon') return '12:00';
  if (trimmed === 'midnight') return '00:00';
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(trimmed);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.[0];
  if (minute > 59) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * "7pm-9pm", "7-9pm", "10:00 to 11:30", "10am until noon" as ["19:00", "21:00"]: a session's
 * start and finish written in one field. Undefined for anything else.
 */
export function clockRangeFromSpoken(text: string): [string, string] | undefined {
  const parts = text.trim().split(/\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*/i);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [from, to] = parts as [string, string];
  const end = clockFromSpoken(to);
  if (!end) return undefined;
  // "7-9pm": the start takes the finish's am or pm, unless that would put it after the finish ("11-1pm").
  const half = /(am|pm|a\.m\.|p\.m\.)$/i.exec(to.trim())?.[1];
  const bare = /^\d{1,2}(?:[:.]\d{2})?$/.test(from.trim());
  const start = (bare && half ? [clockFromSpoken(`${from}${half}`), clockFromSpoken(from)].find((t) => t !== undefined && t < end) : undefined) ?? clockFromSpoken(from);
  return start ? [start, end] : undefined;
}
