/**
 * Debian's Chromium driven by playwright-core, started so it makes no
 * connections of its own, plus a watch on every request a page makes so a
 * test can assert that nothing left localhost.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL requested that is not on the test server. */
  foreignRequests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, ...options });
  // Report every Content Security Policy violation as an error, so any test that
  // touches a page also fails if the page breaks its own policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  // Visiting a missing page on purpose (to see the 404 page) is not an error of the page.
  const documents = new Set<string>();
  page.on('request', (request) => {
    const url = request.url();
    if (request.isNavigationRequest()) documents.add(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource') && documents.has(message.location().url)) return;
    errors.push(message.text());
  });
  return { context, page, foreignRequests, errors };
}

/**
 * Registers the hooks every browser test file needs: one Chromium for the
 * file, a fresh context per test, and after each test the two promises every
 * page keeps: no request to another host, no script error.
 */
export function useBrowser(baseUrl: string) {
  let browser: Browser | undefined;
  let current: WatchedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!current) return;
    const { foreignRequests, errors, context } = current;
    current = undefined;
    // Privacy: the site sets no cookies, whatever the test did.
    const cookies = await context.cookies();
    await context.close();
    expect(cookies).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
  return {
    /** A fresh, watched page at `path` (or blank when no path is given). */
    async open(path?: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
      current = await openPage(browser!, baseUrl, options);
      if (path) await current.page.goto(path);
      return current;
    },
  };
}

/**
 * The page's cumulative layout shift since it opened, leaving out shifts that
 * followed the reader's own input (as Lighthouse's CLS does).
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all gives the observer nothing to report.
        setTimeout(() => resolve(0), 500);
      }),
  );
}
