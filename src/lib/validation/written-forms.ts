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

/** 9.3 (YAML's reading of an unquoted 9.30), 18, 18.45 as "09:30", "18:00", "18:45"; undefined for a number that is no time. */
export function clockFromNumber(value: number): string | undefined {
  if (!(value >= 0 && value < 24)) return undefined;
  const hour = Math.floor(value);
  const minute = Math.round((value - hour) * 100);
  return minute < 60 ? `${pad(hour)}:${pad(minute)}` : undefined;
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

/** The text inside the curly quotes Word and phones type (“10:00”, ‘10:00’), or undefined when it is not so quoted. */
export function insideCurlyQuotes(text: string): string | undefined {
  const match = /^\s*[“”„‘’‚]([^]*?)[“”‘’]\s*$/.exec(text);
  return match ? match[1]! : undefined;
}

/**
 * What a volunteer wrote as a price, as it goes in a cost's amount: "£3", "£2.50 a session"
 * as written, "3 pounds" as "£3", 3 as "£3". Undefined for anything that names no price.
 */
export function priceFromText(written: unknown): string | undefined {
  if (typeof written === 'number' && written > 0 && Number.isFinite(written)) return `£${Number.isInteger(written) ? written : written.toFixed(2)}`;
  if (typeof written !== 'string') return undefined;
  const text = written.trim();
  if (/£\s*\d/.test(text) || /^\d+p\b/i.test(text)) return text;
  const pounds = /^(\d+(?:\.\d{2})?)\s*(?:pounds?|quid|gbp)\b(.*)$/i.exec(text);
  if (pounds) return `£${pounds[1]}${pounds[2]}`;
  return /^\d+(?:\.\d{2})?$/.test(text) ? `£${text}` : undefined;
}

/** "free (donations welcome)", "Free - tea 50p": a cost said to be free, with a note: the note. */
export function noteBesideFree(written: unknown): string | undefined {
  if (typeof written !== 'string') return undefined;
  const match = /^\s*(?:free|yes)\b[\s,;:.–—-]*\(?\s*([^]*?)\s*\)?\s*$/i.exec(written);
  return match?.[1] ? match[1] : undefined;
}

/**
 * One phone number and what was written beside it: an extension ("0113 496 0123 ext 4")
 * or a second number ("… or 07700 900123"). Undefined unless the first part is a number `isNumber` takes.
 */
export function phoneAndMore(written: string, isNumber: (s: string) => boolean): { number: string; extension?: string; other?: string } | undefined {
  const extension = /^(.*?)[\s,]*\b(?:ext(?:ension)?\.?|x)\s*(\d+)\s*$/i.exec(written);
  if (extension && isNumber(extension[1]!.trim())) return { number: extension[1]!.trim(), extension: extension[2]! };
  const parts = written.split(/\s*(?:\bor\b|\band\b|\/|,|;|\|)\s*/i).filter(Boolean);
  if (parts.length === 2 && parts.every((p) => isNumber(p.trim()))) return { number: parts[0]!.trim(), other: parts[1]!.trim() };
  return undefined;
}

/** A list written as text ("everyone, older people"): its items, split at commas and semicolons. */
export function itemsOfText(text: string): string[] {
  return text.split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);
}

const WEEK_OF_MONTH: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };

/**
 * The days of a session written as words ("Tuesdays", "Mondays and Thursdays",
 * "every other Thursday", "first Monday of the month") as `days` codes, with the
 * frequency the words say when it is not weekly. `day` finds one day's code.
 */
export function sessionDaysFromText(text: string, day: (word: string) => string | undefined): { days: string[]; freq?: 'fortnightly' | 'monthly'; week_of_month?: number } | undefined {
  let words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let freq: 'fortnightly' | 'monthly' | undefined;
  let week: number | undefined;
  const other = /^(?:every other|every second|alternate|fortnightly(?: on)?)\s+(.+)$/.exec(words);
  if (other) [freq, words] = ['fortnightly', other[1]!];
  const nth = /^(?:(?:the|every|each) )?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(.+?)(?:\s+(?:of|in) (?:the|each|every|a) month)?$/.exec(words);
  if (!freq && nth) [freq, week, words] = ['monthly', WEEK_OF_MONTH[nth[1]!], nth[2]!];
  words = words.replace(/^(?:every|each|on)\s+/, '').replace(/\s+(?:weekly|each week|every week)$/, '');
  const days = words.split(/\s*(?:,|;|\/|&|\band\b|\bor\b)\s*/).filter(Boolean).map(day);
  if (!days.length || days.some((d) => d === undefined)) return undefined;
  return { days: [...new Set(days as string[])], ...(freq ? { freq } : {}), ...(week !== undefined ? { week_of_month: week } : {}) };
}

/**
 * How often, said in words ("every other week", "first Monday of the month", "twice a month"):
 * what to write, as the rest of a message after "… is not a frequency.". `day` finds a day's code.
 */
export function frequencyFromText(text: string, day: (word: string) => string | undefined): string | undefined {
  const said = sessionDaysFromText(text, day);
  if (said?.freq === 'monthly') return `Write freq: monthly, with byday: [${said.days.join(', ')}] and week_of_month: ${said.week_of_month}.`;
  if (said?.freq === 'fortnightly' || /\b(?:every other|every second|alternate|fortnight|every (?:2|two) weeks|bi-?weekly)\b/i.test(text)) {
    return `Write freq: fortnightly, with valid_from: the date of any one session${said ? ` and byday: [${said.days.join(', ')}]` : ''}.`;
  }
  if (/\bmonth/i.test(text)) return 'Write freq: monthly, with week_of_month: 1, 2, 3 or 4 (or -1 for the last week of the month), and the day in byday.';
  if (said || /\b(?:week|every|each)\b/i.test(text)) return `Write freq: weekly${said ? `, with byday: [${said.days.join(', ')}]` : ''}.`;
  return undefined;
}

