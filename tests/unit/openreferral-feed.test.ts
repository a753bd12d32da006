/**
 * The Open Referral UK feed built from the sample directory: every document
 * validates against the official 3.0 schemas (vendored in
 * tests/fixtures/openreferral-uk), a service has the shape of the official
 * example field by field, and ids stay put from build to build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as uuid from 'uuid';
import { readEntries } from '../support/content.ts';
import { ROOT } from '../support/site.ts';
import { compiledService, orukValidators, serviceFullExample } from '../fixtures/openreferral-uk/schemas.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { readEntryFile } from '../../src/lib/validation/entry-file.ts';
import { buildFeed, feedFiles } from '../../src/lib/openreferral/feed.ts';
import { PAGE_SIZE, page, pages } from '../../src/lib/openreferral/pages.ts';
import { directoryTaxonomyId, directoryTermId, organizationId, partId, serviceId, sharedTaxonomyId, sharedTermId, ORUK_NAMESPACE } from '../../src/lib/openreferral/ids.ts';
import { nameKey } from '../../src/lib/content/name-key.ts';
import { HSDS_ONLY_FIELDS } from '../../src/lib/openreferral/service.ts';
import { ACCESSIBILITY, ACTIVITY_LEVELS, AUDIENCES, CATEGORIES, DELIVERY, FORMATS, JOIN_METHODS, SAFEGUARDING } from '../../src/schema/vocabulary.ts';
import { DETAILS } from '../../src/lib/openreferral/taxonomy.ts';

const CONTENT = path.join(ROOT, 'content');
const settings = loadSettings(path.join(CONTENT, 'directory.yaml'));
const entries = readEntries(CONTENT).map((e) => ({
  ...e,
  body: readEntryFile(e.id, readFileSync(path.join(CONTENT, 'activities', `${e.id}.md`))).body,
  // As a build with the repository's history gives it (tests/unit/last-changed.test.ts reads real history).
  lastChanged: `${e.data.assured_date}T09:30:00+01:00`,
}));
const feed = buildFeed(entries, settings);
const validate = orukValidators();

/** Every key path of a JSON value with its JSON type; array items as `[]`. */
function shape(value: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    out.set(at, 'array');
    for (const item of value) shape(item, `${at}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    if (at) out.set(at, 'object');
    for (const [key, v] of Object.entries(value)) shape(v, at ? `${at}.${key}` : key, out);
  } else {
    out.set(at, typeof value);
  }
  return out;
}

/** Every key path the compiled profile schema defines. */
function schemaPaths(schema: Record<string, unknown>, at = '', out = new Set<string>()): Set<string> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, property] of Object.entries(properties)) {
    const here = at ? `${at}.${key}` : key;
    out.add(here);
    if (property.type === 'array' && property.items) {
      out.add(`${here}[]`);
      schemaPaths(property.items as Record<string, unknown>, `${here}[]`, out);
    } else {
      schemaPaths(property, here, out);
    }
  }
  return out;
}

/** Drops paths whose parent is in the list too, leaving the roots of what is missing. */
function roots(paths: string[]): string[] {
  return paths.filter((p) => !paths.some((q) => q !== p && (p.startsWith(`${q}.`) || p.startsWith(`${q}[]`))));
}

describe('the ORUK feed of the sample directory', () => {
  it('has one service per entry, ended ones included, with distinct ids', () => {
    expect(feed.services).toHaveLength(entries.length);
    expect(new Set(feed.services.map((s) => s.id)).size).toBe(entries.length);
    const ended = entries.filter((e) => e.data.status === 'ended');
    expect(ended.length).toBeGreaterThan(0);
    for (const e of ended) expect(feed.services.find((s) => s.id === serviceId(settings.site_url, e.id))?.status).toBe('defunct');
  });

  it('validates every full service against the official compiled service.json', () => {
    for (const service of feed.services) expect(validate.service(service), service.name).toEqual([]);
  });

  it('validates every page, the one-page list and the root document', () => {
    for (const p of feed.servicePages) expect(validate.servicePage(p)).toEqual([]);
    expect(validate.servicePage(feed.allServices)).toEqual([]);
    expect(validate.root(feed.root)).toEqual([]);
    expect(feed.root.version).toBe('HSDS-UK-3.0');
  });

  it('validates the taxonomies and every taxonomy term', () => {
    expect(validate.taxonomyPage(feed.taxonomies)).toEqual([]);
    expect(validate.taxonomyTermPage(feed.taxonomyTerms)).toEqual([]);
    for (const t of feed.taxonomyDetails) expect(validate.taxonomy(t), t.name).toEqual([]);
    for (const t of feed.taxonomyTerms.contents) expect(validate.taxonomyTerm(t), t.name).toEqual([]);
  });

  it('lists every value of our vocabularies and every area and condition as a term', () => {
    const terms = feed.taxonomyTerms.contents;
    const fixed = [CATEGORIES, AUDIENCES, ACCESSIBILITY, JOIN_METHODS, FORMATS, DELIVERY, ACTIVITY_LEVELS, SAFEGUARDING, DETAILS].reduce((n, v) => n + Object.keys(v).length, 0);
    const conditions = new Set(entries.flatMap((e) => e.data.eligibility?.conditions ?? []).map((c) => c.toLowerCase()));
    expect(terms).toHaveLength(fixed + settings.areas.length + conditions.size);
    for (const area of settings.areas) expect(terms.some((t) => t.term === area.id && t.name === area.label)).toBe(true);
    // Every term a service points at is listed.
    const listed = new Set(terms.map((t) => t.id));
    for (const service of feed.services) {
      const used = JSON.stringify(service).matchAll(/"taxonomy_term_id": ?"([^"]+)"/g);
      for (const [, id] of used) expect(listed.has(id!), `${service.name} → ${id}`).toBe(true);
    }
  });

  it('rejects a broken document, so a passing validation means something', () => {
    const broken = structuredClone(feed.services[0]!) as unknown as Record<string, unknown>;
    delete broken.status;
    (broken.schedules as { freq: string }[])[0]!.freq = 'FORTNIGHTLY';
    expect(validate.service(broken).join('\n')).toMatch(/status[\s\S]*freq|freq[\s\S]*status/);
    expect(validate.servicePage({ ...feed.servicePages[0], total_items: '43' })).not.toEqual([]);
  });
});

describe('a service compared field by field with the official service_full.json', () => {
  const ours = new Map<string, string>();
  for (const service of feed.services) for (const [k, t] of shape(service)) ours.set(k, t);
  const example = shape(serviceFullExample);
  const profile = schemaPaths(compiledService);
  const hsdsOnly = (p: string) => HSDS_ONLY_FIELDS.some((f) => p === f || p.startsWith(`${f}[]`) || p.startsWith(`${f}.`));

  it('uses only fields of the UK profile, apart from the HSDS 3.0 fields named in service.ts', () => {
    expect([...ours.keys()].filter((p) => !profile.has(p) && !hsdsOnly(p))).toEqual([]);
    expect(roots([...ours.keys()].filter(hsdsOnly)).sort()).toEqual([...HSDS_ONLY_FIELDS].sort());
  });

  it('gives every field it shares with the example the same JSON type', () => {
    const shared = [...ours.keys()].filter((p) => example.has(p));
    expect(shared.length).toBeGreaterThan(40);
    expect(shared.filter((p) => ours.get(p) !== example.get(p)).map((p) => `${p}: ${ours.get(p)} vs ${example.get(p)}`)).toEqual([]);
  });

  it('leaves unpopulated exactly the example fields docs/open-data.md says it does', () => {
    // Each of these is listed, with its reason, under "Fields left empty" in docs/open-data.md.
    const notPopulated = [
      'fees', 'accreditations', 'assurer_email',
      'schedules[].bymonthday', 'schedules[].schedule_link', 'schedules[].attending_type',
      'service_areas', 'funding',
      'service_at_locations[].location.external_identifier', 'service_at_locations[].location.external_identifier_type',
      'service_at_locations[].location.addresses[].attention', 'service_at_locations[].location.addresses[].region',
      'service_at_locations[].location.accessibility[].url', 'service_at_locations[].location.accessibility[].accessibility',
      'organization.email', 'organization.logo', 'organization.uri', 'organization.parent_organization_id',
      'organization.organization_identifiers',
      'cost_options[].valid_from', 'cost_options[].valid_to', 'contacts[].title', 'attributes[].taxonomy_term.parent_id',
    ];
    expect(roots([...example.keys()].filter((p) => !ours.has(p))).sort()).toEqual(notPopulated.sort());
    const doc = readFileSync(path.join(ROOT, 'docs', 'open-data.md'), 'utf8');
    for (const field of notPopulated) expect(doc, field).toContain(`\`${field.split(/\.|\[\]\./).at(-1)}\``);
  });
});

describe('the files a build writes', () => {
  it('are exactly the documents above, each at the address the API and public/_redirects give it', () => {
    const files = new Map([...feedFiles(entries, settings)].map((f) => [f.path, f.document]));
    const expected = new Map<string, unknown>([
      ['index.json', feed.root],
      ...feed.services.map((s) => [`services/${s.id}.json`, s] as const),
      ...feed.servicePages.map((p) => [`services/page/${p.page_number}.json`, p] as const),
      ['services/all.json', feed.allServices],
      ['taxonomies.json', feed.taxonomies],
      ...feed.taxonomyDetails.map((t) => [`taxonomies/${t.id}.json`, t] as const),
      ['taxonomy_terms.json', feed.taxonomyTerms],
      ...feed.taxonomyTerms.contents.map((t) => [`taxonomy_terms/${t.id}.json`, t] as const),
    ]);
    expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, document] of expected) expect(files.get(file), file).toEqual(document);
  });
});

describe('ids', () => {
  it('are the same UUID for the same entry in every build, and pinned so a change of scheme is noticed', () => {
    // Computed independently with Python: uuid.uuid5(uuid.uuid5(NS, "https://activities.example.org"), "service:millbrook-tuesday-health-walk")
    expect(serviceId('https://activities.example.org', 'millbrook-tuesday-health-walk')).toBe('9838808a-cef3-556c-ad76-ab4f4b0de179');
    expect(serviceId('https://activities.example.org/', 'millbrook-tuesday-health-walk')).toBe(serviceId('https://activities.example.org', 'millbrook-tuesday-health-walk'));
    // uuid.uuid5(NS, "taxonomy_term:categories:walking")
    expect(sharedTermId('categories', 'walking')).toBe('2d286fae-3a84-530e-895d-9ab962a1ef2f');
    expect(buildFeed(entries, settings).services.map((s) => s.id)).toEqual(feed.services.map((s) => s.id));
  });

  it('are the uuid package’s version 5 UUIDs of the same names, whatever the text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const site = fc.constantFrom('https://activities.example.org', 'https://example.org/north/', 'http://localhost:4321/dir');
    fc.assert(fc.property(site, text, text, fc.uuid(), (siteUrl, a, b, service) => {
      const url = new URL(siteUrl);
      const directory = uuid.v5(`${url.origin}${url.pathname.replace(/\/+$/, '')}`, ORUK_NAMESPACE);
      expect(serviceId(siteUrl, a)).toBe(uuid.v5(`service:${a}`, directory));
      expect(organizationId(siteUrl, a)).toBe(uuid.v5(`organization:${nameKey(a)}`, directory));
      expect(partId(service, a)).toBe(uuid.v5(a, service));
      expect(sharedTaxonomyId(a)).toBe(uuid.v5(`taxonomy:${a}`, ORUK_NAMESPACE));
      expect(sharedTermId(a, b)).toBe(uuid.v5(`taxonomy_term:${a}:${b}`, ORUK_NAMESPACE));
      expect(directoryTaxonomyId(siteUrl, a)).toBe(uuid.v5(`taxonomy:${a}`, directory));
      expect(directoryTermId(siteUrl, a, b)).toBe(uuid.v5(`taxonomy_term:${a}:${b}`, directory));
    }), { numRuns: 1000 });
  });

  it('differ between directories, so two directories with the same file name never share a service id', () => {
    expect(serviceId('https://north.example.org', 'walk')).not.toBe(serviceId('https://south.example.org', 'walk'));
    const other = buildFeed(entries, { ...settings, site_url: 'https://elsewhere.example.org' });
    expect(other.services.map((s) => s.id).filter((id) => feed.services.some((s) => s.id === id))).toEqual([]);
    // Shared vocabularies keep their ids, so aggregators can merge them.
    expect(other.taxonomyTerms.contents.find((t) => t.term === 'walking')?.id).toBe(feed.taxonomyTerms.contents.find((t) => t.term === 'walking')?.id);
  });
});

describe('pages', () => {
  const items = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, i) => i);

  it('splits a list into pages of PAGE_SIZE with the envelope ORUK defines', () => {
    const all = pages(items);
    expect(all.map((p) => p.size)).toEqual([PAGE_SIZE, PAGE_SIZE, 3]);
    expect(all.flatMap((p) => p.contents)).toEqual(items);
    expect(all.map((p) => [p.page_number, p.first_page, p.last_page, p.total_pages, p.total_items])).toEqual([
      [1, true, false, 3, items.length], [2, false, false, 3, items.length], [3, false, true, 3, items.length],
    ]);
  });

  it('still has a page 1 when there is nothing to list', () => {
    expect(page([], 1)).toEqual({ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
  });
});
