import { describe, expect, it } from 'vitest';
import type { Address, Locate, Timers } from '../../src/lib/search/browser.ts';
import { createSearchController, LOAD_ERROR, LOADING, KEY_GAP_MARGIN_MS, PREFETCH_AFTER_MS, TYPING_PAUSE_MS, type SearchView } from '../../src/lib/search/controller.ts';
import type { Point } from '../../src/lib/search/distance.ts';
import { decodeFacetIndex, type FacetIndex } from '../../src/lib/search/facet-file/decode.ts';
import { encodeFacetIndex } from '../../src/lib/search/facet-file/encode.ts';
import type { Pagefind, PagefindResponse, PagefindResultData, PagefindSearchOptions } from '../../src/lib/search/pagefind.ts';
import type { NeedVocabulary } from '../../src/lib/search/need-words.ts';
import { decodePageFacts, decodePagePositions, encodePageFacts, encodePagePositions } from '../../src/lib/search/page-facts.ts';
import type { PlaceTable } from '../../src/lib/search/places.ts';
import { cardFilters, searchRecord } from '../../src/lib/search/record.ts';
import { indexWordSource, needWordList } from '../../src/lib/search/site-files.ts';
import { collectIndexWords, wordListParts } from '../../src/lib/search/words/extract.ts';
import { encodeWordList, wordPartFile, WORDS_FILE } from '../../src/lib/search/words/word-list.ts';
// Loaded before any test, as the page has its chunk by the time anyone types: the fake clock alone then decides.
import '../../src/lib/search/words/match.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search/url-state.ts';

/** Lets every promise chain that can settle do so (setImmediate runs after all pending microtasks). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** Timers on a clock that moves only when told to. */
class FakeClock implements Timers {
  private time = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; run: () => void }>();
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.due.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.due.delete(handle as number);
  };
  now = () => this.time;
  /** Runs, in time order, every timer due within `ms`, letting promises settle after each. */
  async advance(ms: number) {
    const end = this.time + ms;
    await settle();
    for (;;) {
      const [id, timer] = [...this.due].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0] ?? [];
      if (id === undefined || !timer) break;
      this.due.delete(id);
      this.time = timer.at;
      timer.run();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

interface Page {
  id: string;
  title: string;
  text: string;
  facets: Record<string, string[]>;
  position?: Point;
  stale?: boolean;
  paused?: boolean;
  /** The page's address is /activities/<slug>/ (its id when unset). */
  slug?: string;
}

/**
 * Pagefind as its browser API behaves: searches answer after a while on the
 * clock, a term matches pages with every word, `null` matches every page in
 * the sort asked for, and each result's details are one more request.
 */
class FakePagefind implements Pagefind {
  searches: (string | null)[] = [];
  preloads: string[] = [];
  /** Result ids whose details were asked for, in order. */
  fetched: string[] = [];
  failSearches = false;
  failDetails = new Set<string>();
  searchMs = 30;
  constructor(
    private readonly pages: readonly Page[],
    private readonly clock: FakeClock,
  ) {}
  options = async () => undefined;
  init = async () => undefined;
  preload = async (term: string) => {
    this.preloads.push(term);
  };
  search = (term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindResponse> => {
    this.searches.push(term);
    // A quoted term is Pagefind's exact search: whole words only.
    const exact = /^".+"$/.test(term ?? '');
    const words = (term ?? '').replace(/^"|"$/g, '').toLowerCase().split(/\s+/).filter(Boolean);
    const has = (text: string, w: string) => (exact ? text.split(/[^a-z0-9]+/).includes(w) : text.includes(w));
    let hits = this.pages.filter((p) => words.every((w) => has(`${p.title} ${p.text}`.toLowerCase(), w)));
    if (term === null && options.sort?.title) hits = [...hits].sort((a, b) => a.title.localeCompare(b.title));
    const failing = this.failSearches;
    return new Promise((resolve, reject) =>
      this.clock.setTimeout(() => {
        if (failing) reject(new Error('search failed'));
        else resolve({ results: hits.map((p) => ({ id: p.id, data: () => this.details(p) })) });
      }, this.searchMs),
    );
  };
  private async details(page: Page): Promise<PagefindResultData> {
    this.fetched.push(page.id);
    if (this.failDetails.has(page.id)) throw new Error(`404 fetching fragment ${page.id}`);
    // As the page writes its record: the card's fields among the filters.
    const record = searchRecord({
      title: page.title, when: 'Mondays', where: 'Hall', cost: 'Free', stale: page.stale === true, paused: page.paused === true,
      latitude: page.position?.latitude, longitude: page.position?.longitude, filters: page.facets,
    });
    return { url: `/activities/${page.slug ?? page.id}/`, meta: { title: record.meta.title }, filters: { ...record.filters, ...cardFilters(record.card) }, excerpt: '' };
  }
}

const INDEX = 'en-gb_8e8e275a2c91b';
const DAYS = ['Monday', 'Tuesday', 'Saturday'];

/** `n` pages, a fifth of them about walking, each on one day, every other one free. */
function makePages(n: number): Page[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `en-gb_${(0x1000 + i).toString(16)}`,
    title: `Activity ${String(i).padStart(4, '0')}`,
    text: i % 5 === 0 ? 'a walking group' : 'a knitting circle',
    facets: { day: [DAYS[i % 3]!], cost: [i % 2 === 0 ? 'Free' : 'Paid'] },
    ...(i % 4 === 3 ? {} : { position: { latitude: 51 + i / 100, longitude: 0 } }),
  }));
}

interface SetupOptions {
  pages?: Page[];
  search?: string;
  locate?: Locate;
  vocabulary?: NeedVocabulary;
  places?: PlaceTable;
  postcodeExample?: { postcode: string; district: string };
}

function setup({ pages = makePages(25), search = '', locate, vocabulary = { needs: [] }, places = {}, postcodeExample }: SetupOptions = {}) {
  const clock = new FakeClock();
  const pagefind = new FakePagefind(pages, clock);
  const addresses: string[] = [];
  const address: Address = { read: () => search, replace: (s) => addresses.push(s) };
  let selections = 0;
  let failFilterFile = false;
  let filterFileLoads = 0;
  const loadFacetIndex = async (): Promise<FacetIndex> => {
    filterFileLoads++;
    if (failFilterFile) throw new Error('The search filters could not load (HTTP 404).');
    const index = decodeFacetIndex(encodeFacetIndex(pages, INDEX));
    const select = index.select.bind(index);
    index.select = ((...args: Parameters<typeof select>) => {
      selections++;
      return select(...args);
    }) as typeof index.select;
    return index;
  };
  // The real word list of the pages' text and its parts, as the build writes them from Pagefind's fragments.
  const indexed = collectIndexWords(pages.map((p) => ({ content: `${p.title} ${p.text}`, meta: { title: p.title } })));
  const wordFiles = new Map([[WORDS_FILE, encodeWordList(indexed)], ...[...wordListParts(indexed)].map(([part, text]) => [wordPartFile(part), text] as const)]);
  const wordFilesFetched: string[] = [];
  let placeLoads = 0;
  const pageFacts = () => {
    const index = decodeFacetIndex(encodeFacetIndex(pages, INDEX));
    return { rows: index.rows, facts: pages.map((p) => ({ row: index.pageNumber(p.id)!, position: p.position, outOfDate: p.stale === true, paused: p.paused === true })) };
  };
  let positionLoads = 0;
  const loadPageFacts = async () => {
    const { rows, facts } = pageFacts();
    return decodePageFacts(encodePageFacts(facts, rows, INDEX));
  };
  const loadPagePositions = async () => {
    positionLoads++;
    const { rows, facts } = pageFacts();
    return decodePagePositions(encodePagePositions(facts, rows, INDEX));
  };
  let pagefindFails = false;
  const controller = createSearchController({
    facetKeys: ['day', 'cost'],
    loadPagefind: async () => {
      if (pagefindFails) throw new Error('pagefind.js: 404');
      return pagefind;
    },
    loadFacetIndex,
    indexWords: indexWordSource(async (file) => {
      wordFilesFetched.push(file);
      return wordFiles.get(file)!;
    }),
    loadNeedWords: async () => ({ vocabulary, words: await needWordList(vocabulary) }),
    loadPlaces: async () => {
      placeLoads++;
      return places;
    },
    loadPageFacts,
    loadPagePositions,
    timers: clock,
    address,
    locate,
    postcodeExample,
  });
  const views: SearchView[] = [];
  controller.subscribe((v) => views.push(v));
  return {
    clock,
    pagefind,
    controller,
    addresses,
    views,
    view: () => controller.snapshot(),
    titles: () => controller.snapshot().cards.map((c) => c.title),
    selections: () => selections,
    filterFileLoads: () => filterFileLoads,
    failFilterFile: (fail: boolean) => (failFilterFile = fail),
    failPagefind: () => (pagefindFails = true),
    placeLoads: () => placeLoads,
    positionLoads: () => positionLoads,
    wordFilesFetched,
  };
}

async function started(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  s.controller.start();
  await s.clock.advance(100);
  return s;
}

const walkingTitles = (pages: Page[]) => pages.filter((p) => p.text.includes('walking')).map((p) => p.title);

describe('the search controller', () => {
  it('starts from the address, and with no criteria shows every activity A to Z, a page at a time', async () => {
    const pages = makePages(25).reverse();
    const s = setup({ pages });
    expect(s.view().started).toBe(false);
    s.controller.start();
    expect(s.view()).toMatchObject({ started: true, ready: false, cards: [] });
    await s.clock.advance(100);
    expect(s.pagefind.searches).toEqual([null]);
    expect(s.view().ready).toBe(true);
    expect(s.view().announcement).toBe('25 activities found in total.');
    const sorted = pages.map((p) => p.title).sort();
    expect(s.titles()).toEqual(sorted.slice(0, RESULTS_PAGE_SIZE));
    // Only the cards on screen cost a request for their details.
    expect(s.pagefind.fetched).toHaveLength(RESULTS_PAGE_SIZE);
    s.controller.showMore();
    await s.clock.advance(0);
    expect(s.titles()).toEqual(sorted.slice(0, 2 * RESULTS_PAGE_SIZE));
    expect(s.view().found).toBe(25);
  });

  it('says it is loading until the first search is on screen, not only until Pagefind has started', async () => {
    const s = setup();
    s.controller.start();
    expect(s.view().announcement).toBe(LOADING);
    // Pagefind has started; its first search takes a while yet.
    await s.clock.advance(s.pagefind.searchMs / 2);
    expect(s.view()).toMatchObject({ ready: true, found: null, announcement: LOADING });
    await s.clock.advance(s.pagefind.searchMs);
    expect(s.view().announcement).toBe('25 activities found in total.');
  });

  it('says how many "Show more" leaves on screen, and which card it added first, for the focus', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    const sorted = pages.map((p) => p.title).sort();
    s.controller.showMore();
    expect(s.view()).toMatchObject({ loadingMore: true, more: null });
    await s.clock.advance(0);
    expect(s.view().loadingMore).toBe(false);
    const first = s.view().cards.find((c) => c.id === s.view().more?.firstAdded);
    expect(first?.title).toBe(sorted[RESULTS_PAGE_SIZE]);
    expect(s.view().more?.said).toBe(`Showing ${2 * RESULTS_PAGE_SIZE} of 25 activities.`);
    // A new search starts again from its own first page, with nothing said about paging.
    s.controller.toggle('day', 'Monday');
    await s.clock.advance(0);
    expect(s.view().more).toBeNull();
  });

  it('reads a shared search from the address and writes back its tidy form', async () => {
    const pages = makePages(25);
    const s = await started({ pages, search: '?q=+walking+&day=Saturday&day=Saturday&other=x' });
    expect(s.view().state).toEqual({ query: 'walking', filters: { day: ['Saturday'] } });
    expect(s.addresses[0]).toBe('?q=walking&day=Saturday');
    await s.clock.advance(TYPING_PAUSE_MS);
    const expected = pages.filter((p) => p.text.includes('walking') && p.facets.day!.includes('Saturday')).map((p) => p.title);
    expect(expected.length).toBeGreaterThan(0);
    expect(s.titles()).toEqual(expected.slice(0, RESULTS_PAGE_SIZE));
    expect(s.view().announcement).toBe(`${expected.length} activities found.`);
  });

  it('keeps and searches what was typed into the boxes before it started, over the address', async () => {
    const pages = makePages(25);
    const s = setup({ pages, search: '?q=knitting&day=Saturday' });
    s.controller.start({ query: 'walking', near: '' });
    await s.clock.advance(100 + TYPING_PAUSE_MS);
    expect(s.view().state).toEqual({ query: 'walking', filters: { day: ['Saturday'] } });
    expect(s.addresses[0]).toBe('?q=walking&day=Saturday');
    expect(s.view().found).toBe(pages.filter((p) => p.text.includes('walking') && p.facets.day!.includes('Saturday')).length);
  });

  it('asks for the filter alone when the words beside a day say nothing else', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    s.controller.type('something to do on a saturday');
    await s.clock.advance(TYPING_PAUSE_MS);
    const expected = pages.filter((p) => p.facets.day!.includes('Saturday')).map((p) => p.title).sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(s.titles().sort()).toEqual(expected);
    expect(s.view().explanation).toBe('On Saturday only');
  });

  it('searches at once as the reader types, but shows the results only when the typing pauses', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    s.controller.type('walking');
    // Once the word list's part for "w" has come, which needs no time on the clock.
    await s.clock.advance(0);
    expect(s.pagefind.searches).toEqual([null, 'walking']);
    expect(s.view().state.query).toBe('walking');
    await s.clock.advance(TYPING_PAUSE_MS - 1);
    expect(s.view().announcement).toBe('25 activities found in total.');
    await s.clock.advance(1);
    expect(s.addresses.at(-1)).toBe('?q=walking');
    expect(s.view().announcement).toBe(`${walkingTitles(pages).length} activities found.`);
    expect(s.titles()).toEqual(walkingTitles(pages).slice(0, RESULTS_PAGE_SIZE));
  });

  it('puts what is typed in the address once the typing pauses, not at every key', async () => {
    const s = await started();
    const before = s.addresses.length;
    for (const typed of ['w', 'wa', 'wal', 'walk']) {
      s.controller.type(typed);
      await s.clock.advance(100);
    }
    expect(s.addresses.length).toBe(before);
    await s.clock.advance(TYPING_PAUSE_MS);
    expect(s.addresses.slice(before)).toEqual(['?q=walk']);
    // A tick is not typing: the address follows it at once.
    s.controller.toggle('day', 'Saturday');
    expect(s.addresses.at(-1)).toBe('?q=walk&day=Saturday');
  });

  it('runs one early search at a time, preloading the words typed meanwhile, and searches the last words once', async () => {
    const s = await started();
    s.controller.type('wal');
    await s.clock.advance(10);
    s.controller.type('walk');
    s.controller.type('walki');
    expect(s.pagefind.searches).toEqual([null, 'wal']);
    expect(s.pagefind.preloads).toEqual(['walk', 'walki']);
    await s.clock.advance(30);
    s.controller.type('walkin');
    expect(s.pagefind.searches).toEqual([null, 'wal', 'walkin']);
    await s.clock.advance(TYPING_PAUSE_MS);
    // The pause's end reuses the early search for the same words.
    expect(s.pagefind.searches).toEqual([null, 'wal', 'walkin']);
    expect(s.view().state.query).toBe('walkin');
    expect(s.view().announcement).toMatch(/found\.$/);
  });

  it('searches a word being typed early only from three letters, and whatever is typed when the pause ends', async () => {
    const s = await started();
    s.controller.type('w');
    s.controller.type('wa');
    await s.clock.advance(TYPING_PAUSE_MS - 1);
    expect(s.pagefind.searches).toEqual([null]);
    expect(s.pagefind.preloads).toEqual([]);
    await s.clock.advance(1);
    expect(s.pagefind.searches).toEqual([null, 'wa']);
    await s.clock.advance(100);
    expect(s.view().announcement).toMatch(/found\.$/);
    // A finished word is searched early whatever its length; so is the next word from three letters.
    s.controller.type('wa ');
    expect(s.pagefind.searches.at(-1)).toBe('wa ');
    s.controller.type('wa wa');
    s.controller.type('wa wal');
    expect(s.pagefind.searches.at(-1)).toBe('wa ');
    expect(s.pagefind.preloads).toEqual(['wa wal']);
  });

  it('searches early for the words the search after the pause asks for, without its filter words', async () => {
    // "tuesday" is on a page, so the word list would let an early search for it through.
    const pages = [{ id: 'en-gb_b1', title: 'Canal walk', text: 'a walk every tuesday', facets: { day: ['Tuesday'] } }];
    const s = await started({ pages });
    s.controller.type('walk tuesday');
    s.controller.type('walk tuesday ');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.pagefind.searches.filter((t) => t !== null)).toEqual(['walk']);
  });

  it('fetches the first page of details part way through the pause, and none for words typed on before then', async () => {
    const pages = makePages(60);
    const s = await started({ pages });
    const before = s.pagefind.fetched.length;
    s.controller.type('walk');
    await s.clock.advance(PREFETCH_AFTER_MS - 10);
    // A key after the reader's own pause: how fast they type is not known, so the details come at the usual time.
    await s.clock.advance(TYPING_PAUSE_MS);
    const pausedAt = s.pagefind.fetched.length;
    s.controller.type('walki');
    await s.clock.advance(PREFETCH_AFTER_MS - KEY_GAP_MARGIN_MS - 10);
    expect(s.pagefind.fetched.length).toBe(pausedAt);
    s.controller.type('walking');
    await s.clock.advance(PREFETCH_AFTER_MS - 1);
    // The last gap between keys, and the margin, is shorter than the usual wait: still the usual wait.
    expect(s.pagefind.fetched.length).toBe(pausedAt);
    await s.clock.advance(1);
    const firstPage = pages.filter((p) => p.text.includes('walking')).slice(0, RESULTS_PAGE_SIZE).map((p) => p.id);
    expect(s.pagefind.fetched.slice(pausedAt)).toEqual(firstPage);
    // Still in the pause: nothing shown yet.
    expect(s.view().state.query).toBe('walking');
    expect(s.view().announcement).toMatch(/found\.$/);
    expect(before).toBeLessThan(pausedAt);
  });

  it('fetches details only after a longer wait than the reader leaves between keys, so none for keys typed on', async () => {
    const pages = makePages(60);
    const s = await started({ pages });
    const gap = 150;
    s.controller.type('wal');
    await s.clock.advance(gap);
    s.controller.type('walk');
    await s.clock.advance(gap);
    s.controller.type('walki');
    await s.clock.advance(gap);
    s.controller.type('walking');
    const before = s.pagefind.fetched.length;
    // No details while a key could still come at the reader's pace...
    await s.clock.advance(gap + KEY_GAP_MARGIN_MS - 1);
    expect(s.pagefind.fetched.length).toBe(before);
    // ...then the first page, before the pause ends.
    await s.clock.advance(1);
    const firstPage = pages.filter((p) => p.text.includes('walking')).slice(0, RESULTS_PAGE_SIZE).map((p) => p.id);
    expect(s.pagefind.fetched.slice(before)).toEqual(firstPage);
    expect(s.view().announcement).toBe('60 activities found in total.');
    await s.clock.advance(TYPING_PAUSE_MS);
    expect(s.view().cards.map((c) => c.id)).toEqual(firstPage);
  });

  it('leaves the details to the pause\'s end for a reader slower than that between keys', async () => {
    const pages = makePages(60);
    const s = await started({ pages });
    s.controller.type('walkin');
    await s.clock.advance(TYPING_PAUSE_MS - KEY_GAP_MARGIN_MS);
    s.controller.type('walking');
    const before = s.pagefind.fetched.length;
    await s.clock.advance(TYPING_PAUSE_MS - 1);
    expect(s.pagefind.fetched.length).toBe(before);
    await s.clock.advance(1);
    expect(s.pagefind.fetched.length).toBe(before + RESULTS_PAGE_SIZE);
    expect(s.view().cards).toHaveLength(RESULTS_PAGE_SIZE);
  });

  it('matches the search part way through the pause, so only the details are left when it ends', async () => {
    const s = await started();
    s.controller.type('walkin');
    await s.clock.advance(TYPING_PAUSE_MS - KEY_GAP_MARGIN_MS);
    s.controller.type('walking');
    await s.clock.advance(PREFETCH_AFTER_MS - 1);
    const before = s.selections();
    await s.clock.advance(1 + 30);
    expect(s.selections()).toBe(before + 1);
    await s.clock.advance(TYPING_PAUSE_MS);
    expect(s.selections()).toBe(before + 1);
  });

  it('matches a search state once, shared by the prefetch and the results', async () => {
    const s = await started();
    s.controller.toggle('day', 'Monday');
    await s.clock.advance(0);
    const afterTick = s.selections();
    expect(afterTick).toBe(1);
    s.controller.type('walking');
    await s.clock.advance(TYPING_PAUSE_MS);
    expect(s.selections()).toBe(afterTick + 1);
    expect(s.pagefind.searches.filter((t) => t === 'walking')).toHaveLength(1);
  });

  it('filters by the ticked values, counts each value with the other filters applied, and clears them', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    s.controller.toggle('day', 'Saturday');
    s.controller.toggle('cost', 'Free');
    expect(s.addresses.at(-1)).toBe('?day=Saturday&cost=Free');
    await s.clock.advance(0);
    const expected = pages.filter((p) => p.facets.day![0] === 'Saturday' && p.facets.cost![0] === 'Free');
    expect(s.view().found).toBe(expected.length);
    expect(s.titles()).toEqual(expected.map((p) => p.title).slice(0, RESULTS_PAGE_SIZE));
    // Monday's count: free activities on Mondays, whatever is ticked under Day.
    expect(s.view().counts.day!.Monday).toBe(pages.filter((p) => p.facets.day![0] === 'Monday' && p.facets.cost![0] === 'Free').length);
    expect(s.view().counts.cost!.Paid).toBe(pages.filter((p) => p.facets.day![0] === 'Saturday' && p.facets.cost![0] === 'Paid').length);
    s.controller.toggle('day', 'Saturday');
    expect(s.view().state.filters).toEqual({ cost: ['Free'] });
    s.controller.clearFilters();
    expect(s.view().state.filters).toEqual({});
    await s.clock.advance(0);
    expect(s.view().announcement).toBe('25 activities found in total.');
    expect(s.view().counts).toEqual({});
  });

  it('says so when nothing matches', async () => {
    const s = await started();
    s.controller.type('qqxxzz');
    await s.clock.advance(TYPING_PAUSE_MS);
    expect(s.view()).toMatchObject({ found: 0, announcement: 'No activities found.', cards: [] });
  });

  it('sorts by distance from the reader, nearest first and unplaced last, and back again', async () => {
    const pages = makePages(25);
    const me = { latitude: 51.2, longitude: 0 };
    const s = await started({ pages, locate: async () => me });
    const before = s.pagefind.fetched.length;
    s.controller.sortByDistance();
    expect(s.view().locationNote).toBe('Finding your location…');
    await s.clock.advance(0);
    expect(s.view().nearMe).toBe(true);
    expect(s.view().locationNote).toMatch(/^Sorted by distance from you/);
    // The page positions order the results: only the cards shown need their details.
    expect(s.pagefind.fetched.length - before).toBeLessThanOrEqual(RESULTS_PAGE_SIZE);
    expect(s.positionLoads()).toBe(1);
    const cards = s.view().cards;
    expect(cards).toHaveLength(RESULTS_PAGE_SIZE);
    expect(cards[0]!.title).toBe(pages[20]!.title);
    const miles = cards.map((c) => c.miles!);
    expect(miles.every((m) => m !== undefined)).toBe(true);
    expect([...miles].sort((a, b) => a - b)).toEqual(miles);
    s.controller.showMore();
    s.controller.showMore();
    await s.clock.advance(0);
    const all = s.view().cards;
    const unplaced = pages.filter((p) => !p.position).map((p) => p.title);
    expect(all.slice(-unplaced.length).map((c) => [c.title, c.miles])).toEqual(all.slice(-unplaced.length).map((c) => [c.title, undefined]));
    expect(new Set(all.slice(-unplaced.length).map((c) => c.title))).toEqual(new Set(unplaced));
    s.controller.stopSortingByDistance();
    await s.clock.advance(0);
    expect(s.view()).toMatchObject({ nearMe: false, locationNote: 'Back to the usual order.' });
    expect(s.titles()).toEqual(pages.map((p) => p.title).slice(0, 3 * RESULTS_PAGE_SIZE));
  });

  it('keeps the usual order when the position is not shared, or cannot be', async () => {
    const refused = await started({ locate: () => Promise.reject(new Error('denied')) });
    refused.controller.sortByDistance();
    await refused.clock.advance(0);
    expect(refused.view()).toMatchObject({ nearMe: false, locationNote: 'Your location was not shared, so results stay in the usual order.' });
    const without = await started();
    without.controller.sortByDistance();
    expect(without.view()).toMatchObject({ nearMe: false, locationNote: 'This browser cannot share its location.' });
  });

  it('sorts however many results there are by distance, fetching only the details shown, and keeps sorting a new search', async () => {
    const pages = makePages(1200);
    const me = { latitude: 75, longitude: 0 };
    const s = await started({ pages, locate: async () => me });
    const before = s.pagefind.fetched.length;
    s.controller.sortByDistance();
    await s.clock.advance(0);
    expect(s.pagefind.fetched.length - before).toBeLessThanOrEqual(RESULTS_PAGE_SIZE);
    // The northernmost placed page is nearest a reader further north than every page.
    const placed = pages.filter((p) => p.position);
    expect(s.view().cards[0]!.title).toBe(placed.at(-1)!.title);
    s.controller.type('walking');
    await s.clock.advance(TYPING_PAUSE_MS);
    const walking = placed.filter((p) => p.text.includes('walking'));
    expect(s.view().cards[0]!.title).toBe(walking.at(-1)!.title);
    expect(s.view().cards.map((c) => c.miles)).toEqual([...s.view().cards.map((c) => c.miles!)].sort((a, b) => a - b));
  });

  it('reads each card’s activity id from its address, for the shortlist', async () => {
    const pages = makePages(3).map((p, i) => ({ ...p, slug: ['tuesday-walk', 'sub/choir', 'caf%C3%A9-club'][i]! }));
    const s = await started({ pages });
    expect(s.view().cards.map((c) => c.activityId).sort()).toEqual(['café-club', 'sub/choir', 'tuesday-walk']);
  });
});

describe('the search controller when part of the search fails', () => {
  const showsError = (view: SearchView) => {
    expect(view.error).toBe(LOAD_ERROR);
    expect(view.cards).toEqual([]);
    expect(view.found).toBeNull();
  };

  it('says search could not load when Pagefind cannot', async () => {
    const s = setup();
    s.failPagefind();
    s.controller.start();
    await s.clock.advance(100);
    showsError(s.view());
    expect(s.view().ready).toBe(false);
  });

  it('replaces the last results with the error when a search fails, and recovers on the next', async () => {
    const s = await started();
    expect(s.view().cards).toHaveLength(RESULTS_PAGE_SIZE);
    s.pagefind.failSearches = true;
    s.controller.type('walking');
    await s.clock.advance(TYPING_PAUSE_MS);
    showsError(s.view());
    const walkingSearches = () => s.pagefind.searches.filter((t) => t === 'walking').length;
    const failed = walkingSearches();
    s.pagefind.failSearches = false;
    s.controller.type('walking ');
    s.controller.type('walking');
    await s.clock.advance(TYPING_PAUSE_MS);
    // The failed search was not kept: the same words are searched again.
    expect(walkingSearches()).toBe(failed + 1);
    expect(s.view().error).toBeNull();
    expect(s.view().cards.length).toBeGreaterThan(0);
  });

  it('replaces the last results with the error when a result’s details cannot be fetched', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    expect(s.view().cards).toHaveLength(RESULTS_PAGE_SIZE);
    s.pagefind.failDetails.add(pages.find((p) => p.text.includes('walking'))!.id);
    s.controller.type('walking');
    await s.clock.advance(TYPING_PAUSE_MS);
    showsError(s.view());
    expect(s.view().announcement).toBe('');
  });

  it('fails the same way when "Show more" cannot fetch the next page', async () => {
    const pages = makePages(25);
    const s = await started({ pages });
    const sorted = [...pages].sort((a, b) => a.title.localeCompare(b.title));
    s.pagefind.failDetails.add(sorted[RESULTS_PAGE_SIZE]!.id);
    s.controller.showMore();
    await s.clock.advance(0);
    showsError(s.view());
  });

  it('says search could not load when the filter file cannot, and loads it again for the next search', async () => {
    const s = await started();
    s.failFilterFile(true);
    s.controller.toggle('day', 'Monday');
    await s.clock.advance(0);
    showsError(s.view());
    s.failFilterFile(false);
    s.controller.toggle('cost', 'Free');
    await s.clock.advance(0);
    expect(s.filterFileLoads()).toBe(2);
    expect(s.view().error).toBeNull();
    expect(s.view().found).toBeGreaterThan(0);
  });

  it('does nothing more once stopped', async () => {
    const s = await started();
    s.controller.type('walking');
    const seen = s.views.length;
    s.controller.stop();
    await s.clock.advance(1_000);
    expect(s.views.length).toBe(seen);
    expect(s.pagefind.fetched).toHaveLength(RESULTS_PAGE_SIZE);
  });
});

/** A small directory for finding the right activity: words, needs, places. */
function findPages(): Page[] {
  return [
    { id: 'en-gb_a1', title: 'Friday lunch club', text: 'a hot meal and good company every week', facets: { category: ['Social and befriending'], area: ['Millbrook'] }, position: { latitude: 53.7, longitude: -1.5 } },
    { id: 'en-gb_a2', title: 'Memory cafe', text: 'for people living with dementia and their carers', facets: { category: ['Health conditions'], area: ['Millbrook'] }, position: { latitude: 53.75, longitude: -1.5 } },
    { id: 'en-gb_a3', title: 'Chatterbox befriending calls', text: 'a weekly friendly phone call', facets: { category: ['Health conditions'], area: ['Online'] } },
    { id: 'en-gb_a4', title: 'Canal walk', text: 'a gentle walk with company', facets: { category: ['Walking'], area: ['Millbrook'] }, position: { latitude: 53.71, longitude: -1.5 } },
    { id: 'en-gb_a5', title: 'Old walk', text: 'a gentle walk, details not checked lately', facets: { category: ['Walking'], area: ['Millbrook'] }, position: { latitude: 53.9, longitude: -1.5 }, stale: true },
    { id: 'en-gb_a6', title: 'Walk', text: 'the walk the whole town knows', facets: { category: ['Walking'], area: ['Millbrook'] }, position: { latitude: 54.5, longitude: -1.5 } },
  ];
}

const LONELINESS: NeedVocabulary = {
  needs: [{ label: 'loneliness', words: ['lonely', 'isolated'], categories: ['social'], also_match: ['befriending'] }],
};
const PLACES: PlaceTable = { 'AV4 2NB': [53.7, -1.5], 'AV4 2': [53.7, -1.5], AV4: [53.72, -1.5], AV: [53.72, -1.5] };

async function searchFor(query: string, options: SetupOptions = {}) {
  const s = await started({ pages: findPages(), vocabulary: LONELINESS, places: PLACES, ...options });
  s.controller.type(query);
  await s.clock.advance(TYPING_PAUSE_MS + 100);
  return s;
}

describe('finding the right activity for a patient', () => {
  it('finds nothing for a word no activity has, rather than pages with a shorter word', async () => {
    // The fake, like Pagefind's fallback, would match "a" inside "autism": the word list stops it.
    const s = await searchFor('autism');
    expect(s.view()).toMatchObject({ found: 0, cards: [], unmatched: ['autism'], announcement: 'No activities found.' });
    expect(s.pagefind.searches).not.toContain('autism');
  });

  it('narrows by every word: one word the index lacks empties the direct matches', async () => {
    const s = await searchFor('walk autism');
    expect(s.view()).toMatchObject({ found: 0, cards: [], unmatched: ['autism'] });
    const both = await searchFor('gentle walk');
    expect(both.titles().sort()).toEqual(['Canal walk', 'Old walk']);
  });

  it('fetches only the parts of the word list a search needs, and the whole list only for a correction', async () => {
    const s = await started({ pages: findPages(), vocabulary: LONELINESS, places: PLACES });
    expect(s.wordFilesFetched).toEqual([]);
    s.controller.type('memory');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.wordFilesFetched).toEqual(['words-m.txt']);
    // A need's own words are checked too: "lonely" adds "befriending".
    s.controller.type('lonely');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.wordFilesFetched).toEqual(['words-m.txt', 'words-l.txt', 'words-b.txt']);
    s.controller.type('dementai');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.view().showingFor).toBe('dementia');
    expect(s.wordFilesFetched).toEqual(['words-m.txt', 'words-l.txt', 'words-b.txt', 'words-d.txt', 'words.txt']);
  });

  it('shows what the correction finds when a misspelling finds nothing, and says so', async () => {
    const s = await searchFor('dementai');
    expect(s.view()).toMatchObject({ found: 1, unmatched: ['dementai'], showingFor: 'dementia' });
    expect(s.titles()).toEqual(['Memory cafe']);
    expect(s.view().announcement).toBe('No activities mention “dementai”. Showing results for “dementia” instead. 1 activity found.');
    // The address keeps what was typed: the reader's words are theirs to change.
    expect(s.addresses.at(-1)).toBe('?q=dementai');
    const both = await searchFor('gentel walk');
    expect(both.view().showingFor).toBe('gentle walk');
    expect(both.titles().sort()).toEqual(['Canal walk', 'Old walk']);
  });

  it('corrects a mistyped need-word too, and widens the search as the need does', async () => {
    const s = await searchFor('lonley');
    expect(s.view()).toMatchObject({ showingFor: 'lonely', explanation: 'Showing activities for loneliness: Social and befriending' });
    expect(s.titles().sort()).toEqual(['Chatterbox befriending calls', 'Friday lunch club']);
  });

  it('shows fewer of the words, the telling ones kept, when no activity has them all, and says so', async () => {
    // "dementia" is on one page and "walk" on three, none with both: the walks are not what was asked for.
    const s = await searchFor('dementia walk');
    expect(s.view()).toMatchObject({ found: 1, unmatched: [], notTogether: 'dementia walk', showingFor: 'dementia', orSearchFor: ['walk'] });
    expect(s.titles()).toEqual(['Memory cafe']);
    expect(s.view().announcement).toBe('No activity matches all of “dementia walk”. Showing results for “dementia” instead. 1 activity found.');
    expect(s.addresses.at(-1)).toBe('?q=dementia+walk');
    // A word on no page at all is the reader's need: nothing is shown in its place.
    const missing = await searchFor('dementia swimming');
    expect(missing.view()).toMatchObject({ found: 0, unmatched: ['swimming'], notTogether: null, showingFor: null });
    // Words found together are searched together, as ever.
    const together = await searchFor('gentle walk');
    expect(together.view()).toMatchObject({ found: 2, notTogether: null, showingFor: null, orSearchFor: [] });
    // Near a postcode, what is offered instead keeps it.
    const near = await searchFor('dementia walk AV4 2NB');
    expect(near.view()).toMatchObject({ showingFor: 'dementia', placeLabel: 'AV4 2NB', orSearchFor: ['walk AV4 2NB'] });
  });

  it('leaves out the words that say who is asking, not what for', async () => {
    // "something" is on no page here and "for", "with" on one: searched for, they would narrow or empty it.
    const s = await searchFor('something for my mum with dementia');
    expect(s.view()).toMatchObject({ found: 1, unmatched: [], showingFor: null, announcement: '1 activity found.' });
    expect(s.titles()).toEqual(['Memory cafe']);
    expect(s.pagefind.searches).toContain('dementia');
    expect(s.pagefind.searches.filter((t) => t?.includes('mum'))).toEqual([]);
    // With a need, what the other words find is narrowed to the need's activities: "looking for" must not empty it.
    const lonely = await searchFor('lonely looking for company');
    expect(lonely.titles()).toEqual(['Friday lunch club']);
    // A word for a person is searched where an activity mentions it: "their carers".
    const carers = await searchFor('their carers');
    expect(carers.titles()).toEqual(['Memory cafe']);
    // Where "mum" is a need-word for families, "my mum" is still who it is for, not a search for families.
    const families = { label: 'families', words: ['mum', 'mums'], categories: ['social' as const] };
    const withFamilies = await searchFor('something for my mum with dementia', { vocabulary: { needs: [...LONELINESS.needs, families] } });
    expect(withFamilies.view()).toMatchObject({ found: 1, explanation: '' });
    // "cheap" narrows nothing, as no entry gives its price as a number: the page says how to see the free ones.
    const cheap = await searchFor('cheap walk');
    expect(cheap.titles().sort()).toEqual(['Canal walk', 'Old walk', 'Walk']);
    expect(cheap.view().explanation).toBe('Each result says what it costs: tick “Free” under Cost for the activities that cost nothing');
    expect((await searchFor('free cheap walk')).view().explanation).toBe('Free activities only');
    // A missing word that is not a filler word still says so, and finds nothing in its place.
    const missing = await searchFor('swimming for my mum');
    expect(missing.view()).toMatchObject({ found: 0, unmatched: ['swimming'] });
  });

  it('searches the other words of "near me", and says how to see the nearest first', async () => {
    const s = await searchFor('walk near me');
    expect(s.titles().sort()).toEqual(['Canal walk', 'Old walk', 'Walk']);
    expect(s.view().placeNote).toBe('To see the nearest first, type a postcode in “Near a postcode”, or sort by distance from you.');
    expect(s.pagefind.searches).not.toContain('walk near me');
    // With a postcode as well, that is where distances are from, and nothing needs saying.
    const placed = await searchFor('walk near me AV4 2NB');
    expect(placed.view()).toMatchObject({ placeLabel: 'AV4 2NB', placeNote: '' });
  });

  it('offers the search without its day when no activity the words find meets on it', async () => {
    // No page here meets on a Thursday: the walks are left out by the day, not by the word.
    const s = await searchFor('walk on thursday');
    expect(s.view()).toMatchObject({ found: 0, explanation: 'On Thursday only', broader: { query: 'walk', because: 'On Thursday only' } });
    const some = await searchFor('walk');
    expect(some.view()).toMatchObject({ broader: null });
  });

  it('offers no correction that would itself find nothing', async () => {
    // Each word is in the index, corrected or not, but no page has both.
    const s = await searchFor('memory walkk');
    expect(s.view()).toMatchObject({ found: 0, showingFor: null, unmatched: ['walkk'] });
  });

  it('widens a need-word to its categories and words, direct matches first, and says why', async () => {
    const s = await searchFor('lonely');
    // No page says "lonely": the lunch club is in the category, the calls say "befriending".
    expect(s.view().unmatched).toEqual(['lonely']);
    expect(s.view().showingFor).toBeNull();
    expect(s.titles().sort()).toEqual(['Chatterbox befriending calls', 'Friday lunch club']);
    expect(s.view().found).toBe(2);
    expect(s.view().explanation).toBe('Showing activities for loneliness: Social and befriending');

    const direct = await searchFor('befriending lonely');
    expect(direct.titles()[0]).toBe('Chatterbox befriending calls');
    expect(new Set(direct.titles()).size).toBe(direct.titles().length);
  });

  it('finds what a need adds beside "help", "support" or "advice", which those activities need not say', async () => {
    const s = await searchFor('support for lonely people');
    expect(s.titles().sort()).toEqual(['Chatterbox befriending calls', 'Friday lunch club']);
    const help = await searchFor('help with being isolated');
    expect(help.titles()).toContain('Friday lunch club');
  });

  it('searches a hyphenated word by the parts pages have, leaving out a part no page has', async () => {
    // "based" is on no page: searched for, it would leave nothing of what "walk" finds.
    const s = await searchFor('walk-based');
    expect(s.titles().sort()).toEqual(['Canal walk', 'Old walk', 'Walk']);
    expect(s.view().unmatched).toEqual([]);
  });

  it('sorts by distance among the activities that say the words, then among those a need adds', async () => {
    const pages: Page[] = [
      ...findPages(),
      { id: 'en-gb_a7', title: 'Lonely no more', text: 'for anyone who feels lonely', facets: { category: ['Social and befriending'], area: ['Millbrook'] }, position: { latitude: 54.4, longitude: -1.5 } },
    ];
    const s = await searchFor('lonely AV4 2NB', { pages });
    // Further away than the lunch club the need adds, but about what was asked.
    expect(s.titles().slice(0, 2)).toEqual(['Lonely no more', 'Friday lunch club']);
  });

  it("matches a need's own words whole, as it does the typed ones", async () => {
    const pages: Page[] = [
      { id: 'en-gb_b1', title: 'Mental health peer group', text: 'talk about mental health', facets: { category: ['Peer support'], area: ['Millbrook'] } },
      { id: 'en-gb_b2', title: 'Shed', text: 'for men who like making things', facets: { category: ['Social and befriending'], area: ['Millbrook'] } },
    ];
    const vocabulary: NeedVocabulary = { needs: [{ label: 'men', words: ['blokes'], audiences: ['men'], also_match: ['men'] }] };
    const s = await searchFor('blokes', { pages, vocabulary });
    expect(s.titles()).toEqual(['Shed']);
  });

  it('puts what answers both of two needs before what answers one', async () => {
    const pages: Page[] = [
      { id: 'en-gb_c1', title: 'Aqua aerobics', text: 'an exercise class in the pool', facets: { category: ['Physical activity'], area: ['Millbrook'] } },
      { id: 'en-gb_c2', title: 'Bus trips', text: 'days out for people with arthritis', facets: { category: ['Social and befriending'], area: ['Millbrook'] } },
      { id: 'en-gb_c3', title: 'Chair yoga', text: 'gentle stretching, good for arthritis', facets: { category: ['Physical activity'], area: ['Millbrook'] } },
    ];
    const vocabulary: NeedVocabulary = {
      needs: [
        { label: 'getting active', words: ['exercise'], categories: ['physical-activity'], also_match: ['exercise class'] },
        { label: 'arthritis', words: ['arthritis'], audiences: ['people-with-a-condition'], conditions: ['arthritis'], also_match: ['arthritis'] },
      ],
    };
    const s = await searchFor('exercise for arthritis', { pages, vocabulary });
    expect(s.titles()[0]).toBe('Chair yoga');
    expect(new Set(s.titles())).toEqual(new Set(['Chair yoga', 'Aqua aerobics', 'Bus trips']));
  });

  it('loads map positions only for a search near a place, not for words alone', async () => {
    const s = await searchFor('walk');
    expect(s.titles().length).toBeGreaterThan(0);
    expect(s.positionLoads()).toBe(0);
    expect(s.placeLoads()).toBe(0);
  });

  it('finds a need by its named conditions, not every activity for people with any condition', async () => {
    const pages = [
      ...findPages().map((p) => (p.title === 'Memory cafe' ? { ...p, facets: { ...p.facets, audience: ['People living with a condition'] } } : p)),
      { id: 'en-gb_a7', title: 'Relaxed swim', text: 'a quiet session for autism and sensory needs', facets: { category: ['Getting active'], area: ['Millbrook'], audience: ['People living with a condition'] } },
    ];
    const vocabulary: NeedVocabulary = { needs: [{ label: 'autism', words: ['asperger'], audiences: ['people-with-a-condition'], conditions: ['autism'] }] };
    const s = await searchFor('asperger', { pages, vocabulary });
    expect(s.titles()).toEqual(['Relaxed swim']);
  });

  it('offers no correction for a word of a need\'s phrase that pages never use ("70s" in "over 70s")', async () => {
    const pages = [...findPages(), { id: 'en-gb_a8', title: 'Over 40s netball', text: 'netball for the over 40s', facets: { category: ['Getting active'], area: ['Millbrook'] } }];
    const vocabulary: NeedVocabulary = { needs: [{ label: 'older people', words: ['over 70s'], categories: ['social'] }] };
    const s = await searchFor('over 70s', { pages, vocabulary });
    expect(s.view().showingFor).toBeNull();
    expect(s.view().explanation).toMatch(/^Showing activities for older people/);
    expect(s.titles()).toContain('Friday lunch club');
  });

  it('applies ticked filters to expanded results too, counting only what is shown', async () => {
    const s = await searchFor('lonely');
    s.controller.toggle('area', 'Online');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.titles()).toEqual(['Chatterbox befriending calls']);
    expect(s.view().found).toBe(1);
  });

  it('orders by distance from a typed postcode, shows miles, and lists online activities apart', async () => {
    const s = await searchFor('AV4 2NB');
    expect(s.placeLoads()).toBe(1);
    expect(s.positionLoads()).toBe(1);
    expect(s.view().placeLabel).toBe('AV4 2NB');
    const venues = s.view().cards.filter((c) => !c.remote);
    expect(venues.map((c) => c.title)).toEqual(['Friday lunch club', 'Canal walk', 'Memory cafe', 'Old walk', 'Walk']);
    expect(venues[0]!.miles).toBeCloseTo(0, 5);
    expect(venues[1]!.miles).toBeGreaterThan(0.5);
    expect(venues[1]!.miles).toBeLessThan(0.8);
    expect(s.view().cards.filter((c) => c.remote).map((c) => c.title)).toEqual(['Chatterbox befriending calls']);
    expect(s.view().found).toBe(6);
    // The postcode is not a word to search for.
    expect(s.pagefind.searches.filter((t) => t !== null)).toEqual([]);
  });

  it('limits venues to a distance, keeping the online ones, and keeps postcode and limit in the address', async () => {
    const s = await started({ pages: findPages(), vocabulary: LONELINESS, places: PLACES, search: '?q=walk#near=AV4&within=3' });
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.view().state).toMatchObject({ query: 'walk', near: 'AV4', within: 3 });
    expect(s.addresses[0]).toBe('?q=walk#near=AV4&within=3');
    // Old walk is 12 miles off, Walk 54: only Canal walk is within 3 miles of the district.
    expect(s.titles()).toEqual(['Canal walk']);
    s.controller.setWithin(undefined);
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.titles()).toEqual(['Canal walk', 'Old walk', 'Walk']);
    expect(s.addresses.at(-1)).toBe('?q=walk#near=AV4');
  });

  it('moves the postcode of an older link out of the query string, which is sent to the site', async () => {
    const s = await started({ pages: findPages(), vocabulary: LONELINESS, places: PLACES, search: '?q=walk&near=AV4+2NB&within=3' });
    expect(s.view().state).toMatchObject({ query: 'walk', near: 'AV4 2NB', within: 3 });
    expect(s.addresses[0]).toBe('?q=walk#near=AV4+2NB&within=3');
    s.controller.setNear('AV4 2');
    expect(s.addresses.at(-1)).toBe('?q=walk#near=AV4+2&within=3');
  });

  it('takes a finished word that pages have as that word, not the start of longer ones', async () => {
    const pages: Page[] = [
      ...findPages(),
      { id: 'en-gb_b1', title: 'Hill Top Shed', text: 'a workshop for men', facets: { category: ['Social and befriending'], area: ['Millbrook'] } },
      { id: 'en-gb_b2', title: 'Mind Matters', text: 'for your mental health', facets: { category: ['Mental wellbeing'], area: ['Millbrook'] } },
    ];
    const s = await searchFor('men', { pages });
    expect(s.titles()).toEqual(['Hill Top Shed']);
    expect(s.pagefind.searches).toContain('"men"');
    // A word no page has whole is still the start of the ones it has.
    const typing = await searchFor('menta', { pages });
    expect(typing.titles()).toEqual(['Mind Matters']);
  });

  it('shows what the usual spelling finds after a slip a page shares with the reader', async () => {
    const pages: Page[] = [
      ...findPages(),
      { id: 'en-gb_c1', title: 'Steady Steps', text: 'strength and balance excercise', facets: { category: ['Physical activity'], area: ['Millbrook'] } },
      ...['Chair yoga', 'Tai chi', 'Aqua fit'].map((title, i) => ({ id: `en-gb_c${i + 2}`, title, text: 'gentle exercise for all', facets: { category: ['Physical activity'], area: ['Millbrook'] } })),
    ];
    const s = await searchFor('excercise', { pages });
    expect(s.titles()[0]).toBe('Steady Steps');
    expect(s.titles().slice(1).sort()).toEqual(['Aqua fit', 'Chair yoga', 'Tai chi']);
    expect(s.view().explanation).toBe('Also showing results for “exercise”');
    // The usual spelling itself is searched as ever.
    const usual = await searchFor('exercise', { pages });
    expect(usual.titles().sort()).toEqual(['Aqua fit', 'Chair yoga', 'Tai chi']);
    expect(usual.view().explanation).toBe('');
  });

  it('searches words joined by hyphens as the words, where Pagefind would look for them run together', async () => {
    const s = await searchFor('gentle-walk');
    expect(s.view().unmatched).toEqual([]);
    expect(s.titles().sort()).toEqual(['Canal walk', 'Old walk']);
    expect(s.view().state.query).toBe('gentle-walk');
  });

  it('says how to write a postcode in "Near a postcode" with one of the directory’s own', async () => {
    const s = await started({ pages: findPages(), vocabulary: LONELINESS, places: PLACES, postcodeExample: { postcode: 'DW5 2PL', district: 'DW5' } });
    s.controller.setNear('my house');
    await s.clock.advance(TYPING_PAUSE_MS + 100);
    expect(s.view().placeNote).toContain('Write it like “DW5 2PL” or “DW5”.');
  });

  it('says when a postcode cannot be placed, and keeps the usual order', async () => {
    const s = await searchFor('walk BD1 1AA');
    expect(s.view().placeLabel).toBeNull();
    expect(s.view().placeNote).toMatch(/cannot place BD1 1AA/);
    expect(s.titles().length).toBeGreaterThan(0);
    expect(s.view().cards.every((c) => c.miles === undefined)).toBe(true);
  });

  it('ranks an exact title first and out-of-date entries below current ones', async () => {
    const s = await searchFor('walk');
    const titles = s.titles();
    expect(titles[0]).toBe('Walk');
    expect(titles.indexOf('Old walk')).toBe(titles.length - 1);
  });

  it('ranks a paused activity below the running ones, as an out-of-date one', async () => {
    const river: Page = { id: 'en-gb_a7', title: 'River walk', text: 'a walk by the river', facets: { category: ['Walking'], area: ['Millbrook'] } };
    const running = (await searchFor('walk', { pages: [...findPages(), river] })).titles();
    expect(running.indexOf('Canal walk')).toBeLessThan(running.indexOf('River walk'));
    const pages = [...findPages().map((p) => (p.title === 'Canal walk' ? { ...p, paused: true } : p)), river];
    const titles = (await searchFor('walk', { pages })).titles();
    expect(titles).toEqual(['Walk', 'River walk', 'Canal walk', 'Old walk']);
  });

  it('lists a paused or out-of-date activity last when only filters are asked for, A to Z otherwise', async () => {
    const pages = findPages().map((p) => ({ ...p, facets: { ...p.facets, cost: ['Free'] }, ...(p.title === 'Canal walk' ? { paused: true } : {}) }));
    const s = await started({ pages, vocabulary: LONELINESS, places: PLACES, search: '?cost=Free' });
    await s.clock.advance(100);
    expect(s.titles()).toEqual(['Chatterbox befriending calls', 'Friday lunch club', 'Memory cafe', 'Walk', 'Canal walk', 'Old walk']);
  });
});
