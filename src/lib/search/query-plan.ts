/**
 * What a typed search asks for, worked out before anything is searched:
 * the words Pagefind is asked for, the words it could only "match" by its
 * fallback (so the direct search finds nothing), corrections for those,
 * and the needs the words trigger with what each adds.
 */
import { expandQuery, explain, type NeedExpansion, type NeedVocabulary } from './need-words.ts';
import { tokenise } from './word-forms.ts';
import type { IndexWords } from './words/match.ts';
import { queryWords } from './words/query-words.ts';

export interface Suggestion {
  /** The typed word. */
  word: string;
  /** The word it may be a slip for. */
  replacement: string;
}

export interface QueryPlan {
  /** The words for Pagefind, as typed; empty when there are none. */
  text: string;
  /** Words no indexed word matches: a direct search for `text` finds nothing. */
  unmatched: string[];
  /** A correction for each unmatched word that has one. */
  suggestions: Suggestion[];
  /** `text` with every suggestion made, when every unmatched word has one. */
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

/** The typed words minus those that triggered a need, in their typed order. */
function withoutTriggers(text: string, expansions: readonly NeedExpansion[]): string {
  const used = new Set(expansions.flatMap((e) => e.matched.split(' ')));
  return text
    .split(/\s+/)
    .filter((word) => word && !tokenise(word).every((t) => used.has(t.text)))
    .join(' ');
}

/** The texts whose words `planQuery` checks against the index's words: the query and what its needs add. */
export function plannedTexts(text: string, vocabulary: NeedVocabulary): string[] {
  const typed = text.trim();
  return [typed, ...expandQuery([typed], vocabulary).flatMap((e) => [...e.alsoWords, ...e.conditions])];
}

export function planQuery(text: string, { words, vocabulary, needWords }: PlanSources): QueryPlan {
  const typed = text.trim();
  const unmatched = words.unmatched(typed);
  const expansions = expandQuery([typed], vocabulary);
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
    corrected = queryWords(typed)
      .map((w) => by.get(w) ?? w)
      .join(' ');
  }
  const rest = withoutTriggers(typed, expansions);
  const terms = [...new Set(expansions.flatMap((e) => [...e.alsoWords, ...e.conditions]).map((t) => t.toLowerCase()))];
  return {
    text: typed,
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
