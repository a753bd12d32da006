/**
 * schema.org JSON-LD for an activity page, typed with schema-dts so a
 * misspelt property fails the type check. Activities with regular sessions
 * are Events with an eventSchedule; those by arrangement are Services.
 * The words in it (names, prices, place) come from the activity's view, the
 * structure (days, times, dates) from the entry.
 */
import type { DayOfWeek, Event, Offer, Place, Schedule, Service, VirtualLocation, WithContext } from 'schema-dts';
import type { Activity, Session } from '../../schema/activity.ts';
import { WEEKDAYS } from '../../schema/vocabulary.ts';
import type { ActivityView } from './view.ts';
import { firstOccurrence } from '../schedule/recurrence.ts';

const REPEAT: Record<Session['freq'], string> = { weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M' };

function schedule(session: Session, anchor: string): Schedule {
  const start = firstOccurrence(session, anchor);
  return {
    '@type': 'Schedule',
    repeatFrequency: REPEAT[session.freq],
    byDay: session.byday.map((d) => `https://schema.org/${WEEKDAYS[d]}` as DayOfWeek),
    ...(session.freq === 'monthly' && session.week_of_month !== undefined ? { byMonthWeek: session.week_of_month } : {}),
    startTime: session.opens_at,
    endTime: session.closes_at,
    scheduleTimezone: 'Europe/London',
    ...(start ? { startDate: start } : {}),
    ...(session.valid_to ? { endDate: session.valid_to } : {}),
  };
}

function place(activity: Activity, view: ActivityView): Place | VirtualLocation {
  return view.where.onlineOnly ? { '@type': 'VirtualLocation', name: view.where.full } : physicalPlace(activity);
}

function physicalPlace(activity: Activity): Place {
  const loc = activity.location;
  return {
    '@type': 'Place',
    ...(loc.venue ? { name: loc.venue } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(loc.address ? { streetAddress: loc.address } : {}),
      ...(loc.postcode ? { postalCode: loc.postcode } : {}),
      addressCountry: 'GB',
    },
    ...(loc.latitude !== undefined && loc.longitude !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: loc.latitude, longitude: loc.longitude } }
      : {}),
  };
}

function offer(cost: ActivityView['cost']): Offer {
  return cost.free
    ? { '@type': 'Offer', price: 0, priceCurrency: 'GBP', description: cost.full }
    : { '@type': 'Offer', priceCurrency: 'GBP', description: cost.full };
}

export function activityJsonLd(activity: Activity, pageUrl: string, view: ActivityView): WithContext<Event> | WithContext<Service> {
  const organizer = { '@type': 'Organization' as const, name: view.organisation.name, ...(view.organisation.website ? { url: view.organisation.website } : {}) };
  const categories = view.categories.map((c) => c.text).join(', ');
  const common = {
    name: view.title,
    description: view.summary,
    url: pageUrl,
    isAccessibleForFree: view.cost.free,
    offers: offer(view.cost),
  };
  // BCP 47 tags: ISO 639-1 codes, and ISO 639-3 ones such as bfi, are valid as they are.
  const languages = view.fit.languages.map((l) => l.code);
  if (activity.schedules?.length) {
    const first = activity.schedules.map((s) => firstOccurrence(s, activity.assured_date)).filter(Boolean).sort()[0];
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      ...common,
      ...(first ? { startDate: first } : {}),
      eventSchedule: activity.schedules.map((s) => schedule(s, activity.assured_date)),
      eventStatus: activity.status === 'ended' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: view.where.onlineOnly ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
      location: place(activity, view),
      organizer,
      keywords: categories,
      // schema.org gives an event inLanguage; availableLanguage belongs to places and channels.
      ...(languages.length ? { inLanguage: languages.length === 1 ? languages[0]! : languages } : {}),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    ...common,
    provider: organizer,
    serviceType: categories,
    availableChannel: {
      '@type': 'ServiceChannel',
      name: view.when.summary,
      ...(languages.length ? { availableLanguage: languages } : {}),
      ...(view.contact.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: view.contact.phone.text } } : {}),
    },
    ...(view.where.onlineOnly ? {} : { areaServed: physicalPlace(activity) }),
  };
}

/**
 * JSON for inside a <script> element: "<" is escaped so no text in an entry
 * can close the element ("</script>") and start markup of its own.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
