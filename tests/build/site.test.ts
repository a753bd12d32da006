/**
 * Checks over the built site in tests/.tmp/dist (built by the global setup
 * from the sample content plus the hostile fixture entry).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT, TEST_DIST, TEST_PAGE_SIZE } from '../support/site.ts';
import { builtHtmlFiles, hrefs, isDataBlock, parsePage, select, selectAll, text, texts, unsafeMarkup } from '../support/html.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { CATEGORIES } from '../../src/schema/vocabulary.ts';
import { formatLongDate } from '../../src/lib/schedule/dates.ts';

const entries = readEntries(TEST_CONTENT);
const listed = entries.filter((e) => e.listed);
const settings = loadSettings(path.join(TEST_CONTENT, 'directory.yaml'));

const linksTo = (id: string) => `/activities/${id}/`;

/** Every page of a category's or area's list, following each page's "next" link from the first. */
function listPages(kind: 'categories' | 'areas', id: string) {
  const pages = [parsePage(kind, id)];
  for (;;) {
    const next = hrefs('nav.pagination a[rel="next"]', pages.at(-1)!)[0];
    if (!next) return pages;
    pages.push(parsePage(...next.split('/').filter(Boolean)));
  }
}

describe('the built site', () => {
  it('has a page for every activity, saying when, where, cost and when it was last checked', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      expect(text(select('h1', tree)), entry.id).toBe(entry.data.title);
      expect(texts('main h2', tree), entry.id).toEqual(expect.arrayContaining(['When', 'Where', 'Cost', 'How to join', 'Who it is for', 'Accessibility', 'Contact']));
      expect(select(`time[datetime="${entry.data.assured_date}"]`, tree), entry.id).toBeDefined();
    }
  });

  it('has the calendar file each activity page offers, and a shortlist card in every activity page', () => {
    let calendars = 0;
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      for (const href of hrefs('a[download]', tree)) {
        expect(existsSync(path.join(TEST_DIST, href)), `${entry.id}: ${href}`).toBe(true);
        calendars++;
      }
      // The shortlist and handout read each activity's card from its page.
      const card = JSON.parse(text(select('script[data-activity-card]', tree)));
      expect(card, entry.id).toMatchObject({ id: entry.id, title: entry.data.title, url: `/activities/${entry.id}/` });
    }
    expect(calendars).toBeGreaterThan(30);
  });

  it('says when an activity meets the same way on its page and on its shortlist card, a course’s dates included', () => {
    expect(entries.some((e) => e.data.schedules?.some((s) => s.valid_to)), 'the sample needs a course with an end date').toBe(true);
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      const onPage = entry.data.schedules?.length ? texts('ul.when li', tree) : [text(select('p.when', tree))];
      const card = JSON.parse(text(select('script[data-activity-card]', tree)));
      expect(card.when, entry.id).toEqual(onPage);
      for (const session of entry.data.schedules ?? []) {
        if (session.valid_to) expect(onPage.join('\n'), entry.id).toContain(formatLongDate(session.valid_to));
      }
    }
  });

  it('names an activity’s categories after "Categories: ", each a link to its category', () => {
    for (const entry of entries) {
      const line = select('p.categories', parsePage('activities', entry.id));
      expect(text(line).replace(/\s+/g, ' '), entry.id).toBe(`Categories: ${entry.data.categories.map((c) => CATEGORIES[c].label).join(', ')}`);
      expect(hrefs('a', line!), entry.id).toEqual(entry.data.categories.map((c) => `/categories/${c}/`));
    }
  });

  it('indexes running and paused activities for search, but not ended or possibly closed ones', () => {
    expect(entries.some((e) => e.data.status === 'ended')).toBe(true);
    expect(entries.some((e) => e.freshness === 'possibly-closed')).toBe(true);
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      const indexed = selectAll('[data-pagefind-body]', tree).length > 0;
      expect(indexed, entry.id).toBe(entry.listed);
      if (entry.data.status === 'ended') expect(text(select('.notice.ended', tree))).toContain('This activity has ended.');
    }
  });

  it('warns on the page when details need confirming, and marks long-unchecked entries as possibly closed', () => {
    for (const entry of entries.filter((e) => e.data.status !== 'ended')) {
      const notice = text(select('.notice.freshness', parsePage('activities', entry.id)));
      const checked = formatLongDate(entry.data.assured_date);
      if (entry.freshness === 'current') expect(notice, entry.id).toBe('');
      if (entry.freshness === 'out-of-date') expect(notice, entry.id).toBe(`Details last checked on ${checked}. Please confirm with the organiser before you go.`);
      if (entry.freshness === 'possibly-closed') {
        expect(notice, entry.id).toBe(`This activity may have closed. Its details were last checked on ${checked}, so it no longer appears in search. Please confirm with the organiser before you go.`);
      }
    }
  });

  it('lists the right activities on each category page and area page, leaving ended ones out', () => {
    for (const key of Object.keys(CATEGORIES)) {
      const shown = listPages('categories', key).flatMap((tree) => hrefs('.cards a', tree)).sort();
      const expected = listed.filter((e) => e.data.categories.includes(key as never)).map((e) => linksTo(e.id)).sort();
      expect(shown, `/categories/${key}/`).toEqual(expected);
    }
    for (const area of settings.areas) {
      const shown = listPages('areas', area.id).flatMap((tree) => hrefs('.cards a', tree)).sort();
      const expected = listed.filter((e) => e.data.location.area === area.id).map((e) => linksTo(e.id)).sort();
      expect(shown, `/areas/${area.id}/`).toEqual(expected);
    }
  });

  it('splits a long list into pages, A to Z, that link to each other and say which part of the list they show', () => {
    const [key, members] = Object.keys(CATEGORIES)
      .map((k) => [k, listed.filter((e) => e.data.categories.includes(k as never))] as const)
      .sort((a, b) => b[1].length - a[1].length)[0]!;
    const total = members.length;
    const last = Math.ceil(total / TEST_PAGE_SIZE);
    expect(last, 'the sample needs a category spanning three pages').toBeGreaterThanOrEqual(3);
    const label = CATEGORIES[key as keyof typeof CATEGORIES].label;
    const base = `/categories/${key}/`;
    const pages = listPages('categories', key);
    expect(pages).toHaveLength(last);

    const titles = [...members].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB')).map((e) => e.data.title);
    pages.forEach((tree, i) => {
      const n = i + 1;
      const href = n === 1 ? base : `${base}${n}/`;
      expect(texts('.cards h2', tree), href).toEqual(titles.slice(i * TEST_PAGE_SIZE, n * TEST_PAGE_SIZE));
      expect(text(select('h1', tree)), href).toBe(label);
      expect(text(select('title', tree)), href).toBe(`${n === 1 ? label : `${label} (page ${n} of ${last})`} – ${settings.name}`);
      expect(text(select('main', tree)), href).toContain(`${total} activities.`);
      const from = i * TEST_PAGE_SIZE + 1;
      expect(text(select('.range', tree)), href).toBe(`Showing ${from} to ${Math.min(n * TEST_PAGE_SIZE, total)} of ${total} activities.`);
      // Navigation: a labelled list of links, the current page marked, and prev/next for browsers and search engines.
      const nav = select('nav.pagination[aria-label="Pages"]', tree);
      expect(nav, href).toBeDefined();
      expect(hrefs('a[aria-current="page"]', nav!), href).toEqual([href]);
      expect(hrefs('head link[rel="prev"]', tree), href).toEqual(n === 1 ? [] : [n === 2 ? base : `${base}${n - 1}/`]);
      expect(hrefs('head link[rel="next"]', tree), href).toEqual(n === last ? [] : [`${base}${n + 1}/`]);
      expect(hrefs('nav.pagination a[rel="prev"]', tree), href).toEqual(hrefs('head link[rel="prev"]', tree));
      expect(hrefs('nav.pagination a[rel="next"]', tree), href).toEqual(hrefs('head link[rel="next"]', tree));
    });
    expect(existsSync(path.join(TEST_DIST, 'categories', key, String(last + 1), 'index.html'))).toBe(false);

    // A list that fits on one page has no page navigation and no second page.
    const short = Object.keys(CATEGORIES).find((k) => {
      const n = listed.filter((e) => e.data.categories.includes(k as never)).length;
      return n > 0 && n <= TEST_PAGE_SIZE;
    })!;
    const single = parsePage('categories', short);
    expect(select('nav.pagination', single)).toBeUndefined();
    expect(select('.range', single)).toBeUndefined();
    expect(existsSync(path.join(TEST_DIST, 'categories', short, '2'))).toBe(false);
  });

  it('shows category counts on the home page that match the listings', () => {
    const home = parsePage();
    const tiles = texts('.tiles a', home);
    for (const [key, term] of Object.entries(CATEGORIES)) {
      const count = listed.filter((e) => e.data.categories.includes(key as never)).length;
      expect(tiles).toContain(`${term.label}${count} ${count === 1 ? 'activity' : 'activities'}`);
    }
    expect(hrefs('main a', home)).toContain('/add-your-activity/');
  });

  it('ships no islands outside the interactive pages, and no inline script anywhere', () => {
    const interactive = ['search', 'add-your-activity', 'shortlist'].map((p) => path.join(p, 'index.html'));
    for (const relative of builtHtmlFiles()) {
      const tree = parsePage(relative);
      // JSON-LD and the shortlist card are data, not code: browsers never run them.
      const scripts = selectAll('script', tree).filter((s) => !isDataBlock(s));
      // Every script is a bundled file of the site's own (the shortlist count and buttons, what's on);
      // only pages with islands also carry Astro's small inline island loader.
      const sources = scripts.map((s) => String(s.properties['src'] ?? 'inline'));
      if (interactive.includes(relative)) continue;
      expect(sources.filter((src) => !src.startsWith('/_astro/')), relative).toEqual([]);
      expect(selectAll('astro-island', tree).length, relative).toBe(0);
    }
  });

  it("keeps the recurrence library out of an activity page's scripts: the build works out the dates, the browser only words them", () => {
    const tree = parsePage('activities', listed[0]!.id);
    const loaded = new Set<string>();
    const queue = selectAll('script[src]', tree).map((s) => String(s.properties['src']));
    expect(queue.length).toBeGreaterThan(0);
    // Follow each bundle's static imports, as the browser does.
    while (queue.length) {
      const src = queue.shift()!;
      if (loaded.has(src)) continue;
      loaded.add(src);
      const code = readFileSync(path.join(TEST_DIST, src), 'utf8');
      for (const [, imported] of code.matchAll(/\bfrom\s*"(\.\/[^"]+\.js)"/g)) queue.push(path.posix.join(path.posix.dirname(src), imported!));
    }
    // rrule's RFC 5545 parser keeps its keywords whatever the minifier does to names.
    const withRrule = [...loaded].filter((src) => readFileSync(path.join(TEST_DIST, src), 'utf8').includes('BYSETPOS'));
    expect(withRrule).toEqual([]);
  });

  it('has a friendly 404 page and a Pagefind index', () => {
    expect(text(select('h1', parsePage('404.html')))).toBe('Page not found');
    expect(existsSync(path.join(TEST_DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('lets no markup or script from an entry reach its page', () => {
    const tree = parsePage('activities', 'zz-hostile-markup-test');
    const main = select('main', tree)!;
    // The harmless parts survive, so the entry really was rendered.
    expect(text(main)).toContain('xylophonic');
    expect(hrefs('.entry-body a[href]', main)).toEqual(['https://example.org/safe', 'tel:02079460999']);

    expect(unsafeMarkup(tree)).toEqual([]);
    expect(selectAll('script', main)).toEqual([]);
    // The only http-equiv is the site's own Content Security Policy.
    expect(selectAll('meta[http-equiv]', tree).map((m) => m.properties['httpEquiv'])).toEqual([['content-security-policy']]);
    // Quotes in front-matter text stay text: they cannot break out of an attribute.
    expect(select('meta[name="description"]', tree)?.properties['content']).toBe(
      'Attribute break-out attempt: " onfocus="alert(1)" autofocus x=" and a javascript:alert(1) string',
    );
    expect(text(select('h1', tree))).toBe('Hostile Markup Test "onmouseover=alert(1) x=" & Co Unbrokenwordwiderthanaphone');
  });
});

describe('the search page', () => {
  it('gives as its example postcode one of the directory’s own, which the search can place', () => {
    const hint = text(select('.near-form .hint', parsePage('search')));
    const [, postcode, district] = /such as (\S+ \S+) or (\S+)\./.exec(hint) ?? [];
    expect(listed.map((e) => e.data.location.postcode)).toContain(postcode);
    expect(postcode!.startsWith(`${district} `)).toBe(true);
  });
});

describe('reporting a problem', () => {
  it('gives every activity page a pre-filled problem report, by issue form and by email', () => {
    for (const entry of entries) {
      const tree = parsePage('activities', entry.id);
      const pageUrl = new URL(`/activities/${entry.id}/`, settings.site_url).href;
      const issue = selectAll('a', tree).find((a) => text(a) === 'Report a problem with this entry');
      const href = new URL(String(issue?.properties['href']));
      expect(`${href.origin}${href.pathname}`).toBe(`${settings.repository_url}/issues/new`);
      expect(href.searchParams.get('template')).toBe('report-a-problem.yml');
      expect(href.searchParams.get('entry')).toBe(`${entry.data.title}\n${pageUrl}`);
      const mail = hrefs('a[href^="mailto:"]', tree).find((h) => h.includes('Problem%20with'));
      expect(decodeURIComponent(mail ?? '')).toContain(`Page: ${pageUrl}`);
    }
  });
});

describe('heading structure', () => {
  it('never skips a heading level on browse pages (h1, then h2, then h3)', () => {
    const pages = [['categories', 'walking'], ['areas', settings.areas[0]!.id], [], ['categories'], ['areas']];
    for (const parts of pages) {
      const levels = selectAll('main h1, main h2, main h3, main h4', parsePage(...parts)).map((h) => Number(h.tagName.slice(1)));
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `/${parts.join('/')} heading ${i}`).toBeLessThanOrEqual(1);
      });
    }
  });
});
