/**
 * The search island: a query box and filters over Pagefind's JS API, with
 * the whole search kept in the URL. Rendered on the server as the empty
 * form; it comes alive once Pagefind's index has loaded in the browser.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FacetDefinition } from '../lib/search/facets.ts';
import ShortlistButton from './ShortlistButton.tsx';
import { formatMiles, sortByDistance, type Point } from '../lib/search/distance.ts';
import { orderValues } from '../lib/search/facets.ts';
import { loadFacetIndex, type FacetIndex } from '../lib/search/facet-file/decode.ts';
import type { FilterCounts } from '../lib/search/facet-file/format.ts';
import { readSearchResult } from '../lib/search/record.ts';
import { hasCriteria, parseSearchState, RESULTS_PAGE_SIZE, serialiseSearchState, toggleFilter, type SearchState } from '../lib/search/url-state.ts';

/** The parts of Pagefind's browser API this island uses. */
interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
}

const LOAD_ERROR = 'Search could not load. You can still browse activities by category or area below.';
/** Sorting by distance needs every result's position; past this many, narrow the search first. */
const MAX_NEAR_ME = 500;
const TYPING_PAUSE_MS = 250;
/** When, during that pause, the first page of results starts loading. */
const PREFETCH_AFTER_MS = 120;

interface ResultCard {
  id: string;
  /** The activity's id, for the shortlist. */
  activityId: string;
  url: string;
  title: string;
  when: string;
  where: string;
  cost: string;
  stale: boolean;
  paused: boolean;
  position?: Point;
  miles?: number;
}

async function toCard(result: PagefindResult): Promise<ResultCard> {
  const data = await result.data();
  return { id: result.id, url: data.url, ...readSearchResult(data.meta, data.url) };
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export interface SearchPanelProps {
  facets: FacetDefinition[];
  /**
   * Every filter value's count over the whole directory, worked out at build
   * time: the server then renders the filters as they will look, so nothing
   * jumps when Pagefind has loaded (its counts are the same).
   */
  initialTotals?: FilterCounts;
  /** Where Pagefind's files are served from. */
  bundlePath?: string;
}

export default function SearchPanel({ facets, initialTotals = {}, bundlePath = '/pagefind/' }: SearchPanelProps) {
  const facetKeys = useMemo(() => facets.map((f) => f.key), [facets]);
  // False in the server-rendered HTML, so a browser without JavaScript keeps the fallback message.
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<SearchState>({ query: '', filters: {} });
  const [pagefind, setPagefind] = useState<Pagefind | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The directory's own counts come with the page; the filter file loads at the first search with criteria.
  const totals = initialTotals;
  const facetIndex = useRef<Promise<FacetIndex> | null>(null);
  // Every activity A to Z: what a search with no words starts from; it never changes, so it is asked for once.
  const everything = useRef<Promise<PagefindResponse> | null>(null);
  // The search for what is being typed starts in Pagefind's worker at once; only showing it waits for the typing pause.
  const early = useRef<{ query: string; found: Promise<PagefindResponse>; done: boolean } | null>(null);
  const searchFor = (pf: Pagefind, query: string) => {
    if (early.current?.query === query) return early.current.found;
    const entry = { query, found: pf.search(query), done: false };
    const finish = () => {
      entry.done = true;
    };
    entry.found.then(finish, finish);
    early.current = entry;
    return entry.found;
  };
  const startEarly = (query: string) => {
    if (!pagefind || !query.trim()) return;
    // One early search at a time: on a large directory a queue of them would delay the one that counts.
    if (early.current && !early.current.done) {
      pagefind.preload(query.trim()).catch(() => undefined);
      return;
    }
    searchFor(pagefind, query);
  };
  // Pagefind finds the words; ticks and counts come from the filter file (facet-index.ts says why).
  const match = async (pf: Pagefind, s: SearchState): Promise<{ matched: PagefindResult[]; counts: FilterCounts }> => {
    const found = s.query ? searchFor(pf, s.query) : (everything.current ??= pf.search(null, { sort: { title: 'asc' } }));
    if (!hasCriteria(s)) return { matched: (await found).results, counts: {} };
    const [response, index] = await Promise.all([found, (facetIndex.current ??= loadFacetIndex(bundlePath))]);
    const { kept, counts } = index.select(response.results, (r) => index.pageNumber(r.id), s.filters);
    return { matched: kept, counts };
  };
  const [counts, setCounts] = useState<FilterCounts>({});
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [cards, setCards] = useState<ResultCard[]>([]);
  const [shown, setShown] = useState(RESULTS_PAGE_SIZE);
  const [announcement, setAnnouncement] = useState('');
  // The reader's position lives only in this component's memory: never stored, never sent.
  const [origin, setOrigin] = useState<Point | null>(null);
  const [locationNote, setLocationNote] = useState('');
  const searchSeq = useRef(0);
  const inputId = useId();

  // Read the search from the URL once, in the browser (the server has no query string).
  useEffect(() => {
    setMounted(true);
    setState(parseSearchState(window.location.search, facetKeys));
  }, [facetKeys]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const url = `${bundlePath}pagefind.js`;
        const module = (await import(/* @vite-ignore */ url)) as Pagefind;
        await module.options({ excerptLength: 20 });
        await module.init();
        if (cancelled) return;
        setPagefind(module);
      } catch {
        if (!cancelled) setLoadError(LOAD_ERROR);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bundlePath]);

  // Keep the URL in step so a search can be bookmarked, shared, or reloaded.
  useEffect(() => {
    const next = `${window.location.pathname}${serialiseSearchState(state)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [state]);

  useEffect(() => {
    if (!pagefind) return;
    const seq = ++searchSeq.current;
    // Matched once for this state, whether the prefetch or the pause's end asks first.
    let matching: ReturnType<typeof match> | undefined;
    const matchState = () => (matching ??= match(pagefind, state));
    const run = async () => {
      const { matched, counts: nextCounts } = await matchState();
      if (seq !== searchSeq.current) return;
      setResults(matched);
      setCounts(nextCounts);
      setShown(RESULTS_PAGE_SIZE);
      const n = matched.length;
      setAnnouncement(
        n === 0
          ? 'No activities found.'
          : `${plural(n, 'activity', 'activities')} found${hasCriteria(state) ? '' : ' in total'}.`,
      );
    };
    const failed = () => {
      if (seq === searchSeq.current) setLoadError(LOAD_ERROR);
    };
    const timer = window.setTimeout(() => run().catch(failed), state.query ? TYPING_PAUSE_MS : 0);
    // Part way through the pause the typing has probably stopped: fetch the first cards' details now, so
    // the results can show as soon as the pause ends. Typing on before then costs nothing; typing on
    // after it, one page of details (about 11 kB) that is never shown.
    let typing = false;
    const prefetch = state.query ? window.setTimeout(() => {
      matchState()
        .then(({ matched }) => {
          if (!typing) for (const result of matched.slice(0, RESULTS_PAGE_SIZE)) result.data().catch(() => undefined);
        })
        .catch(() => undefined);
    }, PREFETCH_AFTER_MS) : undefined;
    return () => {
      typing = true;
      window.clearTimeout(timer);
      window.clearTimeout(prefetch);
    };
  }, [pagefind, state]);

  // Load result details only for the cards on screen, or for all of them when sorting by distance.
  useEffect(() => {
    if (!results) return;
    let cancelled = false;
    const nearMe = origin !== null && results.length <= MAX_NEAR_ME;
    Promise.all((nearMe ? results : results.slice(0, shown)).map(toCard)).then((loaded) => {
      if (cancelled) return;
      const ordered = nearMe
        ? sortByDistance(loaded, origin, (c) => c.position).map(({ item, miles }) => (miles === undefined ? item : { ...item, miles }))
        : loaded;
      setCards(ordered.slice(0, shown));
    });
    return () => {
      cancelled = true;
    };
  }, [results, shown, origin]);

  const findMe = () => {
    if (!('geolocation' in navigator)) {
      setLocationNote('This browser cannot share its location.');
      return;
    }
    setLocationNote('Finding your location…');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setOrigin({ latitude: p.coords.latitude, longitude: p.coords.longitude });
        setLocationNote('Sorted by distance from you, nearest first. Activities without a map position come last.');
      },
      () => setLocationNote('Your location was not shared, so results stay in the usual order.'),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  const onToggle = useCallback((key: string, value: string) => setState((s) => toggleFilter(s, key, value)), []);
  const activeFilters = Object.entries(state.filters).flatMap(([key, values]) => values.map((value) => ({ key, value })));
  const facetLabel = (key: string) => facets.find((f) => f.key === key)?.label ?? key;

  return (
    <div className="search-layout">
      <form
        className="filters"
        role="search"
        aria-label="Search and filter activities"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="search-form">
          <label htmlFor={inputId}>Search activities</label>
          <input
            id={inputId}
            type="search"
            name="q"
            autoComplete="off"
            value={state.query}
            onChange={(e) => {
              // Read now: the updater may run after the event has finished and currentTarget is gone.
              const query = e.currentTarget.value;
              startEarly(query);
              setState((s) => ({ ...s, query }));
            }}
            placeholder="For example: walking, choir, diabetes"
          />
        </div>
        {/* Keyboard users need not tab through every filter to reach the results. */}
        <a className="skip-inline" href="#results-heading">Skip to results</a>
        {facets.map((facet) => {
          const values = orderValues(facet, Object.keys(totals[facet.key] ?? {}));
          if (values.length === 0) return null;
          return (
            // Disabled in the server-rendered HTML: without JavaScript the filters cannot work.
            <fieldset key={facet.key} disabled={!mounted}>
              <legend>{facet.label}</legend>
              {values.map((value) => {
                const checked = state.filters[facet.key]?.includes(value) ?? false;
                // Until the first search has counted, show the directory's totals rather than zeros.
                const count = hasCriteria(state) && results ? (counts[facet.key]?.[value] ?? 0) : (totals[facet.key]?.[value] ?? 0);
                return (
                  <label className="facet-option" key={value}>
                    <input
                      type="checkbox"
                      name={facet.key}
                      value={value}
                      checked={checked}
                      onChange={() => onToggle(facet.key, value)}
                    />
                    <span>
                      {value} <span className="count">({count})</span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          );
        })}
        {activeFilters.length > 0 && (
          <button type="button" className="secondary" onClick={() => setState((s) => ({ ...s, filters: {} }))}>
            Clear all filters
          </button>
        )}
      </form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" tabIndex={-1}>Results</h2>
        <p role="status" aria-live="polite" aria-atomic="true" className="result-count">
          {!mounted
            ? 'Searching needs JavaScript, which is turned off or has not loaded. You can still browse every activity by category or area below.'
            : (loadError ?? (pagefind ? announcement : 'Loading search…'))}
        </p>
        {results && results.length === 0 && (
          <div className="empty-state">
            <p>
              Nothing matches{state.query ? <> “{state.query}”</> : null}
              {activeFilters.length ? ' with these filters' : ''}. You could:
            </p>
            <ul>
              {state.query && <li>check the spelling, or try a shorter or more general word (for example “walk” or “music”);</li>}
              {activeFilters.map(({ key, value }) => (
                <li key={`${key}=${value}`}>
                  <button type="button" className="secondary" onClick={() => onToggle(key, value)}>
                    Remove filter: {facetLabel(key)} – {value}
                  </button>
                </li>
              ))}
              <li>
                <a href="/categories/">browse all categories</a>.
              </li>
            </ul>
          </div>
        )}
        <p className="near-me">
          {origin === null ? (
            <button type="button" className="secondary" onClick={findMe}>Sort by distance from me</button>
          ) : (
            <button type="button" className="secondary" onClick={() => { setOrigin(null); setLocationNote('Back to the usual order.'); }}>Stop sorting by distance</button>
          )}{' '}
          <span role="status">
            {origin !== null && results && results.length > MAX_NEAR_ME
              ? `There are too many results to sort by distance: choose an area or category first.`
              : locationNote}
          </span>
        </p>
        <ul className="cards">
          {cards.map((card) => (
            <li key={card.id}>
              <article className="card">
                <h3>
                  <a href={card.url}>{card.title}</a>
                </h3>
                <dl className="facts">
                  <dt>When</dt>
                  <dd>{card.when}</dd>
                  <dt>Where</dt>
                  <dd>{card.where}</dd>
                  <dt>Cost</dt>
                  <dd>{card.cost}</dd>
                  {card.miles !== undefined && (
                    <>
                      <dt>Distance</dt>
                      <dd>{formatMiles(card.miles)}</dd>
                    </>
                  )}
                </dl>
                {card.paused && (
                  <p>
                    <span className="flag">Paused</span>
                  </p>
                )}
                {card.stale && (
                  <p>
                    <span className="flag">Details may be out of date</span>
                  </p>
                )}
                {card.activityId && <ShortlistButton id={card.activityId} title={card.title} />}
              </article>
            </li>
          ))}
        </ul>
        {results && results.length > shown && (
          <button type="button" className="secondary" onClick={() => setShown((n) => n + RESULTS_PAGE_SIZE)}>
            Show more ({results.length - shown} more)
          </button>
        )}
      </section>
    </div>
  );
}
