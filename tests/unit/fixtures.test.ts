/**
 * The benchmark's generated directories: deterministic, valid against the
 * same schema the build uses, covering every category, area and kind of
 * schedule, and plainly fictional.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { activitySchema, type Activity } from '../../src/schema/activity.ts';
import { settingsSchema } from '../../src/schema/settings.ts';
import { ACCESSIBILITY, AUDIENCES, CATEGORIES, JOIN_METHODS, STATUSES, WEEKDAYS, keysOf } from '../../src/schema/vocabulary.ts';
import { generateAreas } from '../../scripts/lib/fixtures/areas.ts';
import { fixtureEntryFiles, fixtureSettingsYaml, type FixtureFile } from '../../scripts/lib/fixtures/directory.ts';
import { sameActivityKey } from '../../src/lib/content/duplicates.ts';
import { DEFAULT_AREAS, DEFAULT_SEED } from '../../scripts/lib/write-fixtures.ts';
import { Random, streamSeed } from '../../scripts/lib/fixtures/random.ts';
import { benchQueries } from '../../scripts/lib/fixtures/queries.ts';
import { facetDefinitions } from '../../src/lib/search/facets.ts';
import { timeOfDay } from '../../src/lib/schedule/describe.ts';

const SEED = 42;
const areas = generateAreas(SEED, 30);
const schema = activitySchema({ areas: areas.map((a) => a.id) });

function files(count: number, seed = SEED): FixtureFile[] {
  return [...fixtureEntryFiles(seed, count, areas)];
}

function frontMatter(text: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
}

/** Every entry, parsed through the schema exactly as the build parses it. */
function parsed(count: number): Activity[] {
  return files(count).map((f) => schema.parse(frontMatter(f.text)));
}

describe('the seeded random numbers', () => {
  it('repeat for the same seed and differ between streams', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.float())(new Random(seed)));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(streamSeed(7, 0))).not.toEqual(draw(streamSeed(7, 1)));
  });

  it('stay within the asked-for range', () => {
    const random = new Random(1);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });
});

describe('generated directories', () => {
  it('are byte-identical for the same seed and count, and differ for another seed', () => {
    expect(files(200)).toEqual(files(200));
    expect(fixtureSettingsYaml(SEED, areas)).toBe(fixtureSettingsYaml(SEED, generateAreas(SEED, 30)));
    expect(files(50, SEED + 1).map((f) => f.text)).not.toEqual(files(50).map((f) => f.text));
  });

  it('make a small directory the start of a larger one', () => {
    expect(files(300).slice(0, 100)).toEqual(files(100));
  });

  it('give every entry a unique file name', () => {
    const names = files(1000).map((f) => f.path);
    expect(new Set(names).size).toBe(names.length);
  });

  it('list no activity twice, as the build would refuse: one name at one postcode once', () => {
    // The benchmark's seed draws "Growing Well at Bramwell Allotments" at AV1 2QG for entries 1,915 and 7,236.
    const keys = [...fixtureEntryFiles(DEFAULT_SEED, 7_237, generateAreas(DEFAULT_SEED, DEFAULT_AREAS))].map((f) => {
      const data = frontMatter(f.text) as { title: string; location: { postcode?: string } };
      return sameActivityKey(data);
    }).filter((k) => k !== undefined);
    expect(keys.length).toBeGreaterThan(6_000);
    expect(new Set(keys).size).toBe(keys.length);
  }, 60_000);

  it('pass the activity schema (300 entries) and the settings schema', () => {
    const results = files(300).map((f) => ({ path: f.path, result: schema.safeParse(frontMatter(f.text)) }));
    const failures = results.filter((r) => !r.result.success).map((r) => `${r.path}: ${r.result.error?.message}`);
    expect(failures).toEqual([]);
    expect(settingsSchema.safeParse(parse(fixtureSettingsYaml(SEED, areas))).success).toBe(true);
  });

  it('mark every entry and the settings as fictional, with only fictional contact details', () => {
    for (const { text } of files(300)) {
      expect(text).toMatch(/^---\n# FICTIONAL GENERATED ENTRY/);
      for (const phone of text.matchAll(/phone: "?([\d ]+)"?/g)) expect(phone[1]).toMatch(/^(020 7946 0\d{3}|07700 900\d{3})$/);
      for (const email of text.matchAll(/[\w.-]+@[\w.-]+/g)) expect(email[0]).toMatch(/\.example\.org$/);
      for (const url of text.matchAll(/https:\/\/[^\s)]+/g)) expect(new URL(url[0]).hostname).toMatch(/(^|\.)example\.org$/);
    }
    expect(fixtureSettingsYaml(SEED, areas)).toMatch(/^# GENERATED, FICTIONAL/);
  });

  it('cover every category, area, weekday, time of day and kind of schedule at 500 entries', () => {
    const entries = parsed(500);
    const sessions = entries.flatMap((e) => e.schedules ?? []);
    const seen = (values: Iterable<string>) => new Set(values);
    expect(seen(entries.flatMap((e) => e.categories))).toEqual(seen(keysOf(CATEGORIES)));
    expect(seen(entries.flatMap((e) => e.location.area ?? []))).toEqual(seen(areas.map((a) => a.id)));
    expect(seen(sessions.flatMap((s) => s.byday))).toEqual(seen(Object.keys(WEEKDAYS)));
    expect(seen(sessions.map((s) => timeOfDay(s.opens_at)))).toEqual(seen(['Morning', 'Afternoon', 'Evening']));
    expect(seen(sessions.map((s) => s.freq))).toEqual(seen(['weekly', 'fortnightly', 'monthly']));
    expect(seen(sessions.flatMap((s) => s.week_of_month ?? []).map(String))).toEqual(seen(['1', '2', '3', '4', '-1']));
    expect(sessions.some((s) => s.valid_from && s.valid_to)).toBe(true); // a course
    expect(sessions.some((s) => s.byday.length > 1)).toBe(true);
    expect(entries.some((e) => (e.schedules?.length ?? 0) > 1)).toBe(true);
    expect(entries.some((e) => e.by_arrangement)).toBe(true);
    expect(entries.some((e) => e.location.online)).toBe(true);
    expect(seen(entries.map((e) => e.status))).toEqual(seen(keysOf(STATUSES)));
    expect(seen(entries.map((e) => e.how_to_join.method))).toEqual(seen(keysOf(JOIN_METHODS)));
    expect(seen(entries.flatMap((e) => e.eligibility?.audiences ?? []))).toEqual(seen(keysOf(AUDIENCES)));
    expect(seen(entries.flatMap((e) => e.accessibility?.features ?? []))).toEqual(seen(keysOf(ACCESSIBILITY)));
  });

  it('fill optional fields about as often as the sample entries do', () => {
    const entries = parsed(1000);
    const share = (test: (e: Activity) => unknown) => entries.filter(test).length / entries.length;
    // The samples' rates, with room for chance: phone 88%, coordinates 79%, free 67%, by arrangement 5%.
    expect(share((e) => e.contact.phone)).toBeGreaterThan(0.8);
    expect(share((e) => e.contact.phone)).toBeLessThan(0.95);
    expect(share((e) => e.location.latitude !== undefined)).toBeGreaterThan(0.65);
    expect(share((e) => e.cost_option.free)).toBeGreaterThan(0.6);
    expect(share((e) => e.cost_option.free)).toBeLessThan(0.75);
    expect(share((e) => e.by_arrangement)).toBeLessThan(0.1);
    expect(share((e) => e.accessibility)).toBeGreaterThan(0.85);
  });

  it('write descriptions of a similar length to the samples (about 350 to 550 characters)', () => {
    const lengths = files(1000)
      .map((f) => f.text.split('\n---\n')[1]!.trim().length)
      .sort((a, b) => a - b);
    const median = lengths[lengths.length / 2]!;
    expect(median).toBeGreaterThan(300);
    expect(median).toBeLessThan(600);
    expect(lengths[0]).toBeGreaterThan(100);
  });
});

describe('the benchmark queries', () => {
  it('are twenty, and only use facets and values the search page offers', () => {
    const queries = benchQueries(areas.map((a) => a.label));
    expect(queries).toHaveLength(20);
    const facets = facetDefinitions(areas.map((a) => a.label));
    for (const { filters } of queries) {
      for (const [key, values] of Object.entries(filters)) {
        const facet = facets.find((f) => f.key === key);
        expect(facet, key).toBeDefined();
        for (const value of values) expect(facet!.order, `${key}=${value}`).toContain(value);
      }
    }
  });
});
