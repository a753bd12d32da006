/**
 * The search page's behaviour, apart from its markup: the query and ticked
 * filters (kept in the address), Pagefind's searches, the filter file's
 * selection and counts, paging, sorting by distance, and errors. The island
 * subscribes to its `SearchView` and forwards the reader's actions to it.
 *
 * A search runs in three steps, each its own function so it can grow:
 * `termsFor` turns the typed query into what Pagefind is asked, `find` asks
 * it, and `refine` narrows and orders what it found.
 */
import type { Address, Locate, Timers } from './browser.ts';
import { sortByDistance, type Point } from './distance.ts';
import type { FacetIndex } from './facet-file/decode.ts';
import type { FilterCounts } from './facet-file/format.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind.ts';
import { readSearchResult, type SearchResultSummary } from './record.ts';
import { hasCriteria, parseSearchState, RESULTS_PAGE_SIZE, serialiseSearchState, toggleFilter, type SearchState } from './url-state.ts';

export const LOAD_ERROR = 'Search could not load. You can still browse activities by category or area below.';
/** Sorting by distance needs every result's position; past this many, narrow the search first. */
export const MAX_NEAR_ME = 500;
export const TYPING_PAUSE_MS = 250;
/** When, during that pause, the first page of results starts loading. */
export const PREFETCH_AFTER_MS = 120;

export interface ResultCard extends SearchResultSummary {
  /** Pagefind's id for the result. */
  id: string;
  url: string;
  miles?: number;
}

export interface SearchView {
  /** False until `start`: the page as the server renders it, and as it stays without JavaScript. */
  started: boolean;
  /** Pagefind has loaded, so searches can run. */
  ready: boolean;
  state: SearchState;
  /** Shown instead of results when part of the search failed to load. */
  error: string | null;
  /** What the search on screen found, for the status line. */
  announcement: string;
  /** How many results the search on screen found; null before the first and after an error. */
  found: number | null;
  /** Each filter value's count within the search on screen (empty while nothing is chosen). */
  counts: FilterCounts;
  cards: readonly ResultCard[];
  /** How many results are to be shown: "Show more" adds a page. */
  shown: number;
  /** Results are sorted by distance from the reader. */
  nearMe: boolean;
  /** Sorting by distance was asked for but the results are too many to locate. */
  tooManyForDistance: boolean;
  locationNote: string;
}

export interface SearchControllerOptions {
  /** The filters' keys, which are also their address parameters. */
  facetKeys: readonly string[];
  loadPagefind: () => Promise<Pagefind>;
  loadFacetIndex: () => Promise<FacetIndex>;
  timers: Timers;
  address: Address;
  /** Undefined where the reader's position cannot be had at all. */
  locate: Locate | undefined;
}

interface Match {
  matched: PagefindResult[];
  counts: FilterCounts;
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

async function toCard(result: PagefindResult): Promise<ResultCard> {
  const data = await result.data();
  return { id: result.id, url: data.url, ...readSearchResult(data.meta, data.url) };
}

export interface SearchController {
  /** The view now; replaced, never changed, at every update. */
  snapshot: () => SearchView;
  subscribe: (listener: (view: SearchView) => void) => () => void;
  /** Reads the search from the address and loads Pagefind; the first results follow. */
  start: () => void;
  /** Lets nothing further run or reach the subscribers. */
  stop: () => void;
  type: (query: string) => void;
  toggle: (key: string, value: string) => void;
  clearFilters: () => void;
  showMore: () => void;
  sortByDistance: () => void;
  stopSortingByDistance: () => void;
}

export function createSearchController(options: SearchControllerOptions): SearchController {
  const { timers, address } = options;
  let view: SearchView = {
    started: false,
    ready: false,
    state: { query: '', filters: {} },
    error: null,
    announcement: '',
    found: null,
    counts: {},
    cards: [],
    shown: RESULTS_PAGE_SIZE,
    nearMe: false,
    tooManyForDistance: false,
    locationNote: '',
  };
  const listeners = new Set<(view: SearchView) => void>();
  let pagefind: Pagefind | null = null;
  let stopped = false;
  // Every activity A to Z: what a search with no words starts from; asked for once.
  let everything: Promise<PagefindResponse> | undefined;
  // Loaded at the first search with criteria (the page brings the directory's own counts).
  let facetIndex: Promise<FacetIndex> | undefined;
  // The search for what is being typed, started at once; only showing it waits for the typing pause.
  let early: { term: string; found: Promise<PagefindResponse>; done: boolean } | null = null;
  // Stops the timers of the search state before the current one.
  let cancelPending: (() => void) | undefined;
  let searchSeq = 0;
  let cardSeq = 0;
  // The search on screen's results, in order.
  let results: PagefindResult[] | null = null;
  // The reader's position lives only here, in memory: never stored, never sent.
  let origin: Point | null = null;

  const update = (patch: Partial<SearchView>) => {
    if (stopped) return;
    const next = { ...view, ...patch };
    next.tooManyForDistance = next.nearMe && next.found !== null && next.found > MAX_NEAR_ME;
    view = next;
    for (const listener of listeners) listener(next);
  };

  const setState = (state: SearchState) => {
    update({ state });
    // Kept in step so a search can be bookmarked, shared, or reloaded.
    address.replace(serialiseSearchState(state));
    schedule(state);
  };

  /** The query as Pagefind's search terms. */
  const termsFor = (query: string): string => query;

  /** Pagefind's matches for a query, one search per term however often it is asked for. */
  const searchFor = (pf: Pagefind, query: string): Promise<PagefindResponse> => {
    const term = termsFor(query);
    if (early?.term === term) return early.found;
    const entry = { term, found: pf.search(term), done: false };
    const finish = () => {
      entry.done = true;
    };
    entry.found.then(finish, () => {
      finish();
      // A failed search is asked again next time rather than failing from memory.
      if (early === entry) early = null;
    });
    early = entry;
    return entry.found;
  };

  const startEarly = (query: string) => {
    if (!pagefind || !query.trim()) return;
    // One early search at a time: on a large directory a queue of them would delay the one that counts.
    if (early && !early.done) {
      pagefind.preload(termsFor(query).trim()).catch(() => undefined);
      return;
    }
    searchFor(pagefind, query);
  };

  /** What Pagefind finds for the state's words: with none, every activity A to Z. */
  const find = (pf: Pagefind, state: SearchState): Promise<PagefindResponse> => {
    if (state.query) return searchFor(pf, state.query);
    if (!everything) {
      everything = pf.search(null, { sort: { title: 'asc' } });
      everything.catch(() => (everything = undefined));
    }
    return everything;
  };

  /**
   * Narrows and orders what Pagefind found. Pagefind finds the words; ticks
   * and counts come from the filter file (facet-file/format.ts says why).
   */
  const refine = async (found: Promise<PagefindResponse>, state: SearchState): Promise<Match> => {
    if (!hasCriteria(state)) return { matched: (await found).results, counts: {} };
    if (!facetIndex) {
      facetIndex = options.loadFacetIndex();
      facetIndex.catch(() => (facetIndex = undefined));
    }
    const [response, index] = await Promise.all([found, facetIndex]);
    const { kept, counts } = index.select(response.results, (r) => index.pageNumber(r.id), state.filters);
    return { matched: kept, counts };
  };

  /**
   * Runs the search for a state once the typing has paused (at once when
   * nothing is typed), unless another state comes first.
   */
  const schedule = (state: SearchState) => {
    cancelPending?.();
    const pf = pagefind;
    if (!pf || stopped) return;
    const seq = ++searchSeq;
    // Matched once for this state, whether the prefetch or the pause's end asks first.
    let matching: Promise<Match> | undefined;
    const matchState = () => (matching ??= refine(find(pf, state), state));
    const show = timers.setTimeout(
      () =>
        matchState().then(
          (match) => {
            if (seq === searchSeq) showMatch(state, match);
          },
          () => {
            if (seq === searchSeq) fail();
          },
        ),
      state.query ? TYPING_PAUSE_MS : 0,
    );
    // Part way through the pause the typing has probably stopped: fetch the first cards' details now, so
    // the results can show as soon as the pause ends. Typing on before then costs nothing; typing on
    // after it, one page of details that is never shown.
    let typing = false;
    const prefetch = state.query
      ? timers.setTimeout(() => {
          matchState().then(
            ({ matched }) => {
              if (!typing) for (const result of matched.slice(0, RESULTS_PAGE_SIZE)) result.data().catch(() => undefined);
            },
            () => undefined,
          );
        }, PREFETCH_AFTER_MS)
      : undefined;
    cancelPending = () => {
      typing = true;
      timers.clearTimeout(show);
      if (prefetch !== undefined) timers.clearTimeout(prefetch);
    };
  };

  const showMatch = (state: SearchState, { matched, counts }: Match) => {
    results = matched;
    const n = matched.length;
    update({
      error: null,
      found: n,
      counts,
      shown: RESULTS_PAGE_SIZE,
      announcement: n === 0 ? 'No activities found.' : `${plural(n, 'activity', 'activities')} found${hasCriteria(state) ? '' : ' in total'}.`,
    });
    loadCards();
  };

  /** Loads result details only for the cards on screen, or for every result when sorting by distance. */
  const loadCards = () => {
    if (!results) return;
    const seq = ++cardSeq;
    const { shown } = view;
    const from = origin;
    const nearMe = from !== null && results.length <= MAX_NEAR_ME;
    Promise.all((nearMe ? results : results.slice(0, shown)).map(toCard)).then(
      (loaded) => {
        if (seq !== cardSeq) return;
        const ordered = nearMe
          ? sortByDistance(loaded, from, (c) => c.position).map(({ item, miles }) => (miles === undefined ? item : { ...item, miles }))
          : loaded;
        update({ cards: ordered.slice(0, shown) });
      },
      () => {
        if (seq === cardSeq) fail();
      },
    );
  };

  /** Says the search could not load, rather than leave an older search's results on screen. */
  const fail = () => {
    results = null;
    cardSeq++;
    update({ error: LOAD_ERROR, found: null, counts: {}, cards: [], announcement: '' });
  };

  return {
    snapshot: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      update({ started: true });
      setState(parseSearchState(address.read(), options.facetKeys));
      options.loadPagefind().then((loaded) => {
        if (stopped) return;
        pagefind = loaded;
        update({ ready: true });
        schedule(view.state);
      }, fail);
    },
    stop: () => {
      stopped = true;
      cancelPending?.();
      cardSeq++;
      listeners.clear();
    },
    type: (query) => {
      startEarly(query);
      setState({ ...view.state, query });
    },
    toggle: (key, value) => setState(toggleFilter(view.state, key, value)),
    clearFilters: () => setState({ ...view.state, filters: {} }),
    showMore: () => {
      update({ shown: view.shown + RESULTS_PAGE_SIZE });
      loadCards();
    },
    sortByDistance: () => {
      const { locate } = options;
      if (!locate) {
        update({ locationNote: 'This browser cannot share its location.' });
        return;
      }
      update({ locationNote: 'Finding your location…' });
      locate().then(
        (position) => {
          origin = position;
          update({ nearMe: true, locationNote: 'Sorted by distance from you, nearest first. Activities without a map position come last.' });
          loadCards();
        },
        () => update({ locationNote: 'Your location was not shared, so results stay in the usual order.' }),
      );
    },
    stopSortingByDistance: () => {
      origin = null;
      update({ nearMe: false, locationNote: 'Back to the usual order.' });
      loadCards();
    },
  };
}
