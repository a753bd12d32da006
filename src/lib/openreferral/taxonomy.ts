/**
 * Our vocabularies as Open Referral taxonomies. The profile has no fields
 * for audiences, accessibility features, ways to join, areas or conditions,
 * but it lets any service, location or accessibility record carry
 * `attributes` that point at a taxonomy term, so each vocabulary becomes a
 * taxonomy of our own and each value a term in it.
 */
import { ACCESSIBILITY, ACTIVITY_LEVELS, AUDIENCES, CATEGORIES, DELIVERY, FORMATS, JOIN_METHODS, SAFEGUARDING, type Term } from '../../schema/vocabulary.ts';
import type { Settings } from '../../schema/settings.ts';
import { directoryTaxonomyId, directoryTermId, sharedTaxonomyId, sharedTermId } from './ids.ts';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';
import { nameKey } from '../content/name-key.ts';

export type VocabularyName =
  | 'categories' | 'audiences' | 'accessibility' | 'join-methods' | 'areas' | 'conditions'
  | 'formats' | 'delivery' | 'activity-levels' | 'safeguarding' | 'details';

/**
 * Facts an entry holds as yes/no, a date or a few words, for which neither
 * the profile nor HSDS has a field: each is an attribute pointing at its
 * term here, with the fact as the attribute's HSDS 3.0 `value`.
 */
export const DETAILS = {
  'no-experience-needed': { label: 'No experience needed', description: 'Whether beginners with no experience are welcome: yes or no.' },
  'met-on-arrival': { label: 'Met on arrival', description: 'Whether someone meets a newcomer on their first visit: yes or no.' },
  'bring-someone': { label: 'Bring a friend or carer', description: 'Whether a newcomer can bring a friend or carer: yes or no.' },
  'free-taster': { label: 'Free taster session', description: 'Whether the first session is a free taster: yes or no.' },
  'what-to-bring': { label: 'What to bring or wear', description: 'What to bring or wear, in words.' },
  buses: { label: 'Buses', description: 'The nearest bus stops or routes, in words.' },
  parking: { label: 'Parking', description: 'Where to park, in words.' },
  'step-free-route': { label: 'Step-free route', description: 'The step-free way in, in words.' },
  'paused-until': { label: 'Paused until', description: 'While the service is temporarily closed: the day sessions start again (YYYY-MM-DD).' },
} satisfies Record<string, Term>;
export type DetailKey = keyof typeof DETAILS;

interface VocabularyInfo {
  name: string;
  description: string;
  /** What a term says about the thing it is attached to (HSDS attribute `link_type`). */
  linkType: string;
  /** Defined by this software (same ids everywhere) or by one directory. */
  scope: 'shared' | 'directory';
  /** Where the site lists a term's activities, if it does. */
  pagePath?: string;
}

export const VOCABULARIES: Record<VocabularyName, VocabularyInfo> = {
  categories: {
    name: 'Activity categories',
    description: 'What kind of activity it is. An activity has one to three.',
    linkType: 'category',
    scope: 'shared',
    pagePath: '/categories/',
  },
  audiences: {
    name: 'Audiences',
    description: 'The groups of people an activity is aimed at.',
    linkType: 'audience',
    scope: 'shared',
  },
  accessibility: {
    name: 'Accessibility features',
    description: 'Access features at the venue.',
    linkType: 'accessibility',
    scope: 'shared',
  },
  'join-methods': {
    name: 'Ways to join',
    description: 'How someone starts going: just turn up, book ahead, or be referred.',
    linkType: 'join_method',
    scope: 'shared',
  },
  areas: {
    name: 'Areas',
    description: "The directory's own areas: where an activity takes place.",
    linkType: 'area',
    scope: 'directory',
    pagePath: '/areas/',
  },
  conditions: {
    name: 'Health conditions',
    description: 'Health conditions an activity supports, in the words of its entry.',
    linkType: 'condition',
    scope: 'directory',
  },
  formats: { name: 'Formats', description: 'Whether it happens in a group, one to one, or either.', linkType: 'format', scope: 'shared' },
  delivery: { name: 'Ways it is delivered', description: 'In person, online or by phone.', linkType: 'delivery', scope: 'shared' },
  'activity-levels': { name: 'Activity levels', description: 'How physically active it is.', linkType: 'activity_level', scope: 'shared' },
  safeguarding: {
    name: 'Safeguarding',
    description: 'Whether leaders have safeguarding training or DBS checks.',
    linkType: 'safeguarding',
    scope: 'shared',
  },
  details: {
    name: 'Details for a first visit',
    description: 'Facts about going for the first time; each attribute gives its fact as its value.',
    linkType: 'detail',
    scope: 'shared',
  },
};

const FIXED_TERMS: Partial<Record<VocabularyName, Record<string, Term>>> = {
  categories: CATEGORIES,
  audiences: AUDIENCES,
  accessibility: ACCESSIBILITY,
  'join-methods': JOIN_METHODS,
  formats: FORMATS,
  delivery: DELIVERY,
  'activity-levels': ACTIVITY_LEVELS,
  safeguarding: SAFEGUARDING,
  details: DETAILS,
};

/** Conditions are free text; their term key ignores case and spacing so "COPD" and "copd" are one term. */
export function conditionKey(condition: string): string {
  return nameKey(condition);
}

function siteBase(settings: Settings): string {
  return settings.site_url.replace(/\/+$/, '');
}

export function taxonomyId(settings: Settings, vocabulary: VocabularyName): string {
  return VOCABULARIES[vocabulary].scope === 'shared' ? sharedTaxonomyId(vocabulary) : directoryTaxonomyId(settings.site_url, vocabulary);
}

function termId(settings: Settings, vocabulary: VocabularyName, key: string): string {
  return VOCABULARIES[vocabulary].scope === 'shared'
    ? sharedTermId(vocabulary, key)
    : directoryTermId(settings.site_url, vocabulary, key);
}

export function orukTaxonomy(settings: Settings, vocabulary: VocabularyName): OrukTaxonomy {
  const info = VOCABULARIES[vocabulary];
  return {
    id: taxonomyId(settings, vocabulary),
    name: info.name,
    description: info.description,
    ...(info.pagePath ? { uri: `${siteBase(settings)}${info.pagePath}` } : {}),
  };
}

/** The label and description people read for one value of a vocabulary. */
function termText(settings: Settings, vocabulary: VocabularyName, key: string): Term {
  const fixed = FIXED_TERMS[vocabulary]?.[key];
  if (fixed) return fixed;
  if (vocabulary === 'areas') {
    const area = settings.areas.find((a) => a.id === key);
    // The profile requires a description; an area without one is described by its name.
    return { label: area?.label ?? key, description: area?.description ?? area?.label ?? key };
  }
  return { label: key, description: `Activities that support people living with ${key}.` };
}

/** One term. For conditions, `key` is the condition as the entry wrote it. */
export function orukTerm(settings: Settings, vocabulary: VocabularyName, key: string): OrukTaxonomyTerm {
  const info = VOCABULARIES[vocabulary];
  const { label, description } = termText(settings, vocabulary, key);
  const stableKey = vocabulary === 'conditions' ? conditionKey(key) : key;
  return {
    id: termId(settings, vocabulary, stableKey),
    name: label,
    description,
    taxonomy: info.name,
    taxonomy_id: taxonomyId(settings, vocabulary),
    term: vocabulary === 'conditions' ? key.trim() : key,
    ...(info.pagePath ? { term_uri: `${siteBase(settings)}${info.pagePath}${key}/` } : {}),
  };
}

/** Every value a vocabulary has: the fixed lists, the directory's areas, or the conditions its entries name. */
export function vocabularyKeys(settings: Settings, vocabulary: VocabularyName, conditions: readonly string[]): string[] {
  if (vocabulary === 'areas') return settings.areas.map((a) => a.id);
  if (vocabulary === 'conditions') {
    const byKey = new Map<string, string>();
    for (const c of conditions) if (!byKey.has(conditionKey(c))) byKey.set(conditionKey(c), c.trim());
    return [...byKey.values()].sort((a, b) => conditionKey(a).localeCompare(conditionKey(b), 'en-GB'));
  }
  return Object.keys(FIXED_TERMS[vocabulary] ?? {});
}

export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

/** Every term of every vocabulary, taxonomy by taxonomy. */
export function allTerms(settings: Settings, conditions: readonly string[]): OrukTaxonomyTerm[] {
  return VOCABULARY_NAMES.flatMap((v) => vocabularyKeys(settings, v, conditions).map((key) => orukTerm(settings, v, key)));
}

/**
 * Which of our values a term from a feed stands for, if any: by our own
 * taxonomy id first, then (for feeds from elsewhere) by its key or label.
 */
export function termValue(
  settings: Settings,
  vocabulary: VocabularyName,
  term: { taxonomy_id?: unknown; term?: unknown; name?: unknown },
  { matchForeign }: { matchForeign: boolean },
): string | undefined {
  const ours = term.taxonomy_id === taxonomyId(settings, vocabulary);
  // A term from another of our taxonomies never counts: `carers` the category is not `carers` the audience.
  const foreign = matchForeign && !isOurTaxonomy(settings, term.taxonomy_id);
  if (!ours && !foreign) return undefined;
  const candidates = [term.term, term.name].filter((x): x is string => typeof x === 'string').map((s) => s.trim());
  if (vocabulary === 'conditions') return ours ? candidates[0] : undefined;
  const keys = vocabularyKeys(settings, vocabulary, []);
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const found = keys.find((k) => k === lower || termText(settings, vocabulary, k).label.toLowerCase() === lower);
    if (found) return found;
  }
  return undefined;
}

function isOurTaxonomy(settings: Settings, id: unknown): boolean {
  return VOCABULARY_NAMES.some((v) => taxonomyId(settings, v) === id);
}
