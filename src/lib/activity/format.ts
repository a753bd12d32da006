/**
 * Plain-English wording of an entry's fields, shared by the activity page,
 * cards, search records and the handout (through activity/view.ts), so
 * they always agree.
 */
import type { Activity } from '../../schema/activity.ts';
import { ACCESSIBILITY, AUDIENCES, CATEGORIES, JOIN_METHODS } from '../../schema/vocabulary.ts';
import { telHref } from './phone.ts';

export function costText(cost: Activity['cost_option']): string {
  if (cost.free) return 'Free';
  return cost.amount ?? 'There is a charge';
}

export function categoryLabels(activity: Pick<Activity, 'categories'>): string[] {
  return activity.categories.map((c) => CATEGORIES[c].label);
}

export function audienceLabels(activity: Pick<Activity, 'eligibility'>): string[] {
  return (activity.eligibility?.audiences ?? []).map((a) => AUDIENCES[a].label);
}

export function accessibilityLabels(activity: Pick<Activity, 'accessibility'>): string[] {
  return (activity.accessibility?.features ?? []).map((f) => ACCESSIBILITY[f].label);
}

export function joinMethodLabel(activity: Pick<Activity, 'how_to_join'>): string {
  return JOIN_METHODS[activity.how_to_join.method].label;
}

/** "Ages 18 and over", "Ages 11 to 18", "Up to age 16", or nothing when open to all ages. */
export function ageRangeText(eligibility: Activity['eligibility']): string | undefined {
  const min = eligibility?.minimum_age;
  const max = eligibility?.maximum_age;
  if (min !== undefined && max !== undefined) return `Ages ${min} to ${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Up to age ${max}`;
  return undefined;
}

/** Where, on one line: "Millbrook Park, main gates, Millbrook" or "Online". */
export function placeText(location: Activity['location'], areaLabel?: string): string {
  if (location.online && !location.venue) return 'Online or by phone';
  return [location.venue, areaLabel].filter(Boolean).join(', ');
}

/** The postal address on one line, postcode last. */
export function addressText(location: Activity['location']): string | undefined {
  if (!location.address) return undefined;
  return [location.address, location.postcode].filter(Boolean).join(', ');
}

/** Ways to get in touch on one line, the name as who to ask for: "ask for Jan, 020 7946 0101, walk@example.org". */
export function contactText(contact: Partial<Activity['contact']>): string {
  return [contact.name ? `ask for ${contact.name}` : '', contact.phone, contact.email, contact.website].filter(Boolean).join(', ');
}

/**
 * The ways to reach a group that are links, as the activity page and the
 * shortlist show them. A website is a link only when it is https://, as the
 * schema requires: the shortlist reads it back from the page's HTML.
 */
export function contactLinks(contact: Partial<Activity['contact']>): Partial<Record<'phone' | 'email' | 'website', { text: string; href: string }>> {
  return {
    ...(contact.phone ? { phone: { text: contact.phone, href: telHref(contact.phone) } } : {}),
    ...(contact.email ? { email: { text: contact.email, href: `mailto:${contact.email}` } } : {}),
    ...(contact.website?.startsWith('https://') ? { website: { text: contact.website, href: contact.website } } : {}),
  };
}
