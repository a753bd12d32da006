/**
 * The activity schema: the one definition of what an entry in
 * `content/activities/*.md` may contain. The build (src/content.config.ts),
 * the tests and the contributor tools all validate against this module.
 *
 * Field names follow Open Referral UK where it costs nothing
 * (`assured_date`, `cost_option`, `eligibility`, schedule `freq`, `byday`,
 * `opens_at`, `closes_at`, `valid_from`, `valid_to`), so an export is a
 * mapping rather than a rewrite.
 *
 * Every error message is written for a volunteer: it says what is wrong and
 * what to write instead. Objects are strict, so a misspelt key is an error
 * rather than a silently ignored field.
 */
import { z } from 'astro/zod';
import { POSTCODE_EXAMPLE, UK_POSTCODE } from './postcode.ts';
import {
  ACCESSIBILITY,
  ACTIVITY_LEVELS,
  AUDIENCES,
  CATEGORIES,
  DELIVERY,
  FORMATS,
  FREQUENCIES,
  JOIN_METHODS,
  SAFEGUARDING,
  STATUSES,
  WEEKDAYS,
  keysOf,
} from './vocabulary.ts';
import { LANGUAGE_CODES, nearestLanguageCodes } from './languages.ts';
import { closestKey } from '../lib/validation/nearest.ts';
import { clockFromNumber, clockFromSpoken, clockRangeFromSpoken, frequencyFromText, insideCurlyQuotes, itemsOfText, sessionDaysFromText, isoFromUkDate, isRealIsoDate, noteBesideFree, phoneAndMore, priceFromText } from '../lib/validation/written-forms.ts';
import { DIRECTION_CONTROL, INVISIBLE_CONTROL, hasHiddenCharacter } from '../lib/validation/invisible-characters.ts';
import { isUkPhone } from '../lib/activity/phone.ts';
import { userPart } from '../lib/content/link-address.ts';
import { accessibilityAsText, contactAsText, costAsText, eligibilityAsText, joinAsText, locationAsText, organisationAsText, sessionAsText } from '../lib/validation/group-as-text.ts';
import { UK_BOUNDS, outsideUk, type Axis } from '../lib/validation/coordinates.ts';
import { anyOf } from '../lib/wording/lists.ts';

const MAX_TITLE = 80;
const MAX_SUMMARY = 160;

/** Lists allowed values the way a person would read them: `a`, `b` or `c`. */
export function listOfValues(values: readonly string[]): string {
  return anyOf(values.map((v) => `\`${v}\``));
}

function oneOf<K extends string>(record: Record<K, string | { label: string }>, what: string, spoken?: (text: string) => string | undefined) {
  const keys = keysOf(record);
  const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
  return z.enum(keys, {
    error: (issue) => {
      if (issue.input === undefined) return `${what} is missing. Use one of ${listOfValues(keys)}.`;
      const wrong = `"${String(issue.input)}" is not ${article} ${what}.`;
      const said = typeof issue.input === 'string' ? spoken?.(issue.input) : undefined;
      if (said) return `${wrong} ${said}`;
      const meant = typeof issue.input === 'string' ? closestKey(issue.input, record) : undefined;
      return meant ? `${wrong} Did you mean \`${meant}\`? Otherwise, use one of ${listOfValues(keys)}.` : `${wrong} Use one of ${listOfValues(keys)}.`;
    },
  });
}

/**
 * A list field's type error. A list written without its square brackets
 * (`categories: walking, social`) reads as text: the message shows it
 * bracketed, so the fix is in front of the volunteer.
 */
function listError(what: string, otherwise: string, item?: z.ZodType, meant?: (written: string) => string | undefined) {
  return (issue: { input?: unknown }) => {
    if (typeof issue.input !== 'string' || !issue.input.trim()) return otherwise;
    // Each item as it should be written ("older people" as older-people), and what is wrong with any still not right.
    const items = itemsOfText(issue.input).map((written) => meant?.(written) ?? written);
    const wrong = item ? items.flatMap((value) => item.safeParse(value).error?.issues.map((i) => i.message) ?? []) : [];
    return [`${what} must be a list in square brackets. Write [${items.join(', ')}].`, ...wrong].join(' ');
  };
}

/** A list of values from a vocabulary, `what` each is, and the list field's own type error (`missing` when it is required). */
function listOf<K extends string>(record: Record<K, string | { label: string }>, what: string, field: string, otherwise: string, missing?: string) {
  const item = oneOf(record, what);
  const wrong = listError(field, otherwise, item, (written) => closestKey(written, record));
  return z.array(item, { error: (issue) => (missing && issue.input === undefined ? missing : wrong(issue)) });
}

/**
 * A list in which each value is written once, as a page would otherwise show it twice; the
 * value written again is named, as in a long list it is hard to spot.
 */
function eachOnce<T extends z.ZodArray<z.ZodType<string>>>(list: T, field: string): T {
  return list.refine((items) => new Set(items).size === items.length, {
    error: (issue) => {
      const items = issue.input as string[];
      return `\`${items.find((item, i) => items.indexOf(item) !== i)}\` is listed twice in ${field}. List each once.`;
    },
  });
}

/**
 * byday's type error: days written as words ("Tuesdays", "every other Thursday")
 * are answered with the list to write, and the frequency the words say.
 */
const weekday = (word: string) => closestKey(word, WEEKDAYS);

function bydayError(issue: { input?: unknown }): string {
  const said = typeof issue.input === 'string' ? sessionDaysFromText(issue.input, weekday) : undefined;
  if (issue.input === undefined || issue.input === null) return 'byday is missing. Give the day or days it runs, for example byday: [TU] or byday: [MO, TH].';
  if (!said) return listError('byday', 'byday must be a list of weekday codes, for example [TU] or [MO, TH].')(issue);
  const days = `byday: [${said.days.join(', ')}]`;
  if (said.freq === 'fortnightly') return `byday must be a list of weekday codes in square brackets. Write ${days}, and freq: fortnightly with valid_from: the date of any one session.`;
  if (said.freq === 'monthly') return `byday must be a list of weekday codes in square brackets. Write ${days}, and freq: monthly with week_of_month: ${said.week_of_month}.`;
  return `byday must be a list of weekday codes in square brackets. Write ${days}.`;
}

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/**
 * A group of fields' error: missing, written as one line of text (group-as-text.ts says where
 * the text goes), or otherwise wrong.
 */
function groupError(missing: string, asText: (input: unknown) => string | undefined, wrong = missing) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing : asText(issue.input) ?? wrong);
}

const accessibilityFeatures = (text: string) => {
  const found = itemsOfText(text).map((item) => closestKey(item, ACCESSIBILITY));
  return found.length && found.every(Boolean) ? (found as string[]) : undefined;
};

/** A type error that tells a missing field apart from a wrongly written one. */
function typeError(missing: string, wrong: string) {
  // `title:` with nothing after it reads as null in YAML: that is a missing value too.
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing : wrong);
}

/**
 * A value written in the curly quotes Word and phones type (“10:00”), which YAML
 * reads as part of the value: what to write instead, in straight quotes.
 */
function curlyQuoted(field: string, input: unknown): string | undefined {
  const inside = typeof input === 'string' ? insideCurlyQuotes(input) : undefined;
  return inside === undefined
    ? undefined
    : `${field} is in curly quotes (“ ” or ‘ ’), which Word and phones type for you. Use straight quotes instead: ${field}: "${inside}".`;
}

/**
 * Short text shown as-is: no markup, no line breaks. A number or true/false where text
 * should be is told to go in quotes, or what `written` says for the field.
 */
function plainText(what: string, max: number, written?: (input: unknown) => string | undefined) {
  return z
    .string({
      error: (issue) => {
        if (issue.input === undefined || issue.input === null) return `${what} is missing. Add it as a line of text.`;
        const said = written?.(issue.input);
        if (said) return said;
        if (typeof issue.input === 'number' || typeof issue.input === 'boolean') return `${what} must be text. Put it in quotes: "${String(issue.input)}".`;
        return `${what} must be text. Put it in quotes if it starts with a special character.`;
      },
    })
    .trim()
    .min(1, { error: `${what} is empty. Write a few words.` })
    .max(max, { error: (i) => `${what} is too long: keep it to ${max} characters (it has ${String(i.input).length}).` })
    .refine((s) => !HTML_TAG.test(s), { error: `${what} contains HTML. Write plain text only.` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${what} must be one line.` })
    .refine((s) => !INVISIBLE_CONTROL.test(s.replace(/\r/g, '')), {
      error: `${what} contains an invisible control character. Delete it and type the text again.`,
    })
    .refine((s) => !DIRECTION_CONTROL.test(s), {
      error: `${what} contains an invisible character that turns the direction of the text after it. Delete it and type the text again.`,
    })
    .refine((s) => !hasHiddenCharacter(s), {
      error: `${what} contains an invisible character or line break. Delete it and type the text again.`,
    });
}

/** Longer free text: a few sentences, still no markup. */
function note(what: string) {
  return plainText(what, 600);
}

/**
 * A calendar date. YAML turns an unquoted 2026-03-14 into a Date, a quoted one
 * stays a string; both are accepted and normalised to `YYYY-MM-DD`.
 */
export function isoDate(what: string) {
  return z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({
        error: typeError(
          `${what} is missing. Add it as a date written YYYY-MM-DD, for example 2026-03-14.`,
          `${what} must be a date written as YYYY-MM-DD, for example 2026-03-14.`,
        ),
      })
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        abort: true,
        error: (issue) => {
          const written = typeof issue.input === 'string' ? isoFromUkDate(issue.input) : undefined;
          return written
            ? `${what} must be written as YYYY-MM-DD. Write ${issue.input} as ${written}.`
            : `${what} must be written as YYYY-MM-DD, for example 2026-03-14.`;
        },
      })
      .refine(isRealIsoDate, { error: `${what} is not a real date. Check the day and month.` }),
  );
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A 24-hour clock time, `HH:MM`. `midnight` is what to write for "24:00": a session
 * starts at "00:00" and ends by "23:59" of its day.
 */
function clockTime(what: 'opens_at' | 'closes_at', midnight: string) {
  return z
    .string({
      error: (issue) => {
        const general = typeError(
          `${what} is missing. Add it in quotes as "HH:MM" on the 24-hour clock, for example "14:30".`,
          `${what} must be a time in quotes, written as "HH:MM" on the 24-hour clock, for example "14:30".`,
        )(issue);
        // Unquoted, "9.30" is the number 9.3 to YAML: the time meant, in quotes.
        const meant = typeof issue.input === 'number' ? clockFromNumber(issue.input) : undefined;
        return meant ? `${what} must be a time in quotes: without them YAML reads ${issue.input} as a number. Write ${what}: "${meant}".` : general;
      },
    })
    .regex(CLOCK, {
      error: (issue) => {
        const text = typeof issue.input === 'string' ? issue.input : '';
        const curly = curlyQuoted(what, text);
        if (curly) return curly;
        if (/^\s*24[:.]?00\s*$/.test(text)) {
          return `${what} cannot be "24:00": the 24-hour clock goes from "00:00" (midnight, as a day starts) to "23:59". Write ${what}: "${midnight}".`;
        }
        const range = clockRangeFromSpoken(text);
        if (range) return `${what} is one time, but "${text}" is a start and a finish. Write opens_at: "${range[0]}" and, on the next line, closes_at: "${range[1]}".`;
        const written = clockFromSpoken(text) ?? undefined;
        return written
          ? `${what} must be written as "HH:MM" on the 24-hour clock. Write "${issue.input}" as "${written}".`
          : `${what} must be written as "HH:MM" on the 24-hour clock, for example "09:30" or "18:00".`;
      },
    });
}

export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

const postcode = z
  .string({ error: `postcode must be a UK postcode, for example "${POSTCODE_EXAMPLE.postcode}".` })
  .trim()
  .regex(UK_POSTCODE, { error: (i) => `"${String(i.input)}" is not a UK postcode. Write it like "${POSTCODE_EXAMPLE.postcode}".` })
  .transform(normalisePostcode);

/** UK numbers: 0 or +44 followed by 9 or 10 digits, as "020 7946 0123", "(01632) 960123" or "+44 (0)1632 960123". */
const phone = z
  .string({ error: 'phone must be written in quotes, for example "020 7946 0123".' })
  .trim()
  .refine(isUkPhone, {
    error: (i) => {
      const input = String(i.input);
      const more = phoneAndMore(input, isUkPhone);
      // contact has room for one number; how_to_join.instructions says anything more.
      if (more?.extension) return `phone holds one number, without its extension. Write phone: "${more.number}" and say the extension in how_to_join.instructions, such as "Ring ${more.number} and ask for extension ${more.extension}."`;
      if (more?.other) return `phone holds one number. Write phone: "${more.number}" and give the other number in how_to_join.instructions, such as "Or ring ${more.other}."`;
      return curlyQuoted('phone', input) ?? `"${input}" is not a UK phone number. Write it like "020 7946 0123" or "07700 900123".`;
    },
  });

export const email = z.email({
  error: (i) => {
    const input = String(i.input);
    const address = /^\s*mailto:\s*/i.exec(input) ? input.replace(/^\s*mailto:\s*/i, '') : undefined;
    if (address) return `"${input}" is a link, not an email address. Remove "mailto:": write email: ${address}`;
    return curlyQuoted('email', input) ?? `"${input}" is not an email address. Write it like "hello@example.org".`;
  },
});

/**
 * A space, line break, control, zero-width or direction-changing character: none belongs in a
 * web address, and the URL parser quietly drops or encodes them, so the address a page shows
 * and the one it opens would differ ("https://a.example/ javascript:…", a line break that
 * starts a new line in a calendar file).
 */
const NOT_IN_ADDRESS = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** Only https links: plain http leaks what a patient reads, and anything else could run script. */
export const httpsUrl = z
  .string({ error: 'This must be a web address starting with https://' })
  .trim()
  .refine((s) => !NOT_IN_ADDRESS.test(s), {
    error: 'This web address has a space, a line break or an invisible character in it. Type it again as one unbroken address, for example https://example.org/walks',
    abort: true,
  })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' && u.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { error: (i) => `"${String(i.input)}" is not a full web address. Write it starting with https://, for example https://example.org/walks`, abort: true },
  )
  // "https://nhs.uk@evil.example/" opens evil.example: what comes before "@" is a user name,
  // so the address a page shows names one site and leads to another.
  .refine((s) => !userPart(s), {
    error: (i) => {
      const address = String(i.input);
      const { user, host } = userPart(address)!;
      const named = /\./.test(user) ? `, not ${user}` : '';
      return `"${address}" sends people to ${host}${named}: the part before "@" is a user name. Write the address of the page people should open, with nothing between https:// and the site's name, for example https://example.org/walks`;
    },
  });

/** Latitude or longitude in decimal degrees, within the UK. */
function coordinate(axis: Axis) {
  const { min, max, example } = UK_BOUNDS[axis];
  return z.number({ error: `${axis} must be a number such as ${example}.` }).min(min, { error: outsideUk(axis) }).max(max, { error: outsideUk(axis) });
}

/** A session that repeats: the Open Referral UK `schedule`, simplified. */
export const sessionSchema = z
  .strictObject({
    /** How often it repeats: weekly, fortnightly or monthly. */
    freq: oneOf(FREQUENCIES, 'frequency', (text) => frequencyFromText(text, weekday)),
    /** The day or days it runs, as two-letter codes: MO TU WE TH FR SA SU. */
    byday: z
      .array(oneOf(WEEKDAYS, 'weekday code'), { error: bydayError })
      .min(1, { error: 'byday is empty. Give at least one day, for example [TU].' }),
    /** Monthly only: which week of the month, 1 to 4, or -1 for the last. */
    week_of_month: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        error: 'week_of_month must be 1, 2, 3 or 4, or -1 for the last week of the month.',
      })
      .optional(),
    /** Start time, "HH:MM". */
    opens_at: clockTime('opens_at', '00:00'),
    /** Finish time, "HH:MM". */
    closes_at: clockTime('closes_at', '23:59'),
    /** Date of the first session; needed for fortnightly sessions so the right weeks show. */
    valid_from: isoDate('valid_from').optional(),
    /** Date of the last session, for a course or a season that ends. */
    valid_to: isoDate('valid_to').optional(),
    /** A short note about this session, such as "Not on bank holidays". */
    description: note('description').optional(),
  }, { error: (issue) => sessionAsText(issue.input, weekday) })
  .superRefine((s, ctx) => {
    // Compare only well-formed times; a malformed one already has its own message.
    if (CLOCK.test(s.opens_at) && CLOCK.test(s.closes_at) && s.closes_at <= s.opens_at) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes_at'],
        message: `closes_at (${s.closes_at}) must be later than opens_at (${s.opens_at}).`,
      });
    }
    if (s.freq === 'monthly' && s.week_of_month === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['week_of_month'],
        message: 'A monthly session needs week_of_month: 1 for the first week, 2 for the second, … or -1 for the last.',
      });
    }
    if (s.freq !== 'monthly' && s.week_of_month !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['week_of_month'],
        message: `week_of_month only applies to monthly sessions. Remove it, or set freq: monthly.`,
      });
    }
    if (s.freq === 'fortnightly' && !s.valid_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['valid_from'],
        message: 'A fortnightly session needs valid_from: the date of any one session, so the right weeks are shown.',
      });
    }
    if (s.valid_from && s.valid_to && s.valid_to < s.valid_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['valid_to'],
        message: `valid_to (${s.valid_to}) is before valid_from (${s.valid_from}).`,
      });
    }
  });
export type Session = z.infer<typeof sessionSchema>;

const language = z
  .string({ error: 'Each language must be a language code written as text, for example en or pl.' })
  .trim()
  .toLowerCase()
  .refine((c) => LANGUAGE_CODES.includes(c), {
    error: (i) =>
      `"${String(i.input)}" is not a language code we know. Did you mean ${listOfValues(nearestLanguageCodes(String(i.input)))}? Use the two-letter code (en for English, pl for Polish), or bfi for British Sign Language; every code is listed in CONTRIBUTING.md.`,
  });

const MAX_AGE = 120;

/** An age in whole years; "18+" or a quoted "65" are answered with the line to write. */
function age(what: string) {
  const range = `${what} must be a whole number of years from 0 to ${MAX_AGE}`;
  return z
    .int({
      error: (issue) => {
        const years = typeof issue.input === 'string' ? /^\s*(\d{1,3})\s*\+?\s*(?:years?)?\s*$/i.exec(issue.input)?.[1] : undefined;
        return years === undefined ? `${what} must be a whole number of years, such as 18.` : `${what} must be a whole number of years. Write ${what}: ${years}, without quotes or "+".`;
      },
    })
    .min(0, { error: `${range}.` })
    .max(MAX_AGE, { error: (i) => `${range}, not ${String(i.input)}. Check the age, or leave ${what} out.` });
}

const BOOLEAN_WORDS = new Map([['yes', true], ['y', true], ['true', true], ['no', false], ['n', false], ['false', false]]);

/** true or false; "yes", "no" or a quoted "true" are answered with the line to write. */
const yesOrNo = (what: string) =>
  z.boolean({
    error: (issue) => {
      const meant = typeof issue.input === 'string' ? BOOLEAN_WORDS.get(issue.input.trim().toLowerCase()) : undefined;
      return meant === undefined ? `${what} must be true or false.` : `${what} must be true or false. Write ${what}: ${meant}, without quotes.`;
    },
  });

/**
 * Whether it is free: true or false. A price or a note where true or false should be
 * ("£3", "free (donations welcome)") is told where each goes.
 */
const freeOrNot = z.boolean({
  error: (issue) => {
    if (issue.input === undefined || issue.input === null) return 'free is missing. Write free: true if it costs nothing, or free: false with the price in amount, such as amount: "£3".';
    const price = priceFromText(issue.input);
    if (price) return `free must be true or false, and "${String(issue.input)}" is a price. Write free: false, and on the next line amount: "${price}".`;
    // "free: free" or "free: Free": the word itself, meaning true.
    if (typeof issue.input === 'string' && /^\s*free\s*$/i.test(issue.input)) return yesOrNo('free').safeParse('yes').error?.issues[0]?.message ?? 'free must be true or false.';
    const note = noteBesideFree(issue.input);
    if (note) return `free must be true or false. Write free: true, and put the rest in concessions: "${note}".`;
    if (typeof issue.input === 'string' && /donat|pay what|contribution/i.test(issue.input)) {
      return 'free must be true or false. Write free: true if a donation is up to each person, with concessions: "Donations welcome" on the next line; or free: false with amount: "By donation" if one is expected.';
    }
    return yesOrNo('free').safeParse(issue.input).error?.issues[0]?.message ?? 'free must be true or false.';
  },
});

/** A GitHub account name: letters, digits and single hyphens, up to 39 characters, as GitHub allows. */
const GITHUB_USERNAME = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const githubUsername = z.string({ error: 'Each maintainer must be a GitHub username written as text, for example octocat.' }).refine((s) => GITHUB_USERNAME.test(s), {
  error: (i) => {
    const name = String(i.input);
    return name.startsWith('@')
      ? `"${name}": write the GitHub username without the @, as ${name.slice(1)}.`
      : `"${name}" is not a GitHub username. Use the name shown on the person's GitHub profile, such as octocat (letters, digits and hyphens).`;
  },
});

export interface ActivitySchemaOptions {
  /** Area ids from the directory settings; an entry's area must be one of them. */
  areas: readonly string[];
}

/**
 * The schema for one activity's front matter. A factory because the allowed
 * areas come from the directory settings, which differ per deployment.
 */
export function activitySchema({ areas }: ActivitySchemaOptions) {
  const area = z.string({ error: `area is missing. Use one of ${listOfValues(areas)}.` }).refine((a) => areas.includes(a), {
    error: (i) => {
      const meant = closestKey(String(i.input), Object.fromEntries(areas.map((a) => [a, a])));
      const wrong = `"${String(i.input)}" is not one of this directory's areas.`;
      const list = `${listOfValues(areas)} (the list is in content/directory.yaml)`;
      return meant ? `${wrong} Did you mean \`${meant}\`? Otherwise, use one of ${list}.` : `${wrong} Use one of ${list}.`;
    },
  });

  return z
    .strictObject({
      /** The activity's name, as the group uses it. Up to 80 characters. */
      // Zero-width and other invisible characters alone would make an invisible link in every list.
      title: plainText('title', MAX_TITLE).refine((s) => s === '' || /[\p{L}\p{N}\p{S}]/u.test(s), { error: 'title has no letters or digits. Write the activity\'s name.' }),
      /** One plain sentence saying what happens, shown in search results. Up to 160 characters. */
      summary: plainText('summary', MAX_SUMMARY),
      /** One to three categories from the fixed list. */
      categories: eachOnce(
        listOf(CATEGORIES, 'category', 'categories', 'categories must be a list, for example [walking, social].', 'categories is missing. Choose one to three, for example [walking, social].')
          .min(1, { error: 'categories is empty. Choose at least one.' })
          .max(3, { error: 'Choose at most 3 categories: pick the ones that describe it best.' }),
        'categories',
      ),
      /** Who runs it. */
      organisation: z.strictObject({
        /** The organisation or group's name. */
        name: plainText('organisation name', 120),
        /** Its website, starting with https://. */
        website: httpsUrl.optional(),
      }, { error: groupError('organisation is missing. Give at least its name.', organisationAsText) }),
      /** How someone starts going. */
      how_to_join: z.strictObject({
        /** drop-in (just turn up), book-ahead, or referral (a professional must refer). */
        method: oneOf(JOIN_METHODS, 'way to join'),
        /** What to do first, in a sentence or two. */
        instructions: note('instructions').optional(),
      }, { error: groupError('how_to_join is missing. Say at least method: drop-in, book-ahead or referral.', (input) => joinAsText(input, (text) => closestKey(text, JOIN_METHODS))) }),
      /** How to reach the organiser. At least one of phone, email or website. */
      contact: z
        .strictObject({
          /** A first name or role people can ask for. */
          name: plainText('contact name', 80).optional(),
          /** A UK phone number, in quotes. */
          phone: phone.optional(),
          /** An email address. */
          email: email.optional(),
          /** A web page about the activity, starting with https://. */
          website: httpsUrl.optional(),
        }, { error: groupError('contact is missing. Give at least a phone number, email or website.', (input) => contactAsText(input, isUkPhone)) })
        .refine((c) => Boolean(c.phone || c.email || c.website), {
          error: 'contact needs at least one of phone, email or website, so people can ask questions.',
        }),
      /** When it happens: one item per regular session. Leave out if by_arrangement is true. */
      schedules: z.array(sessionSchema, { error: 'schedules must be a list of sessions (each starting with "- freq:").' }).optional(),
      /** True when there is no fixed time, such as befriending visits arranged one to one. */
      by_arrangement: yesOrNo('by_arrangement').optional(),
      /** Anything else about timing, such as "Not in August". */
      schedule_notes: note('schedule_notes').optional(),
      /** Languages the activity is run in, as codes: en for English, pl for Polish, bfi for British Sign Language. Leave out if unsure. */
      languages: eachOnce(
        z
          .array(language, { error: listError('languages', 'languages must be a list of language codes, for example [en, pl].') })
          .min(1, { error: 'languages is empty. List at least one, for example [en], or leave it out.' }),
        'languages',
      ).optional(),
      /** Interpreting or translation on offer, in a sentence, such as "A BSL interpreter can come if you ask a week ahead". */
      interpretation_services: note('interpretation_services').optional(),
      /** group, one-to-one, or either. */
      format: oneOf(FORMATS, 'format').optional(),
      /** How it is delivered: a list of in-person, online and phone. */
      delivery: eachOnce(
        listOf(DELIVERY, 'way it is delivered', 'delivery', 'delivery must be a list, for example [in-person] or [online, phone].')
          .min(1, { error: 'delivery is empty. List at least one of in-person, online or phone, or leave it out.' }),
        'delivery',
      ).optional(),
      /** How physically active it is: gentle, moderate or energetic. */
      activity_level: oneOf(ACTIVITY_LEVELS, 'level of activity').optional(),
      /** True when beginners are welcome and no skill or experience is needed. */
      no_experience_needed: yesOrNo('no_experience_needed').optional(),
      /** What happens the first time someone comes. */
      first_visit: z
        .strictObject({
          /** True when someone will meet a newcomer and show them round. */
          met_on_arrival: yesOrNo('met_on_arrival').optional(),
          /** True when a newcomer can bring a friend, family member or carer. */
          bring_someone: yesOrNo('bring_someone').optional(),
          /** True when the first session is a free taster. */
          free_taster: yesOrNo('free_taster').optional(),
          /** What to bring or wear, such as "Comfortable shoes and a bottle of water". */
          what_to_bring: note('what_to_bring').optional(),
        }, { error: 'first_visit must be a group of fields such as met_on_arrival and what_to_bring.' })
        .optional(),
      /** How to get there, in plain words. */
      getting_there: z
        .strictObject({
          /** Nearest bus stops or routes, such as "Bus 12 or 15 to Mill Lane, then a 2 minute walk". */
          buses: note('buses').optional(),
          /** Where to park, such as "Free car park behind the hall, two blue badge spaces". */
          parking: note('parking').optional(),
          /** The step-free way in, such as "Ramp at the side door on Church Street". */
          step_free_route: note('step_free_route').optional(),
        }, { error: 'getting_there must be a group of fields: buses, parking and step_free_route.' })
        .optional(),
      /** Whether leaders have safeguarding training or DBS checks: yes, no or not-stated. */
      safeguarding: z.preprocess(
        // YAML 1.1 readers turn a bare yes/no into true/false: read them back as the words meant.
        (v) => (v === true ? 'yes' : v === false ? 'no' : v),
        oneOf(SAFEGUARDING, 'safeguarding answer'),
      ).optional(),
      /** Where it happens. */
      location: z
        .strictObject({
          /** True for activities held online or by phone. */
          online: yesOrNo('online').optional(),
          /** The building or meeting point, such as "St Aidan's Church Hall". */
          venue: plainText('venue', 120).optional(),
          /** Street address without the postcode. */
          address: plainText('address', 200).optional(),
          /** The venue's UK postcode. */
          postcode: postcode.optional(),
          /** The directory area it belongs to (see content/directory.yaml). */
          area: area.optional(),
          /** Latitude in decimal degrees, for "near me" sorting. */
          latitude: coordinate('latitude').optional(),
          /** Longitude in decimal degrees (negative west of Greenwich). */
          longitude: coordinate('longitude').optional(),
          /** How to find the room or meeting point once there. */
          directions: note('directions').optional(),
        }, { error: groupError('location is missing. Give venue, address, postcode and area, or online: true.', locationAsText) })
        .superRefine((loc, ctx) => {
          if (loc.online) return;
          for (const key of ['venue', 'address', 'postcode', 'area'] as const) {
            if (loc[key] === undefined) {
              ctx.addIssue({
                code: 'custom',
                path: [key],
                message: `${key} is missing. An activity at a venue needs venue, address, postcode and area (or set online: true).`,
              });
            }
          }
          if ((loc.latitude === undefined) !== (loc.longitude === undefined)) {
            ctx.addIssue({
              code: 'custom',
              path: [loc.latitude === undefined ? 'latitude' : 'longitude'],
              message: 'Give both latitude and longitude, or neither.',
            });
          }
        }),
      /** What it costs. */
      cost_option: z
        .strictObject({
          /** True when it costs nothing to take part. */
          free: freeOrNot,
          /** The price in words, such as "£3 a session". Needed when free is false. */
          amount: plainText('amount', 120, (input) => {
            const price = priceFromText(input);
            return price === undefined ? undefined : `amount must be text with the pound sign, in quotes. Write amount: "${price}".`;
          }).optional(),
          /** Reduced prices, such as "£1.50 for carers". */
          concessions: plainText('concessions', 200).optional(),
        }, { error: groupError('cost_option is missing. Write free: true, or free: false with an amount.', costAsText) })
        .refine((c) => c.free || Boolean(c.amount), {
          path: ['amount'],
          error: 'amount is missing. When free is false, say what it costs, for example "£3 a session".',
        }),
      /** Who it is for. */
      eligibility: z
        .strictObject({
          /** Youngest age welcome. */
          minimum_age: age('minimum_age').optional(),
          /** Oldest age welcome. */
          maximum_age: age('maximum_age').optional(),
          /** Groups it is aimed at. */
          audiences: eachOnce(listOf(AUDIENCES, 'audience', 'audiences', 'audiences must be a list, for example [older-people].'), 'audiences').optional(),
          /** Health conditions it supports, in plain words, such as "type 2 diabetes". */
          conditions: z.array(plainText('condition', 80), { error: listError('conditions', 'conditions must be a list, for example ["type 2 diabetes"].') }).optional(),
          /** Anything else about who can come. */
          description: note('eligibility description').optional(),
        }, { error: groupError('eligibility must be a group of fields such as audiences and minimum_age.', eligibilityAsText) })
        // An age out of range has its own message; compared with it, the other would look wrong too.
        .refine((e) => e.minimum_age === undefined || e.maximum_age === undefined || e.minimum_age > MAX_AGE || e.minimum_age <= e.maximum_age, {
          path: ['maximum_age'],
          error: 'maximum_age is lower than minimum_age.',
        })
        .refine((e) => !e.audiences?.includes('people-with-a-condition') || (e.conditions?.length ?? 0) > 0, {
          path: ['conditions'],
          error: 'Name the condition under conditions, for example ["type 2 diabetes"], when the audience is people-with-a-condition.',
        })
        .optional(),
      /** Access at the venue. */
      accessibility: z
        .strictObject({
          /** Features from the fixed list. */
          features: eachOnce(listOf(ACCESSIBILITY, 'accessibility feature', 'features', 'features must be a list, for example [step-free, hearing-loop].'), 'features').optional(),
          /** Anything else, such as "Two steps at the side door; staff can help". */
          notes: note('accessibility notes').optional(),
        }, { error: groupError('accessibility must be a group of fields: features and notes.', (input) => accessibilityAsText(input, accessibilityFeatures)) })
        .optional(),
      /** The date someone last checked these details with the organiser (YYYY-MM-DD). */
      assured_date: isoDate('assured_date'),
      /** GitHub usernames of people in the group who keep this entry up to date; they are asked when it is due for review. */
      maintainers: z
        .array(githubUsername, { error: listError('maintainers', 'maintainers must be a list of GitHub usernames, for example [octocat].') })
        .max(10, { error: 'List at most 10 maintainers.' })
        .optional(),
      /** running, paused or ended. Defaults to running. */
      status: oneOf(STATUSES, 'status').default('running'),
      /** Why it is paused or ended, or when it restarts. */
      status_note: note('status_note').optional(),
      /** While paused: the day sessions start again (YYYY-MM-DD). Sessions from that day on show as usual. */
      paused_until: isoDate('paused_until').optional(),
    })
    .superRefine((a, ctx) => {
      const hasSessions = (a.schedules?.length ?? 0) > 0;
      if (!hasSessions && !a.by_arrangement) {
        ctx.addIssue({
          code: 'custom',
          path: ['schedules'],
          message: 'schedules is missing. List when it happens (see the example entry), or write by_arrangement: true.',
        });
      }
      if (a.paused_until && a.status !== 'paused') {
        ctx.addIssue({
          code: 'custom',
          path: ['paused_until'],
          message: 'paused_until only applies while an activity is paused. Remove it, or set status: paused.',
        });
      }
      const delivery = a.delivery ?? [];
      if (delivery.includes('in-person') && a.location.online && !a.location.venue) {
        ctx.addIssue({
          code: 'custom',
          path: ['delivery'],
          message: 'delivery says in-person, but location has no venue. Add the venue, or remove in-person.',
        });
      }
      if (delivery.length && !delivery.includes('in-person') && !a.location.online) {
        ctx.addIssue({
          code: 'custom',
          path: ['delivery'],
          message: 'delivery is only online or phone, but location is a venue. Set online: true under location, or add in-person.',
        });
      }
      if (a.location.online && delivery.length && !delivery.some((d) => d !== 'in-person')) {
        ctx.addIssue({
          code: 'custom',
          path: ['delivery'],
          message: 'location says online: true, but delivery does not list online or phone. Add the one it uses.',
        });
      }
      if (hasSessions && a.by_arrangement) {
        ctx.addIssue({
          code: 'custom',
          path: ['by_arrangement'],
          message: 'Choose one: either list schedules, or set by_arrangement: true, not both.',
        });
      }
    });
}

export type Activity = z.output<ReturnType<typeof activitySchema>>;
