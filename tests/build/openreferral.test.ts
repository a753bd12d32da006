/**
 * The Open Referral UK feed in the built test site (sample content plus the
 * hostile fixture): every JSON file validates against the official 3.0
 * schemas, the lists agree with the entries, and every rewrite rule in
 * _redirects leads to a file that exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';
import { orukValidators } from '../fixtures/openreferral-uk/schemas.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { serviceId } from '../../src/lib/openreferral/ids.ts';
import { PAGE_SIZE } from '../../src/lib/openreferral/pages.ts';

const FEED = path.join(TEST_DIST, 'openreferral');
const read = (...parts: string[]) => JSON.parse(readFileSync(path.join(FEED, ...parts), 'utf8'));
const jsonFiles = (...parts: string[]) => readdirSync(path.join(FEED, ...parts)).filter((f) => f.endsWith('.json'));

const entries = readEntries(TEST_CONTENT);
const settings = loadSettings(path.join(TEST_CONTENT, 'directory.yaml'));
const validate = orukValidators();
const serviceFiles = jsonFiles('services').filter((f) => f !== 'all.json');
const pageFiles = jsonFiles('services', 'page');

describe('the built ORUK feed', () => {
  it('has one service file per entry, named by its stable UUID', () => {
    expect(serviceFiles.sort()).toEqual(entries.map((e) => `${serviceId(settings.site_url, e.id)}.json`).sort());
  });

  it('validates every service file against the official service.json', () => {
    for (const file of serviceFiles) expect(validate.service(read('services', file)), file).toEqual([]);
  });

  it('validates every page and the one-page list, which together list every service once', () => {
    const pages = pageFiles.map((f) => read('services', 'page', f));
    for (const page of pages) expect(validate.servicePage(page), `page ${page.page_number}`).toEqual([]);
    expect(pages.map((p) => p.page_number).sort((a, b) => a - b)).toEqual(Array.from({ length: Math.ceil(entries.length / PAGE_SIZE) }, (_, i) => i + 1));
    const listed = pages.flatMap((p) => p.contents.map((s: { id: string }) => s.id));
    expect(listed.sort()).toEqual(serviceFiles.map((f) => f.replace(/\.json$/, '')).sort());

    const all = read('services', 'all.json');
    expect(validate.servicePage(all)).toEqual([]);
    expect(all).toMatchObject({ total_items: entries.length, total_pages: 1, page_number: 1, last_page: true, size: entries.length });
  });

  it('validates the root document, the taxonomies and the terms, each list and each item', () => {
    expect(validate.root(read('index.json'))).toEqual([]);
    expect(validate.taxonomyPage(read('taxonomies.json'))).toEqual([]);
    expect(validate.taxonomyTermPage(read('taxonomy_terms.json'))).toEqual([]);
    const taxonomies = jsonFiles('taxonomies');
    expect(taxonomies).toHaveLength(read('taxonomies.json').total_items);
    for (const f of taxonomies) expect(validate.taxonomy(read('taxonomies', f)), f).toEqual([]);
    const terms = jsonFiles('taxonomy_terms');
    expect(terms).toHaveLength(read('taxonomy_terms.json').total_items);
    for (const f of terms) expect(validate.taxonomyTerm(read('taxonomy_terms', f)), f).toEqual([]);
  });

  it('gives each service the languages its entry names, with HSDS 3.0 code and name, and the interpreting on offer', () => {
    const withLanguages = entries.filter((e) => e.data.languages?.length);
    expect(withLanguages.some((e) => e.data.languages!.includes('bfi'))).toBe(true);
    for (const entry of withLanguages) {
      const service = read('services', `${serviceId(settings.site_url, entry.id)}.json`);
      expect(validate.service(service), entry.id).toEqual([]);
      expect(service.languages.map((l: { code: string }) => l.code), entry.id).toEqual(entry.data.languages);
      for (const language of service.languages) expect(language.name, language.code).toMatch(/^[A-Z]/);
      if (entry.data.interpretation_services) expect(service.interpretation_services).toBe(entry.data.interpretation_services);
    }
    const bsl = withLanguages.find((e) => e.data.languages!.includes('bfi'))!;
    expect(read('services', `${serviceId(settings.site_url, bsl.id)}.json`).languages).toContainEqual(expect.objectContaining({ code: 'bfi', name: 'British Sign Language (BSL)' }));
  });

  it('carries no markup from the hostile entry', () => {
    const hostile = entries.find((e) => e.id.startsWith('zz-hostile'));
    expect(hostile).toBeDefined();
    const text = readFileSync(path.join(FEED, 'services', `${serviceId(settings.site_url, hostile!.id)}.json`), 'utf8');
    const service = JSON.parse(text);
    // The summary is plain text (the schema allows no tags in it); the Markdown after it is what could carry markup.
    const body = service.description.slice(service.description.indexOf('\n\n'));
    expect(body).toContain('xylophonic');
    expect(body).not.toMatch(/<[a-z/!]/i);
    expect(body).not.toMatch(/\]\((?!https:|tel:|mailto:)[^)]*\)/);
    expect(body).not.toContain('tracker.example.org');
    expect(body).not.toMatch(/^\s*\[[^\]]+\]:\s*(?!https:|tel:|mailto:)/m);
    expect(body).not.toContain('javascript:');
    expect(body).toContain('[A fine link](https://example.org/safe)');
  });
});

describe('_redirects and _headers', () => {
  const rules = readFileSync(path.join(TEST_DIST, '_redirects'), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/));

  /** The built file a rule's target names, with placeholders filled in. */
  const target = (to: string, values: Record<string, string>) =>
    path.join(TEST_DIST, to.replace(/:(\w+)/g, (_, name: string) => values[name] ?? `:${name}`));

  it('rewrites (status 200) every ORUK address to a file the build wrote', () => {
    const ids = {
      services: serviceFiles.map((f) => f.replace(/\.json$/, '')),
      taxonomies: jsonFiles('taxonomies').map((f) => f.replace(/\.json$/, '')),
      taxonomy_terms: jsonFiles('taxonomy_terms').map((f) => f.replace(/\.json$/, '')),
    };
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const rule of rules) {
      const [from, ...rest] = rule;
      const to = rest.at(-2)!;
      expect(rest.at(-1), rule.join(' ')).toBe('200');
      if (rest.length === 3) {
        // Netlify's query condition: page=:page
        for (const f of pageFiles) expect(existsSync(target(to, { page: f.replace(/\.json$/, '') })), rule.join(' ')).toBe(true);
      } else if (from!.includes(':id')) {
        const kind = /\/openreferral\/(\w+)\/:id/.exec(from!)![1] as keyof typeof ids;
        expect(ids[kind].length, from).toBeGreaterThan(0);
        for (const id of ids[kind]) expect(existsSync(target(to, { id })), `${from} → ${id}`).toBe(true);
      } else {
        expect(existsSync(target(to, {})), rule.join(' ')).toBe(true);
      }
    }
  });

  it('opens the feed to any origin, as ORUK requires', () => {
    const headers = readFileSync(path.join(TEST_DIST, '_headers'), 'utf8');
    for (const block of ['/openreferral\n', '/openreferral/*\n']) {
      const at = headers.indexOf(block);
      expect(at, block).toBeGreaterThanOrEqual(0);
      expect(headers.slice(at).split(/\n(?=\S)/)[0]).toContain('Access-Control-Allow-Origin: *');
    }
  });
});
