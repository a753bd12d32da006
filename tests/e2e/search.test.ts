/**
 * The search island in a real browser, over the real Pagefind index of the
 * built test site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { layoutShift, useBrowser, type WatchedPage } from '../support/browser.ts';
import { readEntries } from '../support/content.ts';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';
import { decodeFacetIndex } from '../../src/lib/search/facet-file/decode.ts';
import { FACET_FILE } from '../../src/lib/search/facet-file/format.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search/url-state.ts';
import { CARD_FILTER_PREFIX } from '../../src/lib/search/record.ts';
import { timeOfDay } from '../../src/lib/schedule/describe.ts';
import { WEEKDAYS, type WeekdayCode } from '../../src/schema/vocabulary.ts';

const baseUrl = inject('baseUrl');
const entries = readEntries(TEST_CONTENT);
const listed = entries.filter((e) => e.listed);

const browser = useBrowser(baseUrl);

async function open(path: string, options = {}) {
  return (await browser.open(path, options)).page;
}

async function resultTitles(page: WatchedPage['page']) {
  return page.locator('.cards article h3').allTextContents();
}

/** Waits for the status line's count and, when something was found, for the cards, which load after it. */
async function waitForResults(page: WatchedPage['page']) {
  const count = page.locator('.result-count').filter({ hasText: /found/ });
  await count.waitFor();
  if (!/No activities found/.test((await count.textContent()) ?? '')) await page.locator('.cards article h3').first().waitFor();
}

/**
 * /search/ with its first page of cards (and so of their details) loaded, then the page's clock
 * stopped, and every result-details fetch from then on recorded.
 */
async function openWithClockStopped() {
  const page = await open('/search/');
  await page.clock.install();
  await page.reload();
  await waitForResults(page);
  await expect.poll(() => page.locator('.cards article').count()).toBe(RESULTS_PAGE_SIZE);
  await page.clock.pauseAt(Date.now() + 60_000);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fetched.push(request.url());
  });
  return { page, fetched };
}

/** Runs the stopped clock past the typing pause and waits for the results it starts. */
async function endTypingPause(page: WatchedPage['page']) {
  await page.clock.runFor(1_000);
  await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/activit(y|ies) found\.$/);
  await expect.poll(() => page.locator('.cards article').count()).toBeGreaterThan(0);
}

/** An entry file's words that can reach its page: no comments, front-matter keys, email addresses or web links (the index leaves those out). */
function searchableText(text: string): string {
  return text.replace(/^\s*#.*$/gm, '').replace(/^(\s*-?\s*)[a-z_]+:/gm, '$1').replace(/\S+@\S+|https?:\/\/\S+|[\w.-]+\.example\.org\S*/g, ' ');
}

describe('search', () => {
  it('finds an activity as the user types its name', async () => {
    const parkrun = listed.find((e) => e.data.categories.includes('running') && e.data.title.toLowerCase().includes('parkrun'))!;
    expect(parkrun).toBeDefined();
    const page = await open('/search/');
    await waitForResults(page);
    await page.getByLabel('Search activities').fill('parkrun');
    await expect.poll(() => resultTitles(page)).toContain(parkrun.data.title);
    expect((await resultTitles(page))[0]).toBe(parkrun.data.title);
    await expect.poll(() => page.url()).toContain('?q=parkrun');
  });

  it('fetches result details only for the words typed last, however fast they are typed', async () => {
    // The page's clock stands still while the word is typed, so no pause in the typing, however slow
    // this machine, is long enough to start loading results for a half-typed word.
    const { page, fetched } = await openWithClockStopped();
    await page.getByLabel('Search activities').pressSequentially('walking');
    // Nothing is searched for while the clock stands still: results wait for the typing pause.
    await page.waitForTimeout(400);
    expect(await page.locator('.result-count').textContent()).toMatch(/in total\.$/);
    await endTypingPause(page);
    expect(fetched.length).toBeLessThanOrEqual(await page.locator('.cards article').count());
  });

  it('fetches no result details for the start of a word typed a key at a time, however long each search takes', async () => {
    // The page's clock moves a brisk typist's 150 ms a key, and between keys the test waits on the real clock
    // for whatever those 150 ms set going (searches, fetches) to finish: so only the waiting the island does on
    // its own clock, not this machine's speed, decides what loads for a half-typed word.
    const { page, fetched } = await openWithClockStopped();
    for (const key of 'walking') {
      await page.getByLabel('Search activities').press(key);
      await page.clock.runFor(150);
      await page.waitForTimeout(300);
    }
    expect(fetched).toEqual([]);
    expect(await page.locator('.result-count').textContent()).toMatch(/in total\.$/);
    await endTypingPause(page);
    expect(fetched.length).toBeLessThanOrEqual(await page.locator('.cards article').count());
  });

  it('filters by day and free only, keeps the filters in the URL, and restores them on reload', async () => {
    const expected = listed
      .filter((e) => e.data.cost_option.free && e.data.schedules?.some((s) => s.byday.includes('SA')))
      .map((e) => e.data.title)
      .sort((a, b) => a.localeCompare(b));
    expect(expected.length).toBeGreaterThan(0);

    const page = await open('/search/');
    await waitForResults(page);
    await page.getByRole('checkbox', { name: /^Saturday/ }).check();
    await page.getByRole('checkbox', { name: /^Free/ }).check();
    await expect.poll(async () => (await resultTitles(page)).sort((a, b) => a.localeCompare(b))).toEqual(expected);
    for (const when of await page.locator('.cards article dd:nth-of-type(1)').allTextContents()) expect(when).toContain('Saturday');
    for (const cost of await page.locator('.cards article dd:nth-of-type(3)').allTextContents()) expect(cost).toBe('Free');
    await expect.poll(() => new URL(page.url()).search).toBe('?day=Saturday&cost=Free');
    // Counts beside a facet's values ignore that facet's own ticks: they say what ticking it would add.
    const has = (day: string) => (e: (typeof listed)[number]) => e.data.schedules?.some((s) => s.byday.includes(day as never)) ?? false;
    const freeOnMonday = listed.filter((e) => e.data.cost_option.free && has('MO')(e)).length;
    const paidOnSaturday = listed.filter((e) => !e.data.cost_option.free && has('SA')(e)).length;
    await expect.poll(() => page.getByRole('checkbox', { name: /^Monday/ }).locator('..').textContent()).toBe(`Monday (${freeOnMonday})`);
    await expect.poll(() => page.getByRole('checkbox', { name: /^Paid/ }).locator('..').textContent()).toBe(`Paid (${paidOnSaturday})`);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe(`${expected.length} ${expected.length === 1 ? 'activity' : 'activities'} found.`);

    await page.reload();
    await waitForResults(page);
    expect(await page.getByRole('checkbox', { name: /^Saturday/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Free/ }).isChecked()).toBe(true);
    await expect.poll(async () => (await resultTitles(page)).length).toBe(expected.length);
  });

  it('filters by a language, and finds it by its own name as well as its English one', async () => {
    const polish = listed.filter((e) => e.data.languages?.includes('pl')).map((e) => e.data.title).sort((a, b) => a.localeCompare(b));
    expect(polish.length).toBeGreaterThan(0);
    const page = await open('/search/');
    await waitForResults(page);
    await page.getByRole('checkbox', { name: /^Polish/ }).check();
    await expect.poll(async () => (await resultTitles(page)).sort((a, b) => a.localeCompare(b))).toEqual(polish);
    await expect.poll(() => new URL(page.url()).search).toBe('?language=Polish');
    for (const fit of await page.locator('.cards article').allTextContents()) expect(fit).toContain('Polish');

    const byOwnName = await open('/search/?q=polski');
    await waitForResults(byOwnName);
    await expect.poll(() => resultTitles(byOwnName)).toEqual(expect.arrayContaining(polish));
  });

  it('finds by the words of a heading every activity page has only the activities that use them', async () => {
    for (const word of ['cost', 'contact']) {
      const using = listed.filter((e) => new RegExp(`\\b${word}`, 'i').test(searchableText(readFileSync(path.join(TEST_CONTENT, 'activities', `${e.id}.md`), 'utf8'))));
      expect(using.length, `fewer activities mention “${word}” than are listed`).toBeLessThan(listed.length / 2);
      const page = await open(`/search/?q=${word}`);
      await waitForResults(page);
      const count = Number((await page.locator('.result-count').textContent())?.match(/^\d+/)?.[0] ?? 0);
      expect(count, `“${word}” finds at most the ${using.length} activities that use it`).toBeLessThanOrEqual(using.length);
      expect(count, `“${word}” still finds the activities that use it`).toBeGreaterThan(0);
    }
  });

  it('finds activities by the day and time of day they run, in a link worker’s words, though their own text never says it', async () => {
    const text = (id: string) => searchableText(readFileSync(path.join(TEST_CONTENT, 'activities', `${id}.md`), 'utf8'));
    const runs = (e: (typeof listed)[number], day: WeekdayCode, time: string) => (e.data.schedules ?? []).some((s) => s.byday.includes(day) && timeOfDay(s.opens_at) === time);
    const cases = new Map<string, string[]>();
    for (const e of listed) {
      for (const s of e.data.schedules ?? []) {
        const time = timeOfDay(s.opens_at);
        if (new RegExp(`\\b${time}`, 'i').test(text(e.id))) continue;
        for (const day of s.byday) {
          const expected = listed.filter((other) => runs(other, day, time)).map((other) => other.data.title);
          if (expected.length <= RESULTS_PAGE_SIZE) cases.set(`${WEEKDAYS[day]} ${time}`.toLowerCase(), expected);
        }
      }
    }
    expect(cases.size, 'the sample has sessions whose entries never name their time of day').toBeGreaterThan(0);
    for (const [query, expected] of [...cases].slice(0, 3)) {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await waitForResults(page);
      const titles = await resultTitles(page);
      for (const title of expected) expect(titles, `“${query}” finds ${title}`).toContain(title);
    }
  });

  it('finds what runs at the weekend by “weekend”, and only that, though pages only name the day', async () => {
    const runsOn = (e: (typeof listed)[number], days: readonly WeekdayCode[]) => (e.data.schedules ?? []).some((s) => s.byday.some((d) => days.includes(d)));
    const weekend = listed.filter((e) => runsOn(e, ['SA', 'SU'])).map((e) => e.data.title);
    expect(weekend.length).toBeGreaterThan(0);
    const page = await open('/search/?q=weekend');
    await waitForResults(page);
    await expect.poll(() => page.locator('.explanation').textContent()).toBe('At the weekend only.');
    expect(Number((await page.locator('.result-count').textContent())?.match(/^\d+/)?.[0] ?? 0)).toBe(weekend.length);
    // "weekday mornings" leaves out a walk that is on Saturday mornings only.
    const weekdays = await open('/search/?q=weekday+mornings');
    await waitForResults(weekdays);
    const titles = await resultTitles(weekdays);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(listed.some((e) => e.data.title === title && runsOn(e, ['MO', 'TU', 'WE', 'TH', 'FR'])), `${title} runs on a weekday`).toBe(true);
  });

  it('takes “free” as the cost filter, not as the word on pages that charge (“step-free access”)', async () => {
    const free = new Set(listed.filter((e) => e.data.cost_option.free).map((e) => e.data.title));
    const mentioning = listed.filter((e) => /\bfree\b/i.test(searchableText(readFileSync(path.join(TEST_CONTENT, 'activities', `${e.id}.md`), 'utf8'))));
    expect(mentioning.some((e) => !free.has(e.data.title)), 'some activity that charges says “free” somewhere').toBe(true);
    const page = await open('/search/?q=free');
    await waitForResults(page);
    await expect.poll(() => page.locator('.explanation').textContent()).toContain('Free activities only');
    expect(Number((await page.locator('.result-count').textContent())?.match(/^\d+/)?.[0])).toBe(free.size);
    const walking = await open('/search/?q=free+walking');
    await waitForResults(walking);
    const titles = await resultTitles(walking);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(free, `${title} is free`).toContain(title);
  });

  it('shows the first result on a phone\'s first screen, under the demonstration banner and the postcode field', async () => {
    const page = await open('/search/?q=walking', { viewport: { width: 390, height: 844 } });
    await waitForResults(page);
    const title = await page.locator('.cards article h3').first().boundingBox();
    expect(title!.y + title!.height).toBeLessThan(844);
  });

  it('moves nothing on screen as its results arrive, on opening or from a search in the address, on a phone', async () => {
    for (const address of ['/search/', '/search/?q=walk']) {
      // Lighthouse's phone: a shift shows on a touch screen at this size and density, not on a desktop window.
      const { page } = await browser.open(undefined, { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 });
      // As on a slow connection: the page is drawn well before the index answers.
      await page.route('**/pagefind/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(address);
      await waitForResults(page);
      await expect.poll(() => page.locator('.cards article').count()).toBeGreaterThan(0);
      // Let the last cards and the "Show more" button settle before adding up every shift since the page opened.
      await page.waitForTimeout(300);
      expect(await layoutShift(page), address).toBe(0);
    }
  });

  it('says it is loading until the first results are in, however slow the index', async () => {
    const { page } = await browser.open();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { statusLines: string[] }).statusLines = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.result-count')?.textContent;
        if (text !== undefined && text !== seen.at(-1)) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto('/search/');
    await waitForResults(page);
    const seen = await page.evaluate(() => (window as unknown as { statusLines: string[] }).statusLines);
    const loading = seen.indexOf('Loading search…');
    expect(loading).toBeGreaterThanOrEqual(0);
    expect(seen.slice(loading + 1)).toEqual([expect.stringMatching(/found in total\.$/)]);
  });

  it('keeps and searches what was typed before the page’s script arrived, as on a slow connection', async () => {
    const parkrun = listed.find((e) => e.data.title.toLowerCase().includes('parkrun'))!;
    const placed = listed.find((e) => e.data.location.postcode)!.data.location.postcode!;
    const { page } = await browser.open();
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/_astro/SearchPanel.*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/search/');
    await page.getByLabel('Search activities').pressSequentially('parkrun');
    await page.getByLabel('Near a postcode').pressSequentially(placed);
    arrive();
    await waitForResults(page);
    await expect.poll(() => resultTitles(page)).toContain(parkrun.data.title);
    expect(await page.getByLabel('Search activities').inputValue()).toBe('parkrun');
    expect(await page.getByLabel('Near a postcode').inputValue()).toBe(placed);
    await expect.poll(() => page.locator('.place-note').first().textContent()).toMatch(/^Sorted by distance from /);
  });

  it('opens an activity page from a result', async () => {
    const page = await open('/search/?q=choir');
    await waitForResults(page);
    const first = page.locator('.cards article h3 a').first();
    const title = await first.textContent();
    await first.click();
    await page.waitForURL(/\/activities\//);
    expect(await page.locator('h1').textContent()).toBe(title);
  });

  it('starts a search from the home page form', async () => {
    const page = await open('/');
    await page.getByLabel('Search activities').fill('garden');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=garden/);
    await waitForResults(page);
    expect(await page.getByLabel('Search activities').inputValue()).toBe('garden');
    // The cards follow the count once their details have come.
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
  });

  it('offers a way out when nothing matches', async () => {
    const page = await open('/search/?q=qqxxzzjjvv&day=Sunday');
    await page.locator('.empty-state').waitFor();
    expect(await page.locator('.result-count').textContent()).toBe('No activities found.');
    await page.getByRole('button', { name: 'Remove filter: Day – Sunday' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=qqxxzzjjvv');
    expect(await page.getByRole('link', { name: 'browse all categories' }).count()).toBe(1);
  });

  it('says so, and points to browsing, when the filter file cannot be read', async () => {
    const page = await open('/search/');
    await waitForResults(page);
    // As from a host that answers a missing file with its home page.
    await page.route(`**/pagefind/${FACET_FILE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' }));
    await page.getByLabel('Search activities').fill('walk');
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('Search could not load. You can still browse activities by category or area below.');
  });

  it('says so, and leaves no older results on screen, when a result’s details cannot be fetched', async () => {
    // Sorted last, so its details are not among the first page's, already fetched.
    const last = listed.map((e) => e.data.title).sort((a, b) => a.localeCompare(b)).at(-1)!;
    expect(listed.length).toBeGreaterThan(2 * RESULTS_PAGE_SIZE);
    const page = await open('/search/');
    await waitForResults(page);
    await expect.poll(() => page.locator('.cards article').count()).toBe(RESULTS_PAGE_SIZE);
    await page.evaluate(() => {
      const w = window as unknown as { rejections: string[] };
      w.rejections = [];
      window.addEventListener('unhandledrejection', (e) => w.rejections.push(String(e.reason)));
    });
    // As from a host that answers a missing file with its home page.
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' }));
    await page.getByLabel('Search activities').fill(last);
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('Search could not load. You can still browse activities by category or area below.');
    expect(await page.locator('.cards article').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Show more/ }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { rejections: string[] }).rejections)).toEqual([]);
  });

  it('refuses a filter file from another build of the index rather than tick the wrong activities', async () => {
    // As from a cache still serving the last build's file: right format, wrong index name.
    const real = gunzipSync(readFileSync(path.join(TEST_DIST, 'pagefind', FACET_FILE)));
    const { index } = decodeFacetIndex(real);
    const other = index.slice(0, -1) + (index.endsWith('0') ? '1' : '0');
    const stale = Buffer.from(real.toString('latin1').replace(index, other), 'latin1');
    expect(decodeFacetIndex(stale).index).toBe(other);
    const page = await open('/search/');
    await waitForResults(page);
    await page.route(`**/pagefind/${FACET_FILE}`, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: stale }));
    await page.getByLabel('Search activities').fill('walk');
    await expect
      .poll(() => page.locator('.result-count').textContent())
      .toBe('Search could not load. You can still browse activities by category or area below.');
  });

  it('flags out-of-date entries in results and never shows ended ones', async () => {
    const stale = listed.find((e) => e.freshness === 'out-of-date')!;
    expect(stale).toBeDefined();
    const page = await open(`/search/?q=${encodeURIComponent(stale.data.title)}`);
    await waitForResults(page);
    const card = page.locator('.cards article', { hasText: stale.data.title }).first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Details may be out of date');

    for (const gone of [entries.find((e) => e.data.status === 'ended')!, entries.find((e) => e.freshness === 'possibly-closed')!]) {
      await page.goto(`/search/?q=${encodeURIComponent(gone.data.title)}`);
      await page.locator('.result-count').filter({ hasText: /found/ }).waitFor();
      expect(await resultTitles(page)).not.toContain(gone.data.title);
    }
  });
});

describe('what the status line says', () => {
  /** The live regions whose text has `text` in it. */
  const heardIn = (page: WatchedPage['page'], text: string) =>
    page.evaluate((text) => [...document.querySelectorAll('[role="status"], [aria-live]')].filter((r) => r.textContent?.includes(text)).length, text);

  it('says, with the count and once, how the words and the postcode were read', async () => {
    const page = await open('/search/?q=tuesday');
    await waitForResults(page);
    await expect.poll(() => page.locator('.explanation').textContent()).toBe('On Tuesday only.');
    expect(await heardIn(page, 'On Tuesday only.')).toBe(1);
    const status = page.locator('.result-count').locator('xpath=ancestor-or-self::*[@role="status"]');
    expect(await status.textContent()).toMatch(/found\.On Tuesday only\.$/);

    const placed = listed.find((e) => e.data.location.postcode)!.data.location.postcode!;
    await page.getByLabel('Near a postcode').fill('ZZ9 9ZZ');
    await expect.poll(() => status.textContent()).toContain('“ZZ9 9ZZ” is not a UK postcode');
    expect(await heardIn(page, 'is not a UK postcode')).toBe(1);
    await page.getByLabel('Near a postcode').fill(placed);
    await expect.poll(() => status.textContent()).toMatch(/found\.Sorted by distance from .+, nearest first\.On Tuesday only\.$/);
    expect(await heardIn(page, 'Sorted by distance from')).toBe(1);
  });
});

describe('focus', () => {
  /** The focused element's id, or its text when it has none ("body" when focus was lost). */
  const focused = (page: WatchedPage['page']) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body ? 'body' : el.id || el.textContent;
    });

  it('moves to the first card "Show more" adds, and says how many are shown', async () => {
    const page = await open('/search/');
    await waitForResults(page);
    await expect.poll(() => page.locator('.cards article').count()).toBe(RESULTS_PAGE_SIZE);
    const total = Number((await page.locator('.result-count').textContent())?.match(/^\d+/)?.[0]);
    expect(total).toBeGreaterThan(2 * RESULTS_PAGE_SIZE);
    await page.getByRole('button', { name: /^Show more/ }).focus();
    await page.keyboard.press('Enter');
    const firstAdded = page.locator('.cards article h3 a').nth(RESULTS_PAGE_SIZE);
    await firstAdded.waitFor();
    await expect.poll(() => focused(page)).toBe(await firstAdded.textContent());
    expect(await page.getByRole('status').filter({ hasText: /^Showing/ }).textContent()).toBe(`Showing ${2 * RESULTS_PAGE_SIZE} of ${total} activities.`);
  });

  it('waits on the results heading when the button pressed goes with the filters it removes', async () => {
    const page = await open('/search/?day=Saturday&cost=Free');
    await waitForResults(page);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Clear all filters' }).count()).toBe(0);
    expect(await focused(page)).toBe('results-heading');

    const empty = await open('/search/?q=qqxxzzjjvv&day=Sunday');
    await empty.locator('.empty-state').waitFor();
    await empty.getByRole('button', { name: 'Remove filter: Day – Sunday' }).click();
    await expect.poll(() => empty.getByRole('button', { name: /^Remove filter/ }).count()).toBe(0);
    expect(await focused(empty)).toBe('results-heading');
  });
});

describe('a postcode searched near', () => {
  it('stays out of every request to the site, on reload and from an older link alike, in either box', async () => {
    const placed = listed.find((e) => e.data.location.postcode)!.data.location.postcode!;
    const fragment = `#${new URLSearchParams({ near: placed })}`;
    const { page } = await browser.open('/search/?q=walk');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(decodeURIComponent(request.url().replace(/\+/g, ' '))));
    await waitForResults(page);
    await page.getByLabel('Near a postcode').fill(placed);
    await expect.poll(() => new URL(page.url()).hash).toBe(fragment);
    expect(new URL(page.url()).search).toBe('?q=walk');
    await page.reload();
    await waitForResults(page);
    expect(await page.getByLabel('Near a postcode').inputValue()).toBe(placed);
    await expect.poll(() => page.locator('.place-note').first().textContent()).toMatch(/^Sorted by distance from /);
    expect(sent.filter((url) => url.toUpperCase().includes(placed.toUpperCase()))).toEqual([]);

    // A link written before the postcode moved is read, then written the new way.
    await page.goto(`/search/?q=walk&near=${encodeURIComponent(placed)}`);
    await waitForResults(page);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=walk');
    expect(new URL(page.url()).hash).toBe(fragment);
    expect(await page.getByLabel('Near a postcode').inputValue()).toBe(placed);

    // Typed among the words, as the home page's form sends it.
    await page.goto(`/search/?q=${encodeURIComponent(`walk ${placed}`)}`);
    await waitForResults(page);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#${new URLSearchParams({ q: `walk ${placed}` })}`);
  });
});

describe('the filters drawn on the server', () => {
  it('are the ones Pagefind counts, so nothing moves when search starts, and are disabled without JavaScript', async () => {
    const options = (page: WatchedPage['page']) => page.locator('.filters .facet-option').allTextContents();
    const withoutJs = await browser.open('/search/', { javaScriptEnabled: false });
    const still = withoutJs.page;
    const server = await options(still);
    expect(server.length).toBeGreaterThan(20);
    expect(server).toContain(`Walking (${listed.filter((e) => e.data.categories.includes('walking')).length})`);
    expect(await still.locator('.filters fieldset:not([disabled])').count()).toBe(0);
    expect(withoutJs.errors).toEqual([]);
    await withoutJs.context.close();

    const page = await open('/search/');
    await waitForResults(page);
    expect(await options(page)).toEqual(server);
    expect(await page.locator('.filters fieldset[disabled]').count()).toBe(0);
    // The counts drawn by the build are the index's own: ask Pagefind for its filter counts directly.
    // (A string, so the test runner leaves the page's own dynamic import alone.)
    const indexed = (await page.evaluate("import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())")) as Record<string, Record<string, number>>;
    const facetsIndexed = Object.entries(indexed).filter(([key]) => !key.startsWith(CARD_FILTER_PREFIX)).map(([, values]) => values);
    const fromIndex = facetsIndexed.flatMap((values) => Object.entries(values).map(([value, count]) => `${value} (${count})`));
    expect([...fromIndex].sort()).toEqual([...server].sort());
    // And the search filters' own file, which counts once a search starts, says the same.
    const facets = decodeFacetIndex(gunzipSync(readFileSync(path.join(TEST_DIST, 'pagefind', FACET_FILE))));
    const ids = readdirSync(path.join(TEST_DIST, 'pagefind', 'fragment')).map((name) => path.basename(name, '.pf_fragment'));
    expect(ids.length).toBe(facets.size);
    const { counts } = facets.select(ids, (id) => facets.pageNumber(id), {});
    const fromFile = Object.values(counts).flatMap((values) => Object.entries(values).map(([value, count]) => `${value} (${count})`));
    expect([...fromFile].sort()).toEqual([...server].sort());
  });
});

describe('without JavaScript', () => {
  it('the search page says so and still leads to every category’s activities', async () => {
    const page = await open('/search/', { javaScriptEnabled: false });
    expect(await page.locator('.result-count').textContent()).toMatch(/^Searching needs JavaScript.*browse every activity by category or area below\.$/);
    await page.getByRole('link', { name: 'Walking', exact: true }).first().click();
    await page.waitForURL(/\/categories\/walking\//);
    const walking = listed.filter((e) => e.data.categories.includes('walking')).map((e) => e.data.title);
    // On a category page the cards' titles are h2s, straight under the page's h1.
    const shown = await page.locator('.cards article h2').allTextContents();
    expect(shown.sort()).toEqual(walking.sort());
  });
});

describe('hostile entry', () => {
  it('runs no script and carries no event handlers in a real browser', async () => {
    const page = await open('/activities/zz-hostile-markup-test/');
    expect(await page.getByText('xylophonic').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => [
        ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ...(['IFRAME', 'OBJECT', 'EMBED', 'FORM', 'IMG'].includes(el.tagName) ? [el.tagName] : []),
        // The only scripts are the site's own bundled files, never anything from the entry;
        // JSON data blocks (JSON-LD, the shortlist card) are never run.
        ...(el instanceof HTMLScriptElement && !['application/ld+json', 'application/json'].includes(el.type) && !el.src.startsWith(`${location.origin}/_astro/`) ? [`SCRIPT ${el.src || 'inline'}`] : []),
        ...(el instanceof HTMLAnchorElement && !/^(https:|mailto:|tel:|\/|#)/.test(el.getAttribute('href') ?? '/') ? [`A ${el.href}`] : []),
      ]),
    );
    expect(problems).toEqual([]);
  });
});
