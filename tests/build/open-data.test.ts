/**
 * The built site's machine-readable outputs: schema.org JSON-LD on activity
 * pages, the sitemap, the RSS feed, the per-area calendar files and the
 * place table for searching near a postcode.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { fromHtml } from 'hast-util-from-html';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';
import { parsePage, selectAll, text } from '../support/html.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { jsonForScript } from '../../src/lib/activity/structured-data.ts';
import { WEEKDAYS } from '../../src/schema/vocabulary.ts';

const entries = readEntries(TEST_CONTENT);
const listed = entries.filter((e) => e.listed);
const settings = loadSettings(path.join(TEST_CONTENT, 'directory.yaml'));
const read = (...p: string[]) => readFileSync(path.join(TEST_DIST, ...p), 'utf8');

function jsonLd(id: string): Record<string, any> {
  const scripts = selectAll('script[type="application/ld+json"]', parsePage('activities', id));
  expect(scripts.length, id).toBe(1);
  return JSON.parse(text(scripts[0]));
}

describe('schema.org JSON-LD on activity pages', () => {
  it('describes every activity as an Event with its schedule, or a Service when by arrangement', () => {
    for (const entry of entries) {
      const ld = jsonLd(entry.id);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld.name).toBe(entry.data.title);
      expect(ld.url).toBe(new URL(`/activities/${entry.id}/`, settings.site_url).href);
      expect(ld.isAccessibleForFree).toBe(entry.data.cost_option.free);
      expect(ld.offers['@type']).toBe('Offer');
      if (entry.data.schedules?.length) {
        expect(ld['@type'], entry.id).toBe('Event');
        expect(ld.eventSchedule.map((s: any) => [s.byDay, s.startTime, s.endTime, s.scheduleTimezone])).toEqual(
          entry.data.schedules.map((s) => [s.byday.map((d) => `https://schema.org/${WEEKDAYS[d]}`), s.opens_at, s.closes_at, 'Europe/London']),
        );
        expect(ld.startDate).toMatch(/^\d{4}-\d\d-\d\d$/);
      } else {
        expect(ld['@type'], entry.id).toBe('Service');
        expect(ld.provider.name).toBe(entry.data.organisation.name);
      }
    }
  });

  it('gives the place with its postal address and coordinates', () => {
    const located = entries.find((e) => e.data.location.latitude !== undefined && e.data.schedules?.length)!;
    expect(jsonLd(located.id).location).toEqual({
      '@type': 'Place',
      name: located.data.location.venue,
      address: { '@type': 'PostalAddress', streetAddress: located.data.location.address, postalCode: located.data.location.postcode, addressCountry: 'GB' },
      geo: { '@type': 'GeoCoordinates', latitude: located.data.location.latitude, longitude: located.data.location.longitude },
    });
  });

  it('cannot be closed early by text in an entry', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>', line: 'a\u2028b' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', line: 'a\u2028b' });
  });
});

describe('sitemap, robots.txt and feed', () => {
  it('lists every listed activity and browse page, but not ended activities', () => {
    const locs = selectAll('loc', fromHtml(read('sitemap.xml'), { space: 'svg' })).map(text);
    for (const entry of entries) {
      expect(locs.includes(new URL(`/activities/${entry.id}/`, settings.site_url).href), entry.id).toBe(entry.listed);
    }
    expect(locs).toContain(new URL('/categories/walking/', settings.site_url).href);
    // Every page of a list that runs over several, and no more.
    const social = listed.filter((e) => e.data.categories.includes('social')).length;
    const socialPages = Math.ceil(social / settings.list_page_size);
    expect(socialPages).toBeGreaterThan(1);
    for (let n = 2; n <= socialPages; n++) expect(locs).toContain(new URL(`/categories/social/${n}/`, settings.site_url).href);
    expect(locs).not.toContain(new URL(`/categories/social/${socialPages + 1}/`, settings.site_url).href);
    expect(read('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap.xml', settings.site_url).href}`);
  });

  it('has an RSS feed of activities, most recently checked first', () => {
    const feed = fromHtml(read('feed.xml'), { space: 'svg' });
    const titles = selectAll('item > title', feed).map(text);
    const expected = [...listed].sort((a, b) => b.data.assured_date.localeCompare(a.data.assured_date) || a.data.title.localeCompare(b.data.title)).slice(0, 50).map((e) => e.data.title);
    expect(titles).toEqual(expected);
  });
});

describe('calendar of a paused activity', () => {
  it('lists no sessions while paused with no restart day, and says why; with one, starts from it', () => {
    const paused = entries.filter((e) => e.data.status === 'paused' && e.data.schedules?.length);
    expect(paused.some((e) => e.data.paused_until)).toBe(true);
    for (const entry of paused) {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(TEST_DIST, 'activities', `${entry.id}.ics`), 'utf8')));
      const events = calendar.getAllSubcomponents('vevent');
      if (!entry.data.paused_until) {
        expect(events, entry.id).toEqual([]);
        expect(String(calendar.getFirstPropertyValue('x-wr-caldesc')), entry.id).toMatch(/paused/);
        continue;
      }
      expect(events.length, entry.id).toBe(entry.data.schedules!.length);
      for (const event of events) expect(String(event.getFirstPropertyValue('dtstart')).slice(0, 10) >= entry.data.paused_until, entry.id).toBe(true);
    }
  });
});

describe('calendar per area', () => {
  it('holds one repeating event per regular session of the area’s running activities, and of paused ones that say when they restart', () => {
    for (const area of settings.areas) {
      const calendar = new ICAL.Component(ICAL.parse(read('areas', area.id, 'calendar.ics')));
      const uids = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
      const expected = entries
        .filter((e) => e.listed && e.data.location.area === area.id && (e.data.status === 'running' || (e.data.status === 'paused' && e.data.paused_until)))
        .flatMap((e) => (e.data.schedules ?? []).map((_, i) => `${e.id}-${i}@${new URL(settings.site_url).hostname}`));
      expect(uids.sort(), area.id).toEqual(expected.sort());
    }
  });
});

describe('CSV export for commissioners', () => {
  it('has one row per entry, in the import layout plus readable columns, with formulas defused', async () => {
    const { parse } = await import('csv-parse/sync');
    const raw = read('activities.csv');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const rows = parse(raw.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['id']).sort()).toEqual(entries.map((e) => e.id).sort());
    const { CSV_HEADER } = await import('../../src/lib/csv/columns.ts');
    expect(Object.keys(rows[0]!)).toEqual([...CSV_HEADER, 'when_in_words', 'area_name', 'freshness', 'listed', 'page_url']);
    for (const entry of entries) {
      const row = rows.find((r) => r['id'] === entry.id)!;
      expect(row['page_url']).toBe(new URL(`/activities/${entry.id}/`, settings.site_url).href);
      expect(row['listed']).toBe(entry.listed ? 'yes' : 'no');
      expect(row['freshness']).toBe(entry.freshness);
    }
    const { defuse } = await import('../../src/lib/csv/spreadsheet.ts');
    expect(defuse('=HYPERLINK("https://evil.example.org")')).toBe('\'=HYPERLINK("https://evil.example.org")');
    expect(defuse('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuse('+44 20 7946 0101')).toBe('+44 20 7946 0101');
    expect(defuse('Walk')).toBe('Walk');
  });
});

describe('place table for searching near a postcode', () => {
  it('places every entry postcode with a map position, and its sector, district and area', async () => {
    const { PLACE_TABLE_PATH, placeTableFile } = await import('../../src/lib/search/places.ts');
    const { parsePlaceCode } = await import('../../src/lib/search/postcode-query.ts');
    const { distanceMiles } = await import('../../src/lib/search/distance.ts');
    const raw = read(PLACE_TABLE_PATH);
    expect(raw).toBe(placeTableFile(entries));
    const table = JSON.parse(raw) as Record<string, [number, number]>;
    const located = entries.filter((e) => e.data.location.postcode && e.data.location.latitude !== undefined);
    expect(located.length).toBeGreaterThan(0);
    for (const { id, data: { location } } of located) {
      const parts = parsePlaceCode(location.postcode!)!;
      for (const code of [parts.full!, parts.sector!, parts.district, parts.area]) expect(table[code], `${id}: ${code}`).toBeDefined();
      // Venues sharing a postcode place it at the middle of them.
      const sharing = located.filter((e) => e.data.location.postcode === location.postcode).map((e) => e.data.location);
      const middle = { latitude: sharing.reduce((t, l) => t + l.latitude!, 0) / sharing.length, longitude: sharing.reduce((t, l) => t + l.longitude!, 0) / sharing.length };
      const [latitude, longitude] = table[parts.full!]!;
      expect(distanceMiles({ latitude, longitude }, middle), id).toBeLessThan(0.01);
    }
  });
});
