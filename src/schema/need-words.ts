/**
 * The need-words vocabulary: content/need-words.yaml, the words link workers
 * and patients search by ("lonely", "COPD", "carer") and the categories,
 * audiences, conditions and other words each should also find.
 *
 * Messages are written for the volunteer who edits the file: what is wrong,
 * then what to write instead.
 */
import { z } from 'astro/zod';
import { AUDIENCES, CATEGORIES, keysOf, type AudienceKey, type CategoryKey } from './vocabulary.ts';
import { nearestKeys } from '../lib/validation/nearest.ts';
import { phraseForm } from '../lib/search/word-forms.ts';
import { listOfValues } from './activity.ts';

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** A word, phrase or label: one line of plain text with at least one letter or digit. */
function words(what: string, max: number) {
  return z
    .string({ error: (i) => (i.input == null ? `${what} is empty. Write a word or a few words.` : `${what} must be text. Put it in quotes if it starts with a special character.`) })
    .trim()
    .min(1, { error: `${what} is empty. Write a word or a few words.` })
    .max(max, { error: (i) => `${what} is too long: keep it to ${max} characters (it has ${String(i.input).length}).` })
    .refine((s) => !HTML_TAG.test(s), { error: `${what} contains HTML. Write plain words only.` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${what} must be one line.` })
    .refine((s) => phraseForm(s) !== '', { error: `${what} has no letters or digits. Write a word people would type.` });
}

function listOf<T extends z.ZodType>(item: T, what: string, example: string) {
  return z.array(item, { error: `${what} must be a list, for example ${example}.` });
}

/** A key from one of the fixed vocabularies; a wrong one names the nearest right ones. */
function keyOf<K extends string>(terms: Record<K, { label: string }>, what: string) {
  const keys = keysOf(terms);
  return z.enum(keys, {
    error: (issue) => {
      const near = nearestKeys(String(issue.input), terms);
      return `"${String(issue.input)}" is not one of the ${what}. Did you mean ${listOfValues(near)}? Every ${what.replace(/ies$/, 'y').replace(/s$/, '')} is listed in CONTRIBUTING.md.`;
    },
  });
}

export const needSchema = z.strictObject(
  {
    /** What people read, such as "loneliness": "Showing activities for loneliness". */
    label: words('label', 60),
    /**
     * The words and phrases people type that mean this need: everyday and
     * clinical words, UK and US spellings. Plurals and capitals need not be
     * listed twice ("carer" also finds "Carers").
     */
    words: listOf(words('word', 60), 'words', '[lonely, isolated, "on my own"]').min(1, { error: 'words is empty. List the words people type for this need.' }),
    /** Categories (keys from the category list) whose activities this need should find. */
    categories: listOf(keyOf(CATEGORIES, 'categories'), 'categories', '[social, mental-wellbeing]').default([]),
    /** Audiences (keys from the audience list) whose activities this need should find. */
    audiences: listOf(keyOf(AUDIENCES, 'audiences'), 'audiences', '[carers]').default([]),
    /** Condition words matched against an entry's eligibility.conditions, such as "COPD" or "diabetes". */
    conditions: listOf(words('condition', 80), 'conditions', '[COPD, asthma]').default([]),
    /** Other words that should also find activities, such as "befriending" or "coffee morning". */
    also_match: listOf(words('also_match word', 60), 'also_match', '[befriending, "coffee morning"]').default([]),
  },
  { error: 'Each need must be a group of fields: label, words, and at least one of categories, audiences, conditions or also_match.' },
).refine((n) => n.categories.length + n.audiences.length + n.conditions.length + n.also_match.length > 0, {
  path: ['words'],
  error: 'This need finds nothing extra. Add categories, audiences, conditions or also_match.',
});

export type Need = z.output<typeof needSchema>;

/** The raw label of the need at `i`, for naming it in a message even when the need has other mistakes. */
function rawLabel(need: unknown, i: number): string {
  const label = (need as { label?: unknown } | null)?.label;
  return typeof label === 'string' && label.trim() ? `"${label.trim()}"` : `need ${i + 1}`;
}

export const needWordsSchema = z.strictObject(
  {
    /** The needs, each with the words that trigger it and what it should find. */
    needs: listOf(needSchema, 'needs', 'a list of needs, each starting "- label:"')
      // Runs even when a need has other mistakes, so one run reports every clash.
      .superRefine(
        (needs, ctx) => {
          if (!Array.isArray(needs)) return;
          const owners = new Map<string, { need: number; word: string }>();
          const labels = new Map<string, number>();
          (needs as unknown[]).forEach((need, i) => {
            const raw = need as { label?: unknown; words?: unknown } | null;
            if (typeof raw?.label === 'string' && raw.label.trim()) {
              const key = raw.label.trim().toLowerCase();
              const first = labels.get(key);
              if (first !== undefined) {
                ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `Two needs are labelled "${raw.label.trim()}". Give each need its own label, or merge them.` });
              } else labels.set(key, i);
            }
            if (!Array.isArray(raw?.words)) return;
            const seen = new Set<string>();
            raw.words.forEach((word: unknown, k: number) => {
              if (typeof word !== 'string') return;
              const form = phraseForm(word);
              if (!form || seen.has(form)) return;
              seen.add(form);
              const owner = owners.get(form);
              if (owner && owner.need !== i) {
                const same = owner.word.trim().toLowerCase() === word.trim().toLowerCase();
                ctx.addIssue({
                  code: 'custom',
                  path: [i, 'words', k],
                  message: `"${word.trim()}" is a word for both ${rawLabel(needs[owner.need], owner.need)} and ${rawLabel(need, i)}${same ? '' : ` (as "${owner.word.trim()}")`}. A word can start only one need: keep it in the one people mean most often, and remove it here.`,
                });
              } else if (!owner) owners.set(form, { need: i, word });
            });
          });
        },
        { when: () => true },
      ),
  },
  { error: 'need-words.yaml must start with "needs:" followed by a list of needs.' },
);

export type NeedWords = z.output<typeof needWordsSchema>;
export type { AudienceKey, CategoryKey };
