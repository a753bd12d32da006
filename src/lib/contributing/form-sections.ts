/**
 * The add-your-activity form's sections, each short enough to finish in one
 * go, and which section a problem's form control is in, so each section can
 * list its own problems.
 */

export const FORM_SECTIONS = {
  about: 'About the activity',
  who: 'Who runs it',
  when: 'When it happens',
  where: 'Where it happens',
  joining: 'Cost and joining',
  contact: 'Contact',
  for: 'Who it is for',
  fit: 'Is it right for someone?',
  access: 'Accessibility',
  checked: 'Checking and keeping it current',
} as const;

export type FormSectionId = keyof typeof FORM_SECTIONS;

const BY_PREFIX: [string, FormSectionId][] = [
  ['f-organisation', 'who'],
  ['f-schedules', 'when'], ['f-by_arrangement', 'when'], ['f-schedule_notes', 'when'],
  ['f-location', 'where'], ['f-getting_there', 'where'],
  ['f-cost_option', 'joining'], ['f-how_to_join', 'joining'],
  ['f-contact', 'contact'],
  ['f-eligibility', 'for'],
  ['f-languages', 'fit'], ['f-interpretation_services', 'fit'], ['f-format', 'fit'], ['f-delivery', 'fit'],
  ['f-activity_level', 'fit'], ['f-no_experience_needed', 'fit'], ['f-first_visit', 'fit'], ['f-safeguarding', 'fit'],
  ['f-accessibility', 'access'],
  ['f-assured_date', 'checked'], ['f-status', 'checked'], ['f-paused_until', 'checked'], ['f-maintainers', 'checked'],
];

/** The section a control id (from controlIdFor) belongs to; anything else is about the activity itself. */
export function formSection(controlId: string): FormSectionId {
  return BY_PREFIX.find(([prefix]) => controlId === prefix || controlId.startsWith(`${prefix}-`) || controlId.startsWith(`${prefix}_`))?.[1] ?? 'about';
}
