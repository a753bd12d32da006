/**
 * Need-words in the browser and at build time: which needs a search
 * triggers, what each adds to the search, and the sentence that tells the
 * reader why those results are shown. Pure and browser-safe: the vocabulary
 * arrives as data (content/need-words.yaml at build time, the published
 * browser vocabulary in the page).
 */
import { AUDIENCES, CATEGORIES, type AudienceKey, type CategoryKey } from '../../schema/vocabulary.ts';
import { phraseForm, tokenise, type Token } from './word-forms.ts';
import { allOf, anyOf } from '../wording/lists.ts';

/** Where the build publishes the browser vocabulary; the search page fetches it as it starts. */
export const NEED_WORDS_PATH = 'search/need-words.json';

/** One need as expandQuery reads it: the shape of an entry in need-words.yaml, empty lists optional. */
export interface Need {
  label: string;
  words: readonly string[];
  categories?: readonly CategoryKey[];
  audiences?: readonly AudienceKey[];
  conditions?: readonly string[];
  also_match?: readonly string[];
}

export interface NeedVocabulary {
  needs: readonly Need[];
}

/** What one triggered need adds to a search. */
export interface NeedExpansion {
  /** The need's label, as people read it. */
  need: string;
  /** The typed words that triggered it, lower-cased. */
  matched: string;
  categories: CategoryKey[];
  audiences: AudienceKey[];
  /** Condition words to look for in an entry's eligibility.conditions (see matchesCondition). */
  conditions: string[];
  /** More words to search the text for. */
  alsoWords: string[];
}

interface Trigger {
  need: number;
  forms: string[];
}

/** Triggers by their first word's form, longest first, built once per vocabulary. */
const indexes = new WeakMap<NeedVocabulary, Map<string, Trigger[]>>();

function indexOf(vocabulary: NeedVocabulary): Map<string, Trigger[]> {
  let index = indexes.get(vocabulary);
  if (index) return index;
  index = new Map();
  vocabulary.needs.forEach((need, i) => {
    for (const word of need.words) {
      const forms = phraseForm(word).split(' ').filter(Boolean);
      if (!forms.length) continue;
      const list = index!.get(forms[0]!) ?? [];
      list.push({ need: i, forms });
      index!.set(forms[0]!, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.forms.length - a.forms.length);
  indexes.set(vocabulary, index);
  return index;
}

function startsAt(tokens: readonly Token[], at: number, forms: readonly string[]): boolean {
  return forms.every((form, k) => tokens[at + k]?.form === form);
}

/**
 * The needs a search triggers, in the order their words were typed. Words
 * and phrases match whole (case, plurals, accents and apostrophes aside);
 * where triggers overlap the longest wins, so "broken heart" is not "heart".
 * Each item of `words` may itself hold several words.
 */
export function expandQuery(words: readonly string[], vocabulary: NeedVocabulary): NeedExpansion[] {
  const index = indexOf(vocabulary);
  const tokens = words.flatMap((w) => tokenise(w));
  const found = new Map<number, NeedExpansion>();
  for (let at = 0; at < tokens.length; ) {
    const trigger = index.get(tokens[at]!.form)?.find((t) => startsAt(tokens, at, t.forms));
    if (!trigger) {
      at += 1;
      continue;
    }
    const need = vocabulary.needs[trigger.need]!;
    if (!found.has(trigger.need)) {
      found.set(trigger.need, {
        need: need.label,
        matched: tokens.slice(at, at + trigger.forms.length).map((t) => t.text).join(' '),
        categories: [...(need.categories ?? [])],
        audiences: [...(need.audiences ?? [])],
        conditions: [...(need.conditions ?? [])],
        alsoWords: [...(need.also_match ?? [])],
      });
    }
    at += trigger.forms.length;
  }
  return [...found.values()];
}

/**
 * Whether an entry's conditions include one of the expansion's: a condition
 * word matches when all its words appear together in one of the entry's,
 * so "diabetes" matches "type 2 diabetes" and "COPD" matches "copd".
 */
export function matchesCondition(entryConditions: readonly string[], conditions: readonly string[]): boolean {
  const wanted = conditions.map(phraseForm).filter(Boolean);
  return entryConditions.some((c) => {
    const have = ` ${phraseForm(c)} `;
    return wanted.some((w) => have.includes(` ${w} `));
  });
}

export interface Labels {
  categories: Record<CategoryKey, string>;
  audiences: Record<AudienceKey, string>;
}

const labelsOf = <K extends string>(terms: Record<K, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(terms).map(([k, t]) => [k, t.label])) as Record<K, string>;

/** The labels people read, from the fixed vocabularies. */
export const VOCABULARY_LABELS: Labels = { categories: labelsOf(CATEGORIES), audiences: labelsOf(AUDIENCES) };

// The words of the categories' names, as word forms ("cooking", "walking", "carer"), without the "and" between them.
let categoryWords: Set<string> | undefined;

/** Whether every word of `word` is a word of a category's name: "cooking" and "walking" are, "class" is not. */
export function namesCategory(word: string): boolean {
  categoryWords ??= new Set(
    Object.values(VOCABULARY_LABELS.categories)
      .flatMap((label) => tokenise(label).map((t) => t.form))
      .filter((form) => form !== 'and'),
  );
  const tokens = tokenise(word);
  return tokens.length > 0 && tokens.every((t) => categoryWords!.has(t.form));
}

/** A label in the middle of a sentence: "Older people" reads "older people", "LGBTQ+ people" stays. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** The first of each group of items that are the same by `key` ("Carers" and "carer"). */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** How many condition words the sentence names before "and similar". */
const CONDITIONS_SHOWN = 3;

/**
 * The sentence shown above results a need widened, such as "Showing
 * activities for loneliness: Social and befriending". Empty when nothing
 * was triggered.
 */
export function explain(expansion: NeedExpansion | readonly NeedExpansion[], labels: Labels = VOCABULARY_LABELS): string {
  const expansions: readonly NeedExpansion[] = Array.isArray(expansion) ? expansion : [expansion as NeedExpansion];
  if (!expansions.length) return '';
  const categories = unique(expansions.flatMap((e) => e.categories)).map((k) => labels.categories[k] ?? k);
  const conditions = uniqueBy(expansions.flatMap((e) => e.conditions), phraseForm);
  // Naming the conditions says more than "people living with a condition".
  const audienceKeys = unique(expansions.flatMap((e) => e.audiences)).filter((k) => !(conditions.length && k === 'people-with-a-condition'));
  const audiences = audienceKeys.map((k) => inSentence(labels.audiences[k] ?? k));
  const parts: string[] = [];
  if (categories.length) parts.push(anyOf(categories));
  if (audiences.length) parts.push(`for ${anyOf(audiences)}`);
  if (conditions.length) {
    const named = conditions.slice(0, CONDITIONS_SHOWN);
    parts.push(conditions.length > named.length ? `for people with ${named.join(', ')} and similar` : `for people with ${anyOf(named)}`);
  }
  if (!parts.length) {
    const words = unique(expansions.flatMap((e) => e.alsoWords)).map((w) => `“${w}”`);
    if (words.length) parts.push(`mentioning ${anyOf(words)}`);
  }
  const needs = allOf(unique(expansions.map((e) => e.need)));
  return parts.length ? `Showing activities for ${needs}: ${parts.join('; ')}` : `Showing activities for ${needs}`;
}

/**
 * The vocabulary as the browser needs it: trigger words in comparison form
 * with repeats dropped (carer and carers are one), empty lists left out.
 * expandQuery gives the same answers on it as on the full vocabulary.
 */
export function toBrowserVocabulary(vocabulary: NeedVocabulary): NeedVocabulary {
  return {
    needs: vocabulary.needs.map((need) => {
      const out: Need = { label: need.label, words: unique(need.words.map(phraseForm).filter(Boolean)) };
      const lists = { categories: need.categories, audiences: need.audiences, conditions: need.conditions, also_match: need.also_match };
      for (const [key, list] of Object.entries(lists)) {
        if (list?.length) Object.assign(out, { [key]: [...list] });
      }
      return out;
    }),
  };
}
