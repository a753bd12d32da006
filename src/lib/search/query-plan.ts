/**
 * What a typed search asks for, worked out before anything is searched:
 * the words Pagefind is asked for, the words it could only "match" by its
 * fallback (so the direct search finds nothing), corrections for those,
 * and the needs the words trigger with what each adds.
 */
import { expandQuery, explain, type NeedExpansion, type NeedVocabulary } from './need-words.ts';
import { tokenise } from './word-forms.ts';
import type { IndexWords } from './words/match.ts';
import { queryWords, singleWords } from './words/query-words.ts';
import { otherNumber } from './irregular-plurals.ts';
import { withoutFillerWords } from './filler-words.ts';

export interface Suggestion {
  /** The typed word. */
  word: string;
  /** The word it may be a slip for. */
  replacement: string;
}

export interface QueryPlan {
  /** The words as typed; empty when there are none. */
  text: string;
  /** The words Pagefind is asked for: `text` without its filler words (filler-words.ts). */
  search: string;
  /** Words no indexed word matches: a direct search for `search` finds nothing. */
  unmatched: string[];
  /** A correction for each unmatched word that has one. */
  suggestions: Suggestion[];
  /** `search` with every suggestion made, when every unmatched word has one. */
  corrected?: string;
  expansions: NeedExpansion[];
  /** Why the expanded results are shown ("Showing activities for loneliness: …"); empty without needs. */
  explanation: string;
  /** The words that trigger no need: expanded results must match them too. */
  rest: string;
  /** Whether every word of `rest` is matched by the index. */
  restMatches: boolean;
  /** The needs' other words and condition words, each a Pagefind search, only those the index matches. */
  extraTerms: string[];
}

export interface PlanSources {
  words: IndexWords;
  vocabulary: NeedVocabulary;
  /** The need-words themselves, for correcting a mistyped need ("lonley"). */
  needWords?: IndexWords | undefined;
}

/** Whether a typed word is one of the words that triggered a need. */
function triggerTest(expansions: readonly NeedExpansion[]): (word: string) => boolean {
  const used = new Set(expansions.flatMap((e) => e.matched.split(' ')));
  return (word) => tokenise(word).every((t) => used.has(t.text));
}

/** The typed words minus those that triggered a need, in their typed order. */
function withoutTriggers(text: string, expansions: readonly NeedExpansion[]): string {
  const triggered = triggerTest(expansions);
  return text
    .split(/\s+/)
    .filter((word) => word && !triggered(word))
    .join(' ');
}

/**
 * The typed words Pagefind is asked for: all but their filler words
 * ("something for my mum with dementia" asks for "dementia"), keeping any
 * that is part of a need's phrase ("on my own"). `words` must cover the
 * typed words, as the word list loaded for them does.
 */
export function searchedText(text: string, vocabulary: NeedVocabulary, words: IndexWords): string {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const telling = withoutFillerWords(tokens, {
    kept: triggerTest(expandQuery([text], vocabulary)),
    mentioned: (word) => words.unmatched(word).length === 0,
  });
  // "man" where the pages say "men" (irregular-plurals.ts).
  const read = singleWords(telling);
  const searched = telling.map((token, i) => {
    const word = read[i];
    const other = word === undefined ? undefined : otherNumber(word);
    return other !== undefined && !words.hasWord(word!) && words.hasWord(other) ? other : token;
  });
  // Otherwise as typed: a space after the last word says it is complete, not the start of a longer one.
  if (searched.length === tokens.length && searched.every((token, i) => token === tokens[i])) return text;
  return searched.join(' ') + (/\s$/.test(text) ? ' ' : '');
}

/** The texts whose words `planQuery` checks against the index's words: the query and what its needs add. */
export function plannedTexts(text: string, vocabulary: NeedVocabulary): string[] {
  const typed = text.trim();
  return [typed, ...expandQuery([typed], vocabulary).flatMap((e) => [...e.alsoWords, ...e.conditions])];
}

export function planQuery(text: string, { words, vocabulary, needWords }: PlanSources): QueryPlan {
  const typed = text.trim();
  const search = searchedText(typed, vocabulary, words);
  const unmatched = words.unmatched(search);
  // From the words searched: "for my mum" is not a search for families.
  const expansions = expandQuery([search], vocabulary);
  const suggestions: Suggestion[] = [];
  // A word that names a need, alone or in a phrase ("70s" in "over 70s"), already finds what it should: no correction.
  const triggers = new Set(expansions.flatMap((e) => e.matched.split(' ')));
  const namesNeed = (word: string) => {
    const tokens = tokenise(word);
    return expandQuery([word], vocabulary).length > 0 || (tokens.length > 0 && tokens.every((t) => triggers.has(t.text)));
  };
  for (const word of unmatched) {
    if (namesNeed(word)) continue;
    const replacement = words.suggest(word, 1)[0] ?? needWords?.suggest(word, 1)[0];
    if (replacement) suggestions.push({ word, replacement });
  }
  const needless = unmatched.filter((w) => !namesNeed(w));
  let corrected: string | undefined;
  if (needless.length && suggestions.length === needless.length) {
    const by = new Map(suggestions.map((s) => [s.word, s.replacement]));
    corrected = queryWords(search)
      .map((w) => by.get(w) ?? w)
      .join(' ');
  }
  const rest = withoutTriggers(search, expansions);
  const terms = [...new Set(expansions.flatMap((e) => [...e.alsoWords, ...e.conditions]).map((t) => t.toLowerCase()))];
  return {
    text: typed,
    search,
    unmatched,
    suggestions,
    ...(corrected !== undefined ? { corrected } : {}),
    expansions,
    explanation: explain(expansions),
    rest,
    restMatches: words.unmatched(rest).length === 0,
    extraTerms: terms.filter((term) => words.unmatched(term).length === 0),
  };
}

/**
 * The searched words as the units a search that finds nothing may let go
 * of (fewer-words.ts): each word, but a need's phrase as one ("older
 * people"), so "people" is not kept without "older".
 */
export function searchUnits(plan: Pick<QueryPlan, 'search' | 'expansions'>): string[] {
  const tokens = plan.search.split(/\s+/).filter(Boolean);
  const phrases = [...new Set(plan.expansions.map((e) => e.matched).filter((m) => m.includes(' ')))];
  // How many tokens from `at` are one of the phrases, as tokenise reads them; 1 where none is.
  const spanAt = (at: number) =>
    phrases.map((phrase) => phrase.split(' ').length).find((n) => phrases.includes(tokenise(tokens.slice(at, at + n).join(' ')).map((t) => t.text).join(' '))) ?? 1;
  const units: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const n = spanAt(i);
    units.push(tokens.slice(i, i + n).join(' '));
    i += n;
  }
  return units;
}

/**
 * The unmatched words the search page says no activity mentions: not those
 * of a need's phrase ("60s" in "over 60s", "mum" in "lost my mum"), which
 * found what the need adds, as the explanation says.
 */
export function unmentioned(plan: Pick<QueryPlan, 'search' | 'expansions' | 'unmatched'>): string[] {
  const inPhrases = new Set(searchUnits(plan).filter((unit) => unit.includes(' ')).flatMap((unit) => queryWords(unit)));
  return plan.unmatched.filter((word) => !inPhrases.has(word));
}
