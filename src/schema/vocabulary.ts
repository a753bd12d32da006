/**
 * The fixed vocabularies an entry chooses from: categories, audiences,
 * accessibility features, ways to join, weekdays.
 *
 * Each term carries the label people read and a description used by the
 * contributor guide and the category pages. The keys are what contributors
 * type in front matter, so they are short, lower-case and never renamed
 * (renaming one would invalidate every entry that uses it).
 */

export interface Term {
  /** What a person reads on the site. */
  label: string;
  /** One sentence on what belongs here. */
  description: string;
}

function terms<const K extends string>(record: Record<K, Term>) {
  return record;
}

export const CATEGORIES = terms({
  walking: {
    label: 'Walking',
    description: 'Led walks and walking groups, from short health walks to longer countryside rambles.',
  },
  running: {
    label: 'Running and parkrun',
    description: 'Running groups, couch-to-5k courses and free weekly parkrun events.',
  },
  music: {
    label: 'Singing and music',
    description: 'Choirs, singing groups, ukulele and other music-making for all abilities.',
  },
  'physical-activity': {
    label: 'Physical activity',
    description: 'Exercise classes, chair-based exercise, swimming, dance, yoga, tai chi and sport.',
  },
  arts: {
    label: 'Arts and crafts',
    description: 'Painting, knitting, pottery, creative writing, photography and other making.',
  },
  nature: {
    label: 'Gardening and nature',
    description: 'Community gardens, allotments, conservation volunteering and time outdoors.',
  },
  food: {
    label: 'Cooking and food',
    description: 'Cooking classes, lunch clubs, community meals and healthy eating on a budget.',
  },
  social: {
    label: 'Social and befriending',
    description: 'Coffee mornings, lunch clubs, men’s sheds, befriending calls and visits.',
  },
  'peer-support': {
    label: 'Peer support',
    description: 'Groups where people with shared experience support each other, led by peers or staff.',
  },
  'mental-wellbeing': {
    label: 'Mental wellbeing',
    description: 'Support for low mood, anxiety, stress and loneliness, including talking groups and mindfulness.',
  },
  'long-term-conditions': {
    label: 'Long-term conditions',
    description: 'Support for living with diabetes, COPD, heart conditions, arthritis, dementia and similar.',
  },
  carers: {
    label: 'Carers',
    description: 'Support, breaks and company for people who look after a family member or friend.',
  },
  learning: {
    label: 'Learning and digital skills',
    description: 'Courses, reading groups, help with phones, computers and getting online.',
  },
  volunteering: {
    label: 'Volunteering',
    description: 'Ways to give time to a local cause, with support for people new to volunteering.',
  },
});
export type CategoryKey = keyof typeof CATEGORIES;

export const AUDIENCES = terms({
  everyone: { label: 'Everyone', description: 'Open to any adult, unless an age range says otherwise.' },
  'older-people': { label: 'Older people', description: 'Aimed at people in later life, usually 60 and over.' },
  'young-people': { label: 'Young people', description: 'Aimed at teenagers and young adults.' },
  families: { label: 'Families', description: 'Children are welcome with a parent or carer.' },
  men: { label: 'Men', description: 'A men-only group.' },
  women: { label: 'Women', description: 'A women-only group.' },
  carers: { label: 'Carers', description: 'For people who look after a family member or friend.' },
  'people-with-a-condition': {
    label: 'People living with a condition',
    description: 'For people living with a named health condition; name it under conditions.',
  },
  'people-with-dementia': {
    label: 'People living with dementia',
    description: 'For people living with dementia, usually with the people who support them.',
  },
  lgbtq: { label: 'LGBTQ+ people', description: 'For lesbian, gay, bisexual, trans and queer people.' },
  'new-to-the-area': {
    label: 'People new to the area',
    description: 'Including refugees, asylum seekers and people who have recently moved.',
  },
});
export type AudienceKey = keyof typeof AUDIENCES;

export const ACCESSIBILITY = terms({
  'step-free': { label: 'Step-free access', description: 'No steps, or a ramp or lift, from the street to the activity.' },
  'accessible-toilet': { label: 'Accessible toilet', description: 'A wheelchair-accessible toilet on site.' },
  'hearing-loop': { label: 'Hearing loop', description: 'An induction loop for hearing aid users.' },
  parking: { label: 'Parking', description: 'Parking at or next to the venue, including a blue badge space.' },
  'public-transport': { label: 'Near public transport', description: 'A bus stop or station within a short walk.' },
  'dementia-friendly': { label: 'Dementia-friendly', description: 'Organisers have had dementia-friends training or similar.' },
  'seating-available': { label: 'Seating available', description: 'Chairs to rest on during the activity.' },
  'large-print': { label: 'Large print', description: 'Printed materials available in large print.' },
});
export type AccessibilityKey = keyof typeof ACCESSIBILITY;

export const JOIN_METHODS = terms({
  'drop-in': { label: 'Just turn up', description: 'No need to book: come along to any session.' },
  'book-ahead': { label: 'Book ahead', description: 'Places are limited: contact the organiser before your first visit.' },
  referral: {
    label: 'Referral needed',
    description: 'A GP, nurse or social prescribing link worker must refer you first.',
  },
});
export type JoinMethodKey = keyof typeof JOIN_METHODS;

export const STATUSES = terms({
  running: { label: 'Running', description: 'Sessions are happening as described.' },
  paused: { label: 'Paused', description: 'Sessions are stopped for now but expected to restart.' },
  ended: { label: 'Ended', description: 'The activity no longer runs. Its page stays so old links explain what happened.' },
});
export type StatusKey = keyof typeof STATUSES;

export const FORMATS = terms({
  group: { label: 'In a group', description: 'People take part together, as a group or class.' },
  'one-to-one': { label: 'One to one', description: 'One person with one volunteer or worker, such as befriending.' },
  either: { label: 'In a group or one to one', description: 'People can choose a group or one-to-one sessions.' },
});
export type FormatKey = keyof typeof FORMATS;

export const DELIVERY = terms({
  'in-person': { label: 'In person', description: 'At a venue, or a meeting point outdoors.' },
  online: { label: 'Online', description: 'On a video call or another website.' },
  phone: { label: 'By phone', description: 'On a phone call.' },
});
export type DeliveryKey = keyof typeof DELIVERY;

export const ACTIVITY_LEVELS = terms({
  gentle: { label: 'Gentle', description: 'Little physical effort, such as sitting or a slow, short walk.' },
  moderate: { label: 'Moderate', description: 'Some effort, such as being on your feet, a steady walk or light exercise.' },
  energetic: { label: 'Energetic', description: 'Hard work that leaves you out of breath, such as running or a fast-paced class.' },
});
export type ActivityLevelKey = keyof typeof ACTIVITY_LEVELS;

export const SAFEGUARDING = terms({
  yes: { label: 'Yes', description: 'Leaders have safeguarding training or DBS checks.' },
  no: { label: 'No', description: 'Leaders do not have safeguarding training or DBS checks.' },
  'not-stated': { label: 'Not stated', description: 'The organiser has not said.' },
});
export type SafeguardingKey = keyof typeof SAFEGUARDING;

/** iCalendar / Open Referral weekday codes, Monday first as a UK week is. */
export const WEEKDAYS = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
} as const;
export type WeekdayCode = keyof typeof WEEKDAYS;

export const FREQUENCIES = terms({
  weekly: { label: 'Weekly', description: 'Every week on the given day or days.' },
  fortnightly: {
    label: 'Fortnightly',
    description: 'Every other week; give the date of one session as valid_from so the right weeks are shown.',
  },
  monthly: { label: 'Monthly', description: 'Once a month on the nth weekday, for example the first Monday.' },
});
export type FrequencyKey = keyof typeof FREQUENCIES;

/** Keys of a vocabulary as a non-empty tuple, the shape z.enum wants. */
export function keysOf<K extends string>(record: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(record) as [K, ...K[]];
}
