/**
 * Words that say who is asking, or that they are asking, rather than what
 * they are after: "something for my mum with dementia" is a search for
 * dementia. Pagefind finds only the pages that have every word, so each of
 * these would narrow the results to the few pages that happen to use it
 * ("something") or, where no page does ("mum"), leave none at all.
 *
 * - Words that never tell one activity from another (articles, pronouns,
 *   "looking for", "something") are left out wherever they are.
 * - Words for the person the activity is for ("mum", "patient", "friend")
 *   are left out when no activity mentions them, and always after "my",
 *   "her" and the like: "my mum" is who it is for, where "mums and tots" or
 *   a "patient participation group" is found by its word. "My mum" is not
 *   a search for families, though "mum" may be one of their need-words.
 * - Words for a low price ("cheap", "low cost", "affordable"): an entry says
 *   whether it is free, and its price only in words ("£2 a session"), so
 *   there is nothing to narrow by; the search page says how to see the
 *   free ones instead (LOW_COST_NOTE).
 * - Words for a kind of meeting or offer ("group", "class", "club",
 *   "session", "help", "support", "advice") are left out beside a word for
 *   what it is about: "art classes" is a search for art, and the art group
 *   that never says "class" is what is wanted; "help with anxiety" is a
 *   search for anxiety, and its need's activities need not say "help".
 *   So are "speakers" and "speaking", as in "Polish speakers": the page
 *   names the language it is run in.
 *
 * "It" is not among them ("IT skills"). A query of nothing but these words
 * is searched as typed, and a word that is part of a need's phrase ("lost
 * my mum", "on my own") is never left out: query-plan.ts keeps it.
 */
import { singleWords } from './words/query-words.ts';

const NEVER_TELLING: ReadonlySet<string> = new Set([
  // Articles, joining words and prepositions. Pagefind takes every word as the start of longer
  // ones, so "on" and "in" would also ask for "online" and "information".
  'a', 'an', 'the', 'and', 'or', 'for', 'with', 'of', 'to', 'from', 'about', 'by', 'into', 'that', 'which', 'who',
  'on', 'in', 'at', 'this', 'these', 'only', 'just',
  // Pronouns, as Pagefind reads them (“I'm” is “im”).
  'i', 'im', 'ive', 'id', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
  'they', 'them', 'their',
  // Asking.
  'looking', 'want', 'wants', 'wanted', 'would', 'like', 'please', 'can', 'could', 'is', 'are', 'there', 'any', 'some',
  'something', 'anything', 'somewhere', 'anywhere', 'things', 'stuff', 'activity', 'activities', 'do', 'does', 'what',
  'where', 'when', 'how', 'find', 'has', 'have', 'had', 'got', 'need', 'needs', 'being', 'been',
  // How, not what: "chair based exercise", "community based" (the hyphenated form is compound-words.ts's).
  'based',
  // Who, said in general: "people with diabetes" is a search for diabetes ("older people" is a need's phrase).
  'people',
]);

const MEETINGS: ReadonlySet<string> = new Set([
  'group', 'groups', 'class', 'classes', 'club', 'clubs', 'session', 'sessions', 'course', 'courses', 'meetup', 'meetups',
  'meeting', 'meetings', 'speaker', 'speakers', 'speaking',
]);

/** Words for what is on offer, left out beside a topic as a kind of meeting is, unless the topic is too short to search alone ("IT help"). */
const OFFERS: ReadonlySet<string> = new Set(['help', 'support', 'advice', 'service', 'services']);

const LOW_PRICE: ReadonlySet<string> = new Set(['cheap', 'cheaper', 'affordable', 'inexpensive', 'lowcost']);

/** What the search page says when a query asks for something cheap. */
export const LOW_COST_NOTE = 'Each result says what it costs: tick “Free” under Cost for the activities that cost nothing';

/** Whether the token at `i` begins a low price: a word of its own, or "low cost" as two. */
function lowPriceAt(words: readonly (string | undefined)[], i: number): number {
  if (LOW_PRICE.has(words[i] ?? '')) return 1;
  return words[i] === 'low' && words[i + 1] === 'cost' ? 2 : 0;
}

/** Whether a query asks for something cheap ("cheap yoga", "low cost exercise"). */
export function asksLowCost(query: string): boolean {
  const words = singleWords(query.split(/\s+/).filter(Boolean));
  return words.some((_, i) => lowPriceAt(words, i) > 0);
}

const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their']);

const PEOPLE: ReadonlySet<string> = new Set([
  'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'parent', 'parents', 'wife', 'husband', 'partner', 'son', 'daughter',
  'nan', 'nana', 'gran', 'granny', 'grandma', 'grandmother', 'grandad', 'grandpa', 'grandfather', 'grandparent',
  'brother', 'sister', 'aunt', 'uncle', 'friend', 'neighbour', 'neighbor', 'patient', 'client', 'someone', 'somebody',
  'anyone', 'person',
]);

/**
 * Whether a query is made of words that never tell one activity from another and nothing else:
 * "something to do on a" once "sunday" has become the day filter asks only for the filter.
 */
export function onlyFillerWords(text: string): boolean {
  const words = singleWords(text.split(/\s+/).filter(Boolean));
  return words.length > 0 && words.every((w) => w !== undefined && NEVER_TELLING.has(w));
}

/**
 * The tokens of a query that are searched for: all but its filler words,
 * each read as Pagefind reads it. `kept` says a token must stay (part of a
 * need's phrase); `mentioned` whether some activity has the word.
 */
export function withoutFillerWords(
  tokens: readonly string[],
  { kept, mentioned }: { kept: (token: string) => boolean; mentioned: (word: string) => boolean },
): string[] {
  // One word per token, or undefined where Pagefind reads none or several ("tea-and-talk").
  const words = singleWords(tokens);
  const price = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const n = lowPriceAt(words, i);
    for (let j = 0; j < n; j++) if (!kept(tokens[i + j]!)) price.add(i + j);
  }
  const tells = tokens.map((token, i) => {
    const w = words[i];
    if (price.has(i)) return false;
    if (w === undefined) return true;
    // "my mum", unless the "my" is a need's, as in "lost my mum".
    if (PEOPLE.has(w) && POSSESSIVES.has(words[i - 1] ?? '') && !kept(tokens[i - 1]!)) return false;
    if (kept(token)) return true;
    return !NEVER_TELLING.has(w) && !(PEOPLE.has(w) && !mentioned(w));
  });
  const telling = tokens.filter((_, i) => tells[i]);
  const topic = (i: number) => kept(tokens[i]!) || !(MEETINGS.has(words[i] ?? '') || OFFERS.has(words[i] ?? ''));
  const about = tokens.filter((_, i) => tells[i] && topic(i));
  if (about.length && about.some((token) => token.replace(/\W/g, '').length > 2)) return about;
  const withOffers = tokens.filter((_, i) => tells[i] && (topic(i) || OFFERS.has(words[i] ?? '')));
  if (about.length) return withOffers;
  return telling.length ? telling : [...tokens];
}
