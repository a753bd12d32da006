/**
 * Words for when an activity runs that no page says: "weekend" and
 * "weekday". Pages name the day ("Every Saturday morning"), so these search
 * as needs do (need-words.ts), for each day they cover. Every directory
 * has them, whatever its need-words.yaml holds; a need there that claims
 * one of these words takes its place.
 */
import { WEEKDAYS, type WeekdayCode } from '../../schema/vocabulary.ts';
import type { Need, NeedVocabulary } from './need-words.ts';
import { phraseForm } from './word-forms.ts';

const days = (codes: readonly WeekdayCode[]) => codes.map((code) => WEEKDAYS[code].toLowerCase());

export const SCHEDULE_NEEDS: readonly Need[] = [
  { label: 'the weekend', words: ['weekend', 'weekends', 'at the weekend', 'at weekends'], also_match: days(['SA', 'SU']) },
  { label: 'weekdays', words: ['weekday', 'weekdays', 'during the week'], also_match: days(['MO', 'TU', 'WE', 'TH', 'FR']) },
];

/** The directory's needs, then each schedule need none of whose words the directory's needs use. */
export function withScheduleNeeds(vocabulary: NeedVocabulary): NeedVocabulary {
  const claimed = new Set(vocabulary.needs.flatMap((need) => need.words.map(phraseForm)));
  const added = SCHEDULE_NEEDS.filter((need) => !need.words.some((word) => claimed.has(phraseForm(word))));
  return { needs: [...vocabulary.needs, ...added] };
}
