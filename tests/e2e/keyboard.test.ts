/**
 * The link worker's journey by keyboard alone: search, filter, open an
 * activity, add it to the list, reach the list and its print view. Every
 * stop must show where focus is, and focus must move in reading order.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const browser = useBrowser(inject('baseUrl'));

interface Focus {
  label: string;
  /** Position of the focused element in document order. */
  order: number;
  /** A visible focus indicator: an outline at least 2px wide, inside the viewport. */
  visible: boolean;
}

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: 'body', order: -1, visible: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const label = (el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.tagName).trim().replace(/\s+/g, ' ');
    return {
      label,
      order: [...document.querySelectorAll('*')].indexOf(el),
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus matches, checking every stop on the way. */
async function tabTo(page: Page, match: RegExp, backwards = false, limit = 200): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focus(page);
    stops.push(now);
    if (match.test(now.label)) return stops;
  }
  throw new Error(`Never reached ${match} by keyboard; stopped at ${stops.at(-1)?.label}`);
}

function expectVisibleAndInOrder(stops: Focus[], backwards = false) {
  expect(stops.filter((s) => !s.visible).map((s) => s.label)).toEqual([]);
  const orders = stops.map((s) => s.order);
  const sorted = [...orders].sort((a, b) => (backwards ? b - a : a - b));
  expect(orders).toEqual(sorted);
}

describe('keyboard-only journey', () => {
  it('searches, filters, opens an activity, shortlists it and reaches the print view', async () => {
    const { page } = await browser.open('/search/');
    await page.locator('.result-count').filter({ hasText: /found/ }).waitFor();

    // The first Tab reaches the skip link, which jumps past the navigation.
    const skip = await tabTo(page, /Skip to main content/);
    expect(skip).toHaveLength(1);
    await page.keyboard.press('Enter');
    let stops = await tabTo(page, /^Search activities$/);
    expectVisibleAndInOrder(stops);
    await page.keyboard.type('walk');
    await page.locator('.result-count').filter({ hasText: /activit(y|ies) found/ }).waitFor();

    stops = await tabTo(page, /^Saturday/);
    expectVisibleAndInOrder(stops);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('Saturday');
    // Wait for the filtered results: every card now meets on a Saturday.
    await expect
      .poll(async () => {
        const whens = await page.locator('.cards article dd:nth-of-type(1)').allTextContents();
        return whens.length > 0 && whens.every((w) => w.includes('Saturday'));
      })
      .toBe(true);
    const firstTitle = (await page.locator('.cards article h3').first().textContent())!;

    stops = await tabTo(page, new RegExp(`^${firstTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expectVisibleAndInOrder(stops);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/activities\//);
    expect(await page.locator('h1').textContent()).toBe(firstTitle);

    stops = await tabTo(page, /^Add to my list$/);
    expectVisibleAndInOrder(stops);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#shortlist-status').textContent()).toBe(`Added ${firstTitle} to your list. 1 activity in your list.`);
    expect((await focus(page)).label).toBe('Remove from my list');

    stops = await tabTo(page, /^My list/, true);
    expectVisibleAndInOrder(stops, true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/shortlist\/$/);
    await page.locator('.handout-item').waitFor();
    stops = await tabTo(page, /^Print handout$/);
    expectVisibleAndInOrder(stops);

    // The print view: the activity, without the site's navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-item h2').textContent()).toBe(firstTitle);
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
    expect(await page.locator('.handout-header').isVisible()).toBe(true);
  });
});
