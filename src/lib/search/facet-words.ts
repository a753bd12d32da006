/**
 * Query words that mean a filter value rather than a word to look for.
 * "free walking" means walking that costs nothing, but the word "free" is
 * on many pages that charge ("step-free access", "feel free to bring a
 * friend"), so the search takes it as the cost filter and looks for the
 * other words. Only whole words count: "step-free" is not "free", and
 * nor is any "X free" that means without X ("gluten free"); "step free"
 * typed with a space is the step-free access filter, as are a few other
 * phrases that name an access feature ("hearing loop"). Days and times of
 * day ("tuesday", "evenings") are the day and time filters: an activity's
 * page can name a day it does not meet on ("the route is posted by the
 * Wednesday before"), and its schedule cannot. So are "weekend" and
 * "weekdays", which no page says at all: they are the days they cover. A
 * directory's need-words (need-words.ts) cannot claim these words, as the
 * search takes them before it looks for needs.
 */
import { ACCESSIBILITY, WEEKDAYS, type AccessibilityKey, type WeekdayCode } from '../../schema/vocabulary.ts';
import { FREE_VALUE, ONLINE_VALUE } from './facets.ts';
import { anyOf } from '../wording/lists.ts';
import { phraseAt, queryWords, singleWords } from './words/query-words.ts';

interface FacetWord {
  key: string;
  /** Any of these: "weekend" is Saturday or Sunday. */
  values: readonly string[];
  /** Why the results are narrowed, as the search page says it (for days and times, worked out from all of them). */
  note: string;
  /** Words that, just before it, make it mean something else: "gluten free", "get online". */
  notAfter?: ReadonlySet<string>;
}

/** What some typed words narrow the results to: activities with any of `values` for `key`. */
export interface Narrowing {
  key: string;
  values: string[];
  /** Why the results are narrowed, as the search page says it. */
  note: string;
}

/**
 * Filters whose typed values are alternatives, each with how its note is
 * worded: "tuesday thursday" is either day, where "step free hearing loop"
 * needs both.
 */
const EITHER: Readonly<Record<string, (values: readonly string[]) => string>> = {
  day: (days) => `${daysNamed(days)} only`,
  time: (times) => `In the ${anyOf(times.map((t) => t.toLowerCase()))} only`,
};

const dayNames = (codes: readonly WeekdayCode[]) => codes.map((code) => WEEKDAYS[code]);
const WEEKEND = dayNames(['SA', 'SU']);
const WEEK = dayNames(['MO', 'TU', 'WE', 'TH', 'FR']);

/** "On Tuesday or Thursday", and "At the weekend" or "On weekdays" where the days are just those. */
function daysNamed(days: readonly string[]): string {
  const are = (set: readonly string[]) => days.length === set.length && set.every((day) => days.includes(day));
  if (are(WEEKEND)) return 'At the weekend';
  if (are(WEEK)) return 'On weekdays';
  return `On ${anyOf(Object.values(WEEKDAYS).filter((day) => days.includes(day)))}`;
}

const schedule = (key: 'day' | 'time', values: readonly string[], words: readonly string[]) =>
  words.map((word): [string, FacetWord] => [word, { key, values, note: '' }]);

// Words that make "free" mean "without": "gluten free" is a diet, not a price.
const WITHOUT_WORDS: ReadonlySet<string> = new Set([
  'step', 'steps', 'stair', 'stairs', 'barrier', 'gluten', 'dairy', 'sugar', 'nut', 'meat', 'wheat', 'lactose',
  'allergen', 'alcohol', 'smoke', 'fragrance', 'scent', 'caffeine', 'stress', 'pain', 'hands', 'judgement', 'judgment',
]);

// "Getting online" is learning to use the internet, not an activity held online.
const GOING_WORDS: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'got', 'go', 'goes', 'going', 'went']);

/**
 * "online yoga" is yoga held online or by phone (the area filter's "Online"), where the word
 * "online" is also on pages that meet in a hall ("book online", "register online").
 */
const ONLINE: FacetWord = { key: 'area', values: [ONLINE_VALUE], note: 'Online or by phone only', notAfter: GOING_WORDS };

// A Map, not an object: a typed word such as "constructor" must not find something.
const FACET_WORDS: ReadonlyMap<string, FacetWord> = new Map([
  ['free', { key: 'cost', values: [FREE_VALUE], note: 'Free activities only', notAfter: WITHOUT_WORDS }],
  ['online', ONLINE],
  ...Object.values(WEEKDAYS).flatMap((day) => schedule('day', [day], [day.toLowerCase(), `${day.toLowerCase()}s`])),
  ...schedule('day', WEEKEND, ['weekend', 'weekends']),
  ...schedule('day', WEEK, ['weekday', 'weekdays']),
  ...['Morning', 'Afternoon', 'Evening'].flatMap((time) => schedule('time', [time], [time.toLowerCase(), `${time.toLowerCase()}s`])),
]);

const access = (feature: AccessibilityKey, note: string): FacetWord => ({ key: 'access', values: [ACCESSIBILITY[feature].label], note });
const STEP_FREE = access('step-free', 'With step-free access only');
const HEARING_LOOP = access('hearing-loop', 'With a hearing loop only');
const ACCESSIBLE_TOILET = access('accessible-toilet', 'With an accessible toilet only');
const LARGE_PRINT = access('large-print', 'With large print only');

/**
 * Phrases, as Pagefind reads their words, that name an access feature: a
 * reader who types "step free" wants the venues without steps, not every
 * page with "step" and "free" on it. "step-free" is one word to Pagefind.
 */
const FACET_PHRASES: readonly { words: readonly string[]; facet: FacetWord }[] = [
  ...['stepfree', 'step free', 'wheelchair accessible', 'wheelchair access'].map((phrase) => ({ words: phrase.split(' '), facet: STEP_FREE })),
  ...['hearing loop', 'induction loop'].map((phrase) => ({ words: phrase.split(' '), facet: HEARING_LOOP })),
  ...['accessible toilet', 'accessible toilets', 'disabled toilet', 'disabled toilets'].map((phrase) => ({ words: phrase.split(' '), facet: ACCESSIBLE_TOILET })),
  { words: ['large', 'print'], facet: LARGE_PRINT },
  ...['by phone', 'over the phone', 'by telephone', 'over the telephone', 'on zoom'].map((phrase) => ({ words: phrase.split(' '), facet: ONLINE })),
  // "Week" alone is in "twice a week".
  ...['during the week', 'in the week'].map((phrase) => ({ words: phrase.split(' '), facet: FACET_WORDS.get('weekdays')! })),
];

// Words that only lead up to a day or a time of day, or join two ("tuesdays or thursdays").
const BEFORE_WHEN: ReadonlySet<string> = new Set(['on', 'every', 'each', 'in', 'the', 'this', 'next', 'at', 'during', 'or', 'and']);

/** The query without its filter words (as typed otherwise), and what those words narrow the results to. */
export function takeFacetWords(query: string): { words: string; facets: Narrowing[] } {
  const { words, facets } = facetWordsIn(query);
  const narrowings: Narrowing[] = [];
  for (const facet of facets) {
    const either = EITHER[facet.key];
    const same = either && narrowings.find((n) => n.key === facet.key);
    if (same) same.values.push(...facet.values.filter((value) => !same.values.includes(value)));
    else narrowings.push({ key: facet.key, values: [...facet.values], note: facet.note });
  }
  for (const narrowing of narrowings) narrowing.note = EITHER[narrowing.key]?.(narrowing.values) ?? narrowing.note;
  return { words, facets: narrowings };
}

function facetWordsIn(query: string): { words: string; facets: FacetWord[] } {
  const facets: FacetWord[] = [];
  const take = (facet: FacetWord) => {
    if (!facets.includes(facet)) facets.push(facet);
  };
  const tokens = query.split(/\s+/).filter(Boolean);
  const words = tokens.map((token) => queryWords(token));
  const single = singleWords(tokens);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = FACET_PHRASES.find((p) => phraseAt(single, i, p.words));
    if (phrase) {
      take(phrase.facet);
      i += phrase.words.length - 1;
      continue;
    }
    const [word, ...more] = words[i]!;
    const before = words[i - 1]?.at(-1);
    const named = word !== undefined && more.length === 0 ? FACET_WORDS.get(word) : undefined;
    const facet = named && !(before !== undefined && named.notAfter?.has(before)) ? named : undefined;
    if (!facet) {
      kept.push(tokens[i]!);
      continue;
    }
    take(facet);
    // "on Tuesday", "every Tuesday", "in the evening": with the day or time gone, these say nothing.
    if (facet.key in EITHER) {
      while (kept.length && BEFORE_WHEN.has(queryWords(kept.at(-1)!).join(' '))) kept.pop();
    }
  }
  return { words: kept.join(' '), facets };
}
