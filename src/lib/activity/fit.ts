/**
 * "Is it right for this person?": the facts a link worker weighs with a
 * patient before suggesting an activity (language, format, how active, the
 * first visit, getting there, safeguarding), each worded once. Part of the
 * activity's view (view.ts); nothing here is said about a fact the entry
 * leaves out, so an entry that names no language claims none.
 */
import type { Activity } from '../../schema/activity.ts';
import { ACTIVITY_LEVELS, DELIVERY, FORMATS, type FormatKey, type SafeguardingKey } from '../../schema/vocabulary.ts';
import { languageName } from '../../schema/languages.ts';
import { anyOf } from '../wording/lists.ts';

export interface LanguageView {
  code: string;
  english: string;
  /** The language's name for itself, shown beside the English one. */
  own?: string;
  /** "Polish (polski)", or "English" where the two are the same. */
  text: string;
}

/** One labelled fact of the "Is it right for you?" section. */
export interface FitFact {
  label: string;
  text: string;
}

export interface FitView {
  languages: LanguageView[];
  /** "Polish (polski), English" */
  languagesText?: string;
  interpretation?: string;
  /** "In a group" */
  format?: string;
  /** "In person or online" */
  delivery?: string;
  /** "Gentle: little physical effort, such as sitting or a slow, short walk." */
  activityLevel?: string;
  /** "No experience needed." */
  experience?: string;
  /** What happens the first time, one sentence each. */
  firstVisit: string[];
  /** Buses, parking and the step-free route, one line each. */
  gettingThere: string[];
  safeguarding?: string;
  /** Every fact above except the languages, labelled, in reading order. */
  facts: FitFact[];
  /** Short, for result cards: "Polish, English · Group · Gentle". */
  summary?: string;
}

const FORMAT_SHORT: Record<FormatKey, string> = { group: 'Group', 'one-to-one': 'One to one', either: 'Group or one to one' };

export const SAFEGUARDING_TEXT: Record<SafeguardingKey, string> = {
  yes: 'Leaders have safeguarding training or DBS checks.',
  no: 'Leaders do not have safeguarding training or DBS checks.',
  'not-stated': 'The organiser has not said whether leaders have safeguarding training or DBS checks.',
};

export const FIRST_VISIT = {
  met: 'Someone will meet you and show you what to do.',
  bringSomeone: 'You can bring a friend or carer.',
  taster: 'Your first session is a free taster.',
} as const;

const EXPERIENCE = { none: 'No experience needed.', some: 'Some experience is expected: ask the organiser.' } as const;
const WHAT_TO_BRING = 'What to bring or wear: ';

/** "little physical effort, such as sitting or a slow, short walk.", as it follows the level's label. */
function levelExplanation(description: string): string {
  return `${description.charAt(0).toLowerCase()}${description.slice(1)}`;
}

/**
 * The sentences this module writes the same way for every activity that has the fact: the
 * explanations, not the facts' names. The activity page keeps them out of the search index
 * (SiteWording.astro), or "walk" would find every gentle activity ("a slow, short walk") and
 * "carer" every one a carer may come along to.
 */
export const FIT_EXPLANATIONS: readonly string[] = [
  ...Object.values(ACTIVITY_LEVELS).map((level) => levelExplanation(level.description)),
  ...Object.values(FIRST_VISIT),
  ...Object.values(SAFEGUARDING_TEXT),
  ...Object.values(EXPERIENCE),
  WHAT_TO_BRING,
];

export function languageView(code: string): LanguageView {
  const { english, own } = languageName(code);
  return own ? { code, english, own, text: `${english} (${own})` } : { code, english, text: english };
}

/** "In person, online or by phone": the first word capitalised, as it opens a line. */
function deliveryText(delivery: NonNullable<Activity['delivery']>): string {
  const text = anyOf(delivery.map((d) => DELIVERY[d].label.toLowerCase()));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fitView(data: Activity): FitView {
  const languages = (data.languages ?? []).map(languageView);
  const visit = data.first_visit;
  const firstVisit = [
    visit?.met_on_arrival ? FIRST_VISIT.met : undefined,
    visit?.bring_someone ? FIRST_VISIT.bringSomeone : undefined,
    visit?.free_taster ? FIRST_VISIT.taster : undefined,
    visit?.what_to_bring ? `${WHAT_TO_BRING}${visit.what_to_bring}` : undefined,
  ].filter((l): l is string => Boolean(l));
  const there = data.getting_there;
  const gettingThere = [
    there?.buses ? `Buses: ${there.buses}` : undefined,
    there?.parking ? `Parking: ${there.parking}` : undefined,
    there?.step_free_route ? `Step-free route: ${there.step_free_route}` : undefined,
  ].filter((l): l is string => Boolean(l));
  const level = data.activity_level ? ACTIVITY_LEVELS[data.activity_level] : undefined;
  const view = {
    languages,
    languagesText: languages.length ? languages.map((l) => l.text).join(', ') : undefined,
    interpretation: data.interpretation_services,
    format: data.format ? FORMATS[data.format].label : undefined,
    delivery: data.delivery ? deliveryText(data.delivery) : undefined,
    activityLevel: level ? `${level.label}: ${levelExplanation(level.description)}` : undefined,
    experience: data.no_experience_needed === undefined ? undefined : data.no_experience_needed ? EXPERIENCE.none : EXPERIENCE.some,
    firstVisit,
    gettingThere,
    safeguarding: data.safeguarding ? SAFEGUARDING_TEXT[data.safeguarding] : undefined,
  };
  const facts: FitFact[] = [
    { label: 'Interpreting', text: view.interpretation },
    { label: 'Format', text: view.format },
    { label: 'How it is delivered', text: view.delivery },
    { label: 'How active', text: view.activityLevel },
    { label: 'Experience', text: view.experience },
    { label: 'Safeguarding', text: view.safeguarding },
  ].filter((f): f is FitFact => Boolean(f.text));
  const summary = [languages.map((l) => l.english).join(', '), data.format ? FORMAT_SHORT[data.format] : '', level?.label ?? ''].filter(Boolean).join(' · ');
  const out: FitView = { languages, firstVisit, gettingThere, facts };
  for (const key of ['languagesText', 'interpretation', 'format', 'delivery', 'activityLevel', 'experience', 'safeguarding'] as const) {
    if (view[key] !== undefined) out[key] = view[key];
  }
  if (summary) out.summary = summary;
  return out;
}
