/**
 * The search island: a query box and filters over Pagefind's JS API, with
 * the whole search kept in the URL. Rendered on the server as the empty
 * form; it comes alive once Pagefind's index has loaded in the browser.
 * What it does lives in lib/search/controller.ts; this draws its state.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FacetDefinition } from '../lib/search/facets.ts';
import ShortlistButton from './ShortlistButton.tsx';
import { browserAddress, browserLocate, browserTimers } from '../lib/search/browser.ts';
import { createSearchController, noMention } from '../lib/search/controller.ts';
import { formatMiles, parseWithin, WITHIN_MILES, withinLabel } from '../lib/search/distance.ts';
import { orderValues } from '../lib/search/facets.ts';
import { loadFacetIndex } from '../lib/search/facet-file/decode.ts';
import type { FilterCounts } from '../lib/search/facet-file/format.ts';
import { loadPagefind } from '../lib/search/pagefind.ts';
import { loadPageFacts, loadPagePositions } from '../lib/search/page-facts.ts';
import { bundleWordSource, loadNeedVocabulary, loadPlaceTable } from '../lib/search/site-files.ts';
import { missingActivityMailto, missingActivityUrl } from '../lib/contributing/missing-activity.ts';
import { hasCriteria, serialiseSearchState } from '../lib/search/url-state.ts';
import type { PostcodeExample } from '../lib/search/postcode-example.ts';

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
  /** Where a search that finds nothing can say what is missing (content/directory.yaml). */
  repositoryUrl?: string;
  correctionsEmail?: string;
  /** The postcode the "Near a postcode" hint gives as an example: one of the directory's own. */
  postcodeExample?: PostcodeExample | undefined;
}

export default function SearchPanel({ facets, initialTotals: totals = {}, bundlePath = '/pagefind/', repositoryUrl, correctionsEmail, postcodeExample }: SearchPanelProps) {
  const [controller] = useState(
    () =>
      createSearchController({
        facetKeys: facets.map((f) => f.key),
        loadPagefind: () => loadPagefind(bundlePath),
        loadFacetIndex: () => loadFacetIndex(bundlePath),
        indexWords: bundleWordSource(bundlePath),
        loadNeedWords: () => loadNeedVocabulary(),
        loadPlaces: () => loadPlaceTable(),
        loadPageFacts: () => loadPageFacts(bundlePath),
        loadPagePositions: () => loadPagePositions(bundlePath),
        timers: browserTimers,
        address: browserAddress,
        locate: browserLocate(),
        postcodeExample,
      }),
  );
  const [view, setView] = useState(() => controller.snapshot());
  const inputId = useId();
  const nearId = useId();
  const withinId = useId();
  const filtersId = useId();
  // On a narrow screen the filters fold away behind a button, so the results come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const queryBox = useRef<HTMLInputElement>(null);
  const nearBox = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const cardLinks = useRef(new Map<string, HTMLAnchorElement>());

  // In the browser only: the server renders the page before any search, with no query string.
  useEffect(() => {
    const unsubscribe = controller.subscribe(setView);
    // On a slow connection the boxes drawn by the server take typing before this runs.
    controller.start({ query: queryBox.current?.value ?? '', near: nearBox.current?.value ?? '' });
    return () => {
      unsubscribe();
      controller.stop();
    };
  }, [controller]);

  // The first card "Show more" added takes the focus, unless the reader has moved on meanwhile.
  useEffect(() => {
    if (!view.more) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== moreButton.current) return;
    cardLinks.current.get(view.more.firstAdded)?.focus();
  }, [view.more]);

  const { state, found, cards, shown } = view;
  /** For a control that goes once pressed: focus waits on the results heading, not the page's start. */
  const thenFocusResults = (act: () => void) => () => {
    resultsHeading.current?.focus();
    act();
  };
  /** A link to the same search for other words: followed in place, without loading the page again; the box shows them. */
  const searchLink = (query: string) => (
    <a
      href={serialiseSearchState({ ...state, query })}
      onClick={(e) => {
        e.preventDefault();
        controller.type(query);
        document.getElementById(inputId)?.focus();
      }}
    >
      “{query}”
    </a>
  );
  // False in the server-rendered HTML, so a browser without JavaScript keeps the fallback message.
  const mounted = view.started;
  const activeFilters = Object.entries(state.filters).flatMap(([key, values]) => values.map((value) => ({ key, value })));
  const facetLabel = (key: string) => facets.find((f) => f.key === key)?.label ?? key;
  const searched = [state.query, state.near].filter(Boolean).join(' near ');
  const venueCards = cards.filter((c) => !c.remote);
  const remoteCards = cards.filter((c) => c.remote);

  const renderCard = (card: (typeof cards)[number]) => (
    <li key={card.id}>
      <article className="card">
        <h3>
          <a
            href={card.url}
            ref={(link) => {
              if (link) cardLinks.current.set(card.id, link);
              else cardLinks.current.delete(card.id);
            }}
          >
            {card.title}
          </a>
        </h3>
        <dl className="facts">
          <dt>When</dt>
          <dd>{card.when}</dd>
          <dt>Where</dt>
          <dd>{card.where}</dd>
          <dt>Cost</dt>
          <dd>{card.cost}</dd>
          {card.fit && (
            <>
              <dt>Good to know</dt>
              <dd>{card.fit}</dd>
            </>
          )}
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
  );

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
            ref={queryBox}
            type="search"
            name="q"
            autoComplete="off"
            value={state.query}
            onChange={(e) => controller.type(e.currentTarget.value)}
            placeholder="For example: walking, choir, diabetes"
          />
        </div>
        <div className="search-form near-form">
          <label htmlFor={nearId}>Near a postcode</label>
          <input
            id={nearId}
            ref={nearBox}
            type="text"
            name="near"
            autoComplete="off"
            spellcheck={false}
            aria-describedby={`${nearId}-hint`}
            value={state.near ?? ''}
            onChange={(e) => controller.setNear(e.currentTarget.value)}
          />
          <p className="hint" id={`${nearId}-hint`}>A postcode or district{postcodeExample ? `, such as ${postcodeExample.postcode} or ${postcodeExample.district}` : ''}. It stays on this device.</p>
          {view.placeLabel !== null && (
            <>
              <label htmlFor={withinId}>Distance</label>
              <select id={withinId} name="within" value={state.within ?? ''} onChange={(e) => controller.setWithin(parseWithin(e.currentTarget.value))}>
                <option value="">Any distance</option>
                {WITHIN_MILES.map((miles) => (
                  <option key={miles} value={String(miles)}>
                    {withinLabel(miles)}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        <div className="search-actions">
          <p className="near-me">
            {!view.nearMe ? (
              <button type="button" className="secondary" onClick={() => controller.sortByDistance()}>
                <span className="wide-label">Sort by distance from me</span>
                <span className="narrow-label">Near me</span>
              </button>
            ) : (
              <button type="button" className="secondary" onClick={() => controller.stopSortingByDistance()}>Stop sorting by distance</button>
            )}
            <span role="status" className="location-note">{view.locationNote}</span>
          </p>
          <button type="button" className="secondary filters-toggle" aria-expanded={filtersOpen} aria-controls={filtersId} onClick={() => setFiltersOpen(!filtersOpen)}>
            Filters ({activeFilters.length} selected)
          </button>
        </div>
        <div id={filtersId} className="filter-groups" data-open={filtersOpen ? '' : undefined}>
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
                const count = hasCriteria(state) && found !== null ? (view.counts[facet.key]?.[value] ?? 0) : (totals[facet.key]?.[value] ?? 0);
                return (
                  <label className="facet-option" key={value}>
                    <input
                      type="checkbox"
                      name={facet.key}
                      value={value}
                      checked={checked}
                      onChange={() => controller.toggle(facet.key, value)}
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
          <button type="button" className="secondary" onClick={thenFocusResults(() => controller.clearFilters())}>
            Clear all filters
          </button>
        )}
        </div>
      </form>

      <section aria-labelledby="results-heading" className="search-results">
        <h2 id="results-heading" className="results-heading" tabIndex={-1} ref={resultsHeading}>Results</h2>
        {/* One live region, so how the postcode and the words were read is heard with the count, once. */}
        <div role="status" aria-live="polite" aria-atomic="true" className="search-status">
          <p className="result-count">
            {!mounted
              ? 'Searching needs JavaScript, which is turned off or has not loaded. You can still browse every activity by category or area below.'
              : (view.error ?? view.announcement)}
          </p>
          {mounted && view.placeLabel !== null && found !== null && <p className="place-note">Sorted by distance from {view.placeLabel}, nearest first.</p>}
          {mounted && view.placeNote && <p className="place-note">{view.placeNote}</p>}
          {mounted && view.explanation && found !== null && found > 0 && <p className="explanation">{view.explanation}.</p>}
          {/* Heard too: "15 activities found" for a need no activity names ("stroke") must say that none says it.
              Results for a correction or for fewer words: the status line says so, whole. */}
          {mounted && view.unmatched.length > 0 && found !== null && !view.showingFor && (
            <p className="no-mention">{noMention(view.unmatched)}</p>
          )}
        </div>
        {mounted && view.orSearchFor.length > 0 && found !== null && (
          <p className="or-search-for">
            Or search for{' '}
            {view.orSearchFor.map((query, i) => (
              <span key={query}>
                {i > 0 ? ' or ' : null}
                {searchLink(query)}
              </span>
            ))}
            .
          </p>
        )}
        {found === 0 && (
          <div className="empty-state">
            <p>
              Nothing matches{searched ? <> “{searched}”</> : null}
              {activeFilters.length ? ' with these filters' : ''}. You could:
            </p>
            <ul>
              {view.broader && (
                <li>
                  search without “{view.broader.because}”:{' '}
                  {searchLink(view.broader.query)}
                  ;
                </li>
              )}
              {view.related.map((c) => (
                <li key={c.key}>
                  look at <a href={`/categories/${c.key}/`}>{c.label}</a> activities;
                </li>
              ))}
              {state.query && <li>check the spelling, or try a shorter or more general word (for example “walk” or “music”);</li>}
              {activeFilters.map(({ key, value }) => (
                <li key={`${key}=${value}`}>
                  <button type="button" className="secondary" onClick={thenFocusResults(() => controller.toggle(key, value))}>
                    Remove filter: {facetLabel(key)} – {value}
                  </button>
                </li>
              ))}
              <li>
                <a href="/categories/">browse all categories</a>;
              </li>
              {(repositoryUrl || correctionsEmail) && (
                <li>
                  tell us what is missing:{' '}
                  {repositoryUrl && <a href={missingActivityUrl(repositoryUrl, searched)}>suggest an activity</a>}
                  {repositoryUrl && correctionsEmail && ' or '}
                  {correctionsEmail && <a href={missingActivityMailto(correctionsEmail, searched)}>email {correctionsEmail}</a>}.
                </li>
              )}
            </ul>
          </div>
        )}
        <ul className="cards">{venueCards.map(renderCard)}</ul>
        {remoteCards.length > 0 && (
          <>
            <h3 className="remote-heading">Online or by phone: no travel</h3>
            <ul className="cards">{remoteCards.map(renderCard)}</ul>
          </>
        )}
        {/* Only once this page's cards are in, so arriving cards never push the button down the screen; but kept
            while the cards it asked for load, so the focus stays on it until it moves to the first of them. */}
        {found !== null && ((found > shown && cards.length >= shown) || view.loadingMore) && (
          <button type="button" className="secondary" ref={moreButton} onClick={() => controller.showMore()}>
            Show more ({found - cards.length} more)
          </button>
        )}
        {mounted && (
          <p role="status" className="visually-hidden">
            {view.more?.said}
          </p>
        )}
      </section>
    </div>
  );
}
