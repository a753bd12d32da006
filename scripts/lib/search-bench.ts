/**
 * The search page measured in headless Chromium, as a person uses it: open
 * /search/, tick filters, type, read the results.
 *
 * Time is measured inside the page, from the input event (the keystroke or
 * the tick) to the paint after the results area last changed: the status
 * line and the result cards. It therefore includes the island's 250 ms
 * typing pause for typed words (ticks are not delayed); the report shows it
 * with and without that pause.
 *
 * Bytes are counted for Pagefind's files only (library, WebAssembly, index,
 * filters, fragments); the page's own HTML, CSS and JS are in page-weight.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchQuery } from './fixtures/queries.ts';
import type { FacetDefinition } from '../../src/lib/search/facets.ts';
import { RESULTS_PAGE_SIZE, serialiseSearchState } from '../../src/lib/search/url-state.ts';
import { NetworkMeter, since, sum, type Kind, type Snapshot } from './network-meter.ts';

/** SearchPanel.tsx's TYPING_PAUSE_MS; the island does not export it. */
export const TYPING_PAUSE_MS = 250;

const RESULTS = 'section[aria-labelledby="results-heading"]';
const PAGEFIND_KINDS: readonly Kind[] = ['library', 'wasm', 'meta', 'filter', 'index', 'fragment'];

export interface Transfer {
  raw: number;
  gzip: number;
}

export interface CaseResult {
  /** 1: the first time this search is made in the session; 2: the same search again. */
  pass: 1 | 2;
  text: string;
  filters: Record<string, string[]>;
  /** Activities found, from the status line. */
  results: number | null;
  /** Input event to results painted, or null when the results never changed. */
  ms: number | null;
  /** True when the measured action was typing, so the island's typing pause is included. */
  debounced: boolean;
  /** Pagefind bytes for this search, including the filter ticks before the typing. */
  bytes: Transfer;
}

export interface SearchMeasurement {
  /** Opening /search/ until the full list is shown ("N activities found in total"). */
  readyMs: number | null;
  /** Pagefind bytes while the page opens, by kind. */
  load: Snapshot;
  /** Opening the page and making the first search: what a first visit costs. */
  firstSearch: Transfer;
  /** Pagefind's filter files, over the whole session. */
  filterBytes: Transfer;
  /** A search opened straight from a URL (as the home page's form does), in a fresh browser context. */
  coldUrl: { search: string; ms: number | null; bytes: Transfer };
  cases: CaseResult[];
  /** Words typed a key at a time, in a fresh browser context (absent from results older than this measure). */
  typed?: TypedWords;
}

/** Milliseconds between keystrokes when typing a word a key at a time: a brisk typist, inside the typing pause. */
export const KEY_DELAY_MS = 150;

export interface TypedWord {
  word: string;
  results: number | null;
  /** Last keystroke to results painted (the typing pause included), or null when the results never changed. */
  ms: number | null;
  /** Everything fetched, the worker's requests included: for the first word, opening the page too. */
  bytes: Transfer;
}

export interface TypedWords {
  keyDelayMs: number;
  /** Everything fetched opening /search/ until the full list shows: HTML, CSS, JS, Pagefind. */
  opening: Transfer;
  /** Opening /search/ and typing the first word. */
  first: TypedWord;
  /** Each later word typed into the emptied box in the same page. */
  later: TypedWord[];
}

/** How many result cards the search page shows at first. */
const CARDS_SHOWN = RESULTS_PAGE_SIZE;
/** After the results look complete, how long nothing may change before the search counts as finished. */
const QUIET_MS = 300;

/** Runs in the page before its own scripts: notes the last user input and the last change to the results area. */
function probe() {
  const state = { start: 0, mutated: 0, last: 0 };
  (window as unknown as { __bench: typeof state }).__bench = state;
  document.addEventListener(
    'input',
    () => {
      state.start = performance.now();
      state.mutated = 0;
      state.last = 0;
    },
    true,
  );
  // Watch the whole document: hydration may replace the results section, which would orphan an observer on it.
  new MutationObserver((records) => {
    const inResults = records.some((r) => {
      const node = r.target instanceof Element ? r.target : r.target.parentElement;
      return node?.closest('section[aria-labelledby="results-heading"]');
    });
    if (!inResults) return;
    state.mutated = performance.now();
    // The change is on screen at the next frame.
    requestAnimationFrame(() => {
      state.last = performance.now();
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** What the results area shows now, and when the user last acted and it last changed. */
interface View {
  now: number;
  start: number;
  /** When the results area last changed in the DOM. */
  mutated: number;
  /** The frame after that change was painted. */
  last: number;
  status: string;
  /** The result cards' links, in order: tells one list of results from another. */
  signature: string;
  cards: number;
  timedOut: boolean;
}

function readView(page: Page): Promise<Omit<View, 'timedOut'>> {
  return page.evaluate((selector) => {
    const b = (window as unknown as { __bench: { start: number; mutated: number; last: number } }).__bench;
    const section = document.querySelector(selector);
    const links = [...(section?.querySelectorAll('ul.cards > li h3 a') ?? [])].map((a) => a.getAttribute('href'));
    return {
      now: performance.now(),
      start: b.start,
      mutated: b.mutated,
      last: b.last,
      status: section?.querySelector('[role="status"]')?.textContent?.trim() ?? '',
      signature: links.join(' '),
      cards: section?.querySelectorAll('ul.cards > li').length ?? 0,
    };
  }, RESULTS);
}

/**
 * How many results the status line announces: the sentence with the count,
 * after whatever it says first about a correction or about fewer words ("No
 * activities mention “dementai”. Showing results for … 3 activities found.")
 * and before the notes on how it read the query ("On Tuesday only.").
 */
export function resultCount(status: string): number | null {
  const match = /(?:^|\.\s)(?:(No activities found)|([\d,]+) activit(?:y|ies) found)[^.]*(?:\.|$)/.exec(status);
  if (!match) return null;
  return match[1] ? 0 : Number(match[2]!.replace(/,/g, ''));
}

/**
 * Waits until the results area shows what `done` expects, with a card for
 * every result it announces (up to a page of them), nothing downloading and
 * nothing changing for QUIET_MS. Waiting for content rather than for quiet
 * alone matters: at 10,000 entries Pagefind's worker can compute for longer
 * than any quiet period while the page shows the previous results.
 */
async function settle(page: Page, meter: NetworkMeter, done: (view: Omit<View, 'timedOut'>) => boolean, timeoutMs = 30_000): Promise<View> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.waitForTimeout(40);
    const view = await readView(page);
    const count = resultCount(view.status);
    const complete = count !== null && view.cards === Math.min(count, CARDS_SHOWN);
    const painted = view.last > 0 && view.last >= view.mutated;
    const quiet = view.now - Math.max(view.start, view.last) >= QUIET_MS;
    if (complete && painted && quiet && done(view) && meter.inflight === 0) return { ...view, timedOut: false };
    if (Date.now() > deadline) return { ...view, timedOut: true };
  }
}

const showsEverything = (view: { status: string }) => /in total/.test(view.status);

function pagefindTransfer(snapshot: Snapshot): Transfer {
  return { raw: sum(snapshot.raw, PAGEFIND_KINDS), gzip: sum(snapshot.gzip, PAGEFIND_KINDS) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openMeasured(context: BrowserContext): Promise<{ page: Page; meter: NetworkMeter }> {
  const page = await context.newPage();
  await page.addInitScript(probe);
  return { page, meter: new NetworkMeter(page) };
}

async function runCase(page: Page, meter: NetworkMeter, query: BenchQuery, facets: readonly FacetDefinition[], pass: 1 | 2, everything: string): Promise<CaseResult> {
  // Start every search from the full, unfiltered list, exactly as first shown.
  const input = page.getByLabel('Search activities');
  const clearFilters = page.getByRole('button', { name: 'Clear all filters' });
  if ((await input.inputValue()) !== '') await input.fill('');
  if ((await clearFilters.count()) > 0) await clearFilters.click();
  await settle(page, meter, (v) => showsEverything(v) && v.signature === everything);

  const before = await meter.snapshot();
  const actions: (() => Promise<void>)[] = [];
  for (const [key, values] of Object.entries(query.filters)) {
    const group = page.getByRole('group', { name: facets.find((f) => f.key === key)?.label ?? key, exact: true });
    for (const value of values) actions.push(() => group.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(value)} \\(`) }).check());
  }
  if (query.text) actions.push(() => input.fill(query.text));
  let view: View | undefined;
  for (const [i, act] of actions.entries()) {
    const previous = await readView(page);
    await act();
    // Finished when the announced results or the cards differ from before. A step that leaves both as
    // they were cannot be told from one still running: it times out, and is reported without a time.
    const changed = (v: Omit<View, 'timedOut'>) => !showsEverything(v) && (v.status !== previous.status || v.signature !== previous.signature);
    view = await settle(page, meter, changed, i === actions.length - 1 ? 30_000 : 5_000);
  }
  const bytes = pagefindTransfer(since(await meter.snapshot(), before));
  return {
    pass,
    text: query.text,
    filters: query.filters,
    results: view ? resultCount(view.status) : null,
    ms: view && !view.timedOut ? view.last - view.start : null,
    debounced: query.text !== '',
    bytes,
  };
}

async function coldUrlSearch(browser: Browser, baseUrl: string, query: BenchQuery): Promise<SearchMeasurement['coldUrl']> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const { page, meter } = await openMeasured(context);
    const search = `/search/${serialiseSearchState({ query: query.text, filters: query.filters })}`;
    await page.goto(search);
    const view = await settle(page, meter, (v) => !showsEverything(v));
    // performance.now() counts from the start of navigation.
    return { search, ms: view.timedOut ? null : view.last, bytes: pagefindTransfer(await meter.snapshot()) };
  } finally {
    await context.close();
  }
}

function allTransfer(snapshot: Snapshot): Transfer {
  return { raw: sum(snapshot.raw), gzip: sum(snapshot.gzip) };
}

async function typeWord(page: Page, meter: NetworkMeter, word: string): Promise<Omit<TypedWord, 'bytes'>> {
  const previous = await readView(page);
  await page.getByLabel('Search activities').pressSequentially(word, { delay: KEY_DELAY_MS });
  const view = await settle(page, meter, (v) => !showsEverything(v) && (v.status !== previous.status || v.signature !== previous.signature));
  return { word, results: resultCount(view.status), ms: view.timedOut ? null : view.last - view.start };
}

/**
 * A first visit as a person makes it: open the search page, type a word
 * key by key (each key starts Pagefind's early search for what is typed so
 * far), then clear the box and type the next word.
 */
async function measureTyping(browser: Browser, baseUrl: string, words: readonly string[]): Promise<TypedWords> {
  const [firstWord, ...laterWords] = words;
  if (firstWord === undefined) throw new Error('measureTyping needs at least one word.');
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const { page, meter } = await openMeasured(context);
    await page.goto('/search/');
    const ready = await settle(page, meter, showsEverything);
    const opening = allTransfer(await meter.snapshot());
    const first = { ...(await typeWord(page, meter, firstWord)), bytes: allTransfer(await meter.snapshot()) };
    const later: TypedWord[] = [];
    for (const word of laterWords) {
      await page.getByLabel('Search activities').fill('');
      await settle(page, meter, (v) => showsEverything(v) && v.signature === ready.signature);
      const before = await meter.snapshot();
      const typed = await typeWord(page, meter, word);
      later.push({ ...typed, bytes: allTransfer(since(await meter.snapshot(), before)) });
    }
    return { keyDelayMs: KEY_DELAY_MS, opening, first, later };
  } finally {
    await context.close();
  }
}

/** The distinct first words of the queries that type something, in order. */
export function typedWords(queries: readonly BenchQuery[]): string[] {
  return [...new Set(queries.flatMap((q) => q.text.split(/\s+/).filter(Boolean).slice(0, 1)))];
}

export async function measureSearch(browser: Browser, baseUrl: string, queries: readonly BenchQuery[], facets: readonly FacetDefinition[]): Promise<SearchMeasurement> {
  if (queries.length === 0) throw new Error('measureSearch needs at least one query.');
  const coldUrl = await coldUrlSearch(browser, baseUrl, queries[0]!);
  const typed = await measureTyping(browser, baseUrl, typedWords(queries));
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const { page, meter } = await openMeasured(context);
    await page.goto('/search/');
    const ready = await settle(page, meter, showsEverything);
    const load = await meter.snapshot();
    const cases: CaseResult[] = [];
    for (const pass of [1, 2] as const) {
      for (const query of queries) cases.push(await runCase(page, meter, query, facets, pass, ready.signature));
    }
    const total = await meter.snapshot();
    const first = cases[0]!.bytes;
    const opening = pagefindTransfer(load);
    return {
      readyMs: ready.timedOut ? null : ready.last,
      load,
      firstSearch: { raw: opening.raw + first.raw, gzip: opening.gzip + first.gzip },
      filterBytes: { raw: total.raw.filter, gzip: total.gzip.filter },
      coldUrl,
      cases,
      typed,
    };
  } finally {
    await context.close();
  }
}
