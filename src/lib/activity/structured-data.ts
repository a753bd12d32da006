/**
 * schema.org JSON-LD for an activity page, typed with schema-dts so a
 * misspelt property fails the type check. Activities with regular sessions
 * are Events with an eventSchedule; those by arrangement are Services.
 */
import type { DayOfWeek, Event, Offer, Place, Schedule, Service, VirtualLocation, WithContext } from 'schema-dts';
import type { Activity, Session } from '../../schema/activity.ts';
import { WEEKDAYS } from '../../schema/vocabulary.ts';
import { categoryLabels } from './format.ts';
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

function isOnlineOnly(activity: Activity): boolean {
  return Boolean(activity.location.online && !activity.location.venue);
}

function place(activity: Activity): Place | VirtualLocation {
  return isOnlineOnly(activity) ? { '@type': 'VirtualLocation', name: 'Online or by phone' } : physicalPlace(activity);
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

function offer(activity: Activity): Offer {
  const cost = activity.cost_option;
  return cost.free
    ? { '@type': 'Offer', price: 0, priceCurrency: 'GBP', description: 'Free' }
    : { '@type': 'Offer', priceCurrency: 'GBP', description: [cost.amount, cost.concessions].filter(Boolean).join('. ') };
}

export function activityJsonLd(activity: Activity, pageUrl: string): WithContext<Event> | WithContext<Service> {
  const organizer = { '@type': 'Organization' as const, name: activity.organisation.name, ...(activity.organisation.website ? { url: activity.organisation.website } : {}) };
  const common = {
    name: activity.title,
    description: activity.summary,
    url: pageUrl,
    isAccessibleForFree: activity.cost_option.free,
    offers: offer(activity),
  };
  if (activity.schedules?.length) {
    const first = activity.schedules.map((s) => firstOccurrence(s, activity.assured_date)).filter(Boolean).sort()[0];
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      ...common,
      ...(first ? { startDate: first } : {}),
      eventSchedule: activity.schedules.map((s) => schedule(s, activity.assured_date)),
      eventStatus: activity.status === 'ended' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: isOnlineOnly(activity) ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
      location: place(activity),
      organizer,
      keywords: categoryLabels(activity).join(', '),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    ...common,
    provider: organizer,
    serviceType: categoryLabels(activity).join(', '),
    availableChannel: { '@type': 'ServiceChannel', name: 'By arrangement', ...(activity.contact.phone ? { servicePhone: { '@type': 'ContactPoint', telephone: activity.contact.phone } } : {}) },
    ...(isOnlineOnly(activity) ? {} : { areaServed: physicalPlace(activity) }),
  };
}

/**
 * JSON for inside a <script> element: "<" is escaped so no text in an entry
 * can close the element ("</script>") and start markup of its own.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
