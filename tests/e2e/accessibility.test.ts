/**
 * WCAG 2.2 AA checks in a real browser: axe-core over every page in the
 * sitemap plus the states a sitemap cannot list (search results, no
 * results, a filled shortlist, the printed handout, a 404), in light and
 * dark colour schemes; then reflow at 320px with text at 200%.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser(baseUrl);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const entries = readEntries(TEST_CONTENT);
const sitemapPaths = [...readFileSync(path.join(TEST_DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const listedIds = entries.filter((e) => e.listed).map((e) => e.id);

/** Pages and states to audit, each with what to wait for before the audit. */
const targets: { path: string; ready?: string; print?: boolean }[] = [
  ...sitemapPaths.map((p) => ({ path: p, ...(p === '/search/' ? { ready: '.result-count:text-matches("found")' } : {}) })),
  { path: '/search/?q=walk&day=Saturday', ready: '.cards article' },
  { path: '/search/?q=qqxxzzjjvv', ready: '.empty-state' },
  { path: `/shortlist/?ids=${listedIds.slice(0, 3).join(',')}`, ready: '.handout-item' },
  { path: `/shortlist/?ids=${listedIds.slice(0, 3).join(',')}`, ready: '.handout-item', print: true },
  { path: '/no-such-page/' },
  ...entries.filter((e) => !e.listed).map((e) => ({ path: `/activities/${e.id}/` })),
];

async function audit(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG_TAGS);
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('axe-core, WCAG 2.0–2.2 A and AA', () => {
  it('finds no violations on any page or state, in light or dark colour schemes', async () => {
    expect(sitemapPaths.length).toBeGreaterThan(50);
    const { page } = await browser.open();
    const problems: string[] = [];
    for (const target of targets) {
      await page.emulateMedia({ colorScheme: 'light', media: target.print ? 'print' : 'screen' });
      await page.goto(target.path);
      if (target.ready) await page.locator(target.ready).first().waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, media: target.print ? 'print' : 'screen' });
        problems.push(...(await audit(page)).map((p) => `${target.path}${target.print ? ' (print)' : ''} [${scheme}] ${p}`));
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

// The hostile entry's title ends in a word wider than a phone: on its page and in its category's list.
const layoutPages = ['/', '/search/?q=walk', `/activities/${listedIds[0]}/`, '/activities/zz-hostile-markup-test/', '/categories/learning/', `/shortlist/?ids=${listedIds.slice(0, 2).join(',')}`, '/add-your-activity/', '/contributing/'];

/** Elements sticking out past the right edge: content that would need sideways scrolling. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Tables, code and text areas may scroll inside their own box (WCAG allows it for such content).
        return box.width > 0 && box.right > width + 1 && !el.closest('pre, table, textarea');
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`)
      .slice(0, 5);
  });
}

describe('reflow and text size', () => {
  it.each(layoutPages)('%s reflows into a 320px-wide screen without sideways scrolling (WCAG 1.4.10)', async (target) => {
    const { page } = await browser.open(target, { viewport: { width: 320, height: 640 } });
    expect(await overflowing(page)).toEqual([]);
  });

  it.each(layoutPages)('%s loses nothing with text at 200%% (WCAG 1.4.4)', async (target) => {
    const { page } = await browser.open(target, { viewport: { width: 1280, height: 800 } });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await overflowing(page)).toEqual([]);
  });
});
