/**
 * The search page's behaviour, apart from its markup: the query and ticked
 * filters (kept in the address), Pagefind's searches, the filter file's
 * selection and counts, paging, sorting by distance, and errors. The island
 * subscribes to its `SearchView` and forwards the reader's actions to it.
 *
 * A search runs in three steps, each its own function so it can grow:
 * `termsFor` turns the typed query into what Pagefind is asked, `find` asks
 * it, and `refine` narrows and orders what it found.
 *
 * Before Pagefind's results are trusted, the query's words are checked
 * against the index's own word list: Pagefind answers a word it does not
 * have with pages holding a shorter word ("autism" finds "a"), so a query
 * with such a word has no direct matches. Need-words widen a search to
 * their categories, audiences and words, after the direct matches. A
 * postcode (typed in the query or in "Near a postcode") orders the results
 * by distance, from the site's own place table and page positions: it is
 * never sent anywhere.
 */
import type { Address, Locate, Timers } from './browser.ts';
import { byTravel, sortByDistance, type Point, type WithinMiles } from './distance.ts';
import type { FacetIndex } from './facet-file/decode.ts';
import type { FilterCounts } from './facet-file/format.ts';
import { expandQuery, namesCategory, VOCABULARY_LABELS, type NeedExpansion, type NeedVocabulary } from './need-words.ts';
import { takeFacetWords } from './facet-words.ts';
import { ONLINE_VALUE } from './facets.ts';
import { queryKeeping, searchFewerWords } from './fewer-words.ts';
import type { PageFacts, PagePositions } from './page-facts.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind.ts';
import { loadOnce } from './load-once.ts';
import { byNeedFit, byNeedsAnswered, needFit, type NeedFacets } from './need-fit.ts';
import type { PostcodeExample } from './postcode-example.ts';
import { POSTCODE_EXAMPLE } from '../../schema/postcode.ts';
import { splitCompounds } from './compound-words.ts';
import { withWholeWords } from './whole-words.ts';
import { alsoShowing, FEW_PAGES, maySlip, usualSpelling } from './usual-spelling.ts';
import { placeQuery, type Located, type PlaceTable } from './places.ts';
import { NEAR_ME_NOTE, takeNearMeWords } from './near-me-words.ts';
import { parsePostcodeQuery } from './postcode-query.ts';
import { plannedTexts, planQuery, searchedText, searchUnits, unmentioned, type QueryPlan } from './query-plan.ts';
import { readSearchResult, type SearchResultSummary } from './record.ts';
import { hasCriteria, parseSearchState, RESULTS_PAGE_SIZE, serialiseSearchState, toggleFilter, type SearchState } from './url-state.ts';
import { phraseForm } from './word-forms.ts';
import { queryWords } from './words/query-words.ts';
import { asksLowCost, LOW_COST_NOTE, onlyFillerWords } from './filler-words.ts';
import type { IndexWords } from './words/match.ts';
import type { IndexWordSource } from './site-files.ts';
import type { CategoryKey } from '../../schema/vocabulary.ts';
import { activityCount } from '../activity/count.ts';

export const LOAD_ERROR = 'Search could not load. You can still browse activities by category or area below.';
/** The status line until the first search is on screen: Pagefind's start and that search may each take a while. */
export const LOADING = 'Loading search…';
export const TYPING_PAUSE_MS = 250;
/** When, during that pause, the search for what is typed is matched and its first page of details fetched. */
export const PREFETCH_AFTER_MS = 120;
/** How much longer than the reader's last gap between keys the details wait, when that gap is longer. */
export const KEY_GAP_MARGIN_MS = 50;
/**
 * A word still being typed is searched for before the pause only from this
 * many letters: a shorter one sorts among so many indexed words that its
 * index chunks are rarely the ones the finished word needs.
 */
export const EARLY_SEARCH_LETTERS = 3;

export interface ResultCard extends SearchResultSummary {
  /** Pagefind's id for the result. */
  id: string;
  url: string;
  miles?: number;
  /** Online or by phone, listed apart from venues when sorting by distance from a postcode. */
  remote?: boolean;
}

export interface SearchView {
  /** False until `start`: the page as the server renders it, and as it stays without JavaScript. */
  started: boolean;
  /** Pagefind has loaded, so searches can run. */
  ready: boolean;
  state: SearchState;
  /** Shown instead of results when part of the search failed to load. */
  error: string | null;
  /** What the search on screen found, for the status line (LOADING before the first). */
  announcement: string;
  /** How many results the search on screen found; null before the first and after an error. */
  found: number | null;
  /** Each filter value's count within the search on screen (empty while nothing is chosen). */
  counts: FilterCounts;
  cards: readonly ResultCard[];
  /** How many results are to be shown: "Show more" adds a page. */
  shown: number;
  /** "Show more" was pressed and the cards it adds are on their way. */
  loadingMore: boolean;
  /** Once the cards "Show more" asked for are in: the first of them, where focus goes, and what the page says. */
  more: { firstAdded: string; said: string } | null;
  /** Results are sorted by distance from the reader. */
  nearMe: boolean;
  locationNote: string;
  /** Why results the words do not contain are shown ("Showing activities for loneliness: …"). */
  explanation: string;
  /** The typed words no activity mentions. */
  unmatched: string[];
  /** The correction or the fewer words whose results are shown, because the search as typed found nothing. */
  showingFor: string | null;
  /** The words as typed, when each is on some activity but none has them all, so fewer are shown (`showingFor`). */
  notTogether: string | null;
  /** Other queries with fewer of the words that find something, offered beside `showingFor`. */
  orSearchFor: string[];
  /** Offered when nothing matches: the search without the words that narrowed it to nothing ("thursday"). */
  broader: Broader | null;
  /** The categories the typed needs point to, offered when nothing matches. */
  related: { key: CategoryKey; label: string }[];
  /** The place distances are measured from ("AV4 2NB"), when a postcode was given and placed. */
  placeLabel: string | null;
  /** Said about the postcode: placed from a wider area, or not placed at all. */
  placeNote: string;
}

export interface Broader {
  /** The query as typed, without its filter words. */
  query: string;
  /** What those words narrowed to ("On Thursday only"). */
  because: string;
}

export interface SearchControllerOptions {
  /** The filters' keys, which are also their address parameters. */
  facetKeys: readonly string[];
  loadPagefind: () => Promise<Pagefind>;
  loadFacetIndex: () => Promise<FacetIndex>;
  /** The index's own words (words/extract.ts), fetched in parts as searches need them. */
  indexWords: IndexWordSource;
  /** The need-words' browser vocabulary, loaded with Pagefind. */
  loadNeedWords: () => Promise<{ vocabulary: NeedVocabulary; words: IndexWords }>;
  /** The place table, loaded only once a postcode is used. */
  loadPlaces: () => Promise<PlaceTable>;
  /** Which pages are out of date, in the filter file's rows, loaded at the first search with words. */
  loadPageFacts: () => Promise<PageFacts>;
  /** Pages' map positions, in the filter file's rows, loaded only once a search is near a place. */
  loadPagePositions: () => Promise<PagePositions>;
  timers: Timers;
  address: Address;
  /** Undefined where the reader's position cannot be had at all. */
  locate: Locate | undefined;
  /** One of the directory's postcodes, for saying how to write one (postcode-example.ts). */
  postcodeExample?: PostcodeExample | undefined;
}

/** What the words (and postcode) found, before the filters. */
interface Found {
  /** Direct matches first, then those a need added; no duplicates. */
  results: PagefindResult[];
  /** How many of `results` are direct matches. */
  direct: number;
  plan: QueryPlan | null;
  place?: Located | undefined;
  placeNote?: string | undefined;
  /** Why the results were narrowed by words that mean a filter ("Free activities only"), and what else the words' reading says. */
  narrowed?: string[];
  /** The query without those words, when they left nothing of what the others found. */
  broader?: Broader;
  /** The typed words' plan, when they found nothing and `plan` is their correction's. */
  correctedFrom?: QueryPlan;
  /** The typed words' plan, when they found nothing together and `plan` is that of fewer of them. */
  fewerFrom?: QueryPlan;
  /** Other choices of fewer words that find something, each as its words. */
  otherFewer?: string[][];
}

interface Match {
  matched: PagefindResult[];
  counts: FilterCounts;
  found: Found;
  /** Miles from the postcode, by result id. */
  miles: Map<string, number>;
  remote: Set<string>;
}

/** Running entries with current details before paused or out-of-date ones, otherwise in the order given. */
function currentFirst(results: readonly PagefindResult[], later: (r: PagefindResult) => boolean): PagefindResult[] {
  return [...results.filter((r) => !later(r)), ...results.filter(later)];
}

/** What the page and the status line say about typed words no activity has. */
export function noMention(words: readonly string[]): string {
  return `No activities mention ${words.map((w) => `“${w}”`).join(' or ')}.`;
}

/** What the status line says when the results are for a correction, or for fewer words. */
function showingResultsFor(corrected: string): string {
  return `Showing results for “${corrected}” instead.`;
}

/** What the status line says when each word is on some activity, but no activity has them all. */
function noneTogether(words: string): string {
  return `No activity matches all of “${words}”.`;
}

function withoutRepeats(results: readonly PagefindResult[]): PagefindResult[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
}

/**
 * Whether the query can be searched before the typing pauses: a word left
 * complete (a space after it) can, the word being typed only once it is
 * EARLY_SEARCH_LETTERS long.
 */
function searchableWhileTyping(query: string): boolean {
  const typing = /\s$/.test(query) ? undefined : queryWords(query).at(-1);
  return typing === undefined || [...typing].length >= EARLY_SEARCH_LETTERS;
}

async function toCard(result: PagefindResult): Promise<ResultCard> {
  const data = await result.data();
  return { id: result.id, url: data.url, ...readSearchResult(data, data.url) };
}

export interface SearchController {
  /** The view now; replaced, never changed, at every update. */
  snapshot: () => SearchView;
  subscribe: (listener: (view: SearchView) => void) => () => void;
  /**
   * Reads the search from the address and loads Pagefind; the first results follow. Words already
   * in the boxes (typed into the page as the server drew it, before its script came) are kept and
   * searched, in place of the address's.
   */
  start: (typed?: Partial<Pick<SearchState, 'query' | 'near'>>) => void;
  /** Lets nothing further run or reach the subscribers. */
  stop: () => void;
  type: (query: string) => void;
  toggle: (key: string, value: string) => void;
  clearFilters: () => void;
  /** Sorts by distance from a postcode or district typed in "Near a postcode"; empty stops. */
  setNear: (near: string) => void;
  setWithin: (within: WithinMiles | undefined) => void;
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
    announcement: LOADING,
    found: null,
    counts: {},
    cards: [],
    shown: RESULTS_PAGE_SIZE,
    loadingMore: false,
    more: null,
    nearMe: false,
    locationNote: '',
    explanation: '',
    unmatched: [],
    showingFor: null,
    notTogether: null,
    orSearchFor: [],
    broader: null,
    related: [],
    placeLabel: null,
    placeNote: '',
  };
  const listeners = new Set<(view: SearchView) => void>();
  let pagefind: Pagefind | null = null;
  let stopped = false;
  // The search for what is being typed, started at once; only showing it waits for the typing pause.
  let early: { term: string; found: Promise<PagefindResponse>; done: boolean } | null = null;
  // Stops the timers of the search state before the current one.
  let cancelPending: (() => void) | undefined;
  let searchSeq = 0;
  // When the reader last typed in the search box, and how long before that the key before came.
  let lastKeyAt = -Infinity;
  let keyGap = Infinity;
  let cardSeq = 0;
  // The search on screen's results, in order.
  let results: PagefindResult[] | null = null;
  // The reader's position lives only here, in memory: never stored, never sent.
  let origin: Point | null = null;
  // What a search uses besides Pagefind, loaded once.
  let needs: { vocabulary: NeedVocabulary; words: IndexWords } | null = null;
  // How the search on screen was ordered and grouped by distance from a postcode.
  let milesById = new Map<string, number>();
  let remoteIds = new Set<string>();
  let exactTitle = '';

  const update = (patch: Partial<SearchView>) => {
    if (stopped) return;
    const next = { ...view, ...patch };
    view = next;
    for (const listener of listeners) listener(next);
  };

  /**
   * The address is kept in step so a search can be bookmarked, shared, or reloaded. What is typed
   * reaches it when the results for it show: a browser asks for the page's icon again at each change
   * of address (every key, on a host that forbids caching).
   */
  const setState = (state: SearchState, typed = false) => {
    update({ state });
    if (!typed) address.replace(serialiseSearchState(state));
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
    if (!pagefind || !query.trim() || !searchableWhileTyping(query)) return;
    // A postcode is not searched for as a word, and a word the index lacks is not searched at all.
    if (parsePostcodeQuery(query).postcode) return;
    // The words the search after the pause will ask Pagefind for: without "near me" or filter words ("free", "tuesday").
    const parts = options.indexWords.loaded([splitCompounds(query)]);
    let text = takeNearMeWords(splitCompounds(query, parts && ((part) => !parts.unmatched(part).length))).query;
    const { words: unfiltered, facets } = takeFacetWords(text);
    if (facets.length) text = unfiltered;
    if (!text.trim()) return;
    const words = options.indexWords.loaded([text]);
    if (!words) {
      // Its part of the word list is on its way: search once that tells, if the query is still this one.
      options.indexWords.for([text]).then(
        () => {
          if (!stopped && view.state.query === query) startEarly(query);
        },
        () => undefined,
      );
      return;
    }
    // Without its filler words ("something for my …"), as the search after the pause asks (query-plan.ts).
    if (needs) text = searchedText(text, needs.vocabulary, words);
    if (words.unmatched(text).length) return;
    // One early search at a time: on a large directory a queue of them would delay the one that counts.
    if (early && !early.done) {
      pagefind.preload(termsFor(text).trim()).catch(() => undefined);
      return;
    }
    searchFor(pagefind, text);
  };

  // Every activity A to Z: what a search with no words starts from.
  const everything = loadOnce(() => {
    if (!pagefind) return Promise.reject(new Error('Pagefind has not loaded.'));
    return pagefind.search(null, { sort: { title: 'asc' } });
  });
  // Loaded at the first search with criteria (the page brings the directory's own counts).
  const facetIndexNow = loadOnce(options.loadFacetIndex);
  const pageFactsNow = loadOnce(options.loadPageFacts);
  const pagePositionsNow = loadOnce(options.loadPagePositions);
  const placesNow = loadOnce(options.loadPlaces);

  /** The query's words apart from a postcode and from "near me", and where that postcode is. */
  const placeFor = async (state: SearchState): Promise<{ words: string; place?: Located; placeNote?: string }> => {
    const parts = await options.indexWords.for([splitCompounds(state.query)]);
    const { query, nearMe } = takeNearMeWords(splitCompounds(state.query, (part) => !parts.unmatched(part).length));
    const placed = await placeIn(state, query);
    // Where the reader is comes only from their device when they ask, so the page says how to ask.
    if (!nearMe || placed.place || placed.placeNote || origin) return placed;
    return { ...placed, placeNote: NEAR_ME_NOTE };
  };

  /** The words of `query` apart from a postcode, and where that postcode (or the state's "Near a postcode") is. */
  const placeIn = async (state: SearchState, query: string): Promise<{ words: string; place?: Located; placeNote?: string }> => {
    const near = state.near?.trim() ?? '';
    if (!near && !parsePostcodeQuery(query).postcode) return { words: query };
    const table = await placesNow();
    const typed = placeQuery(table, query);
    if (!near) {
      const words = typed.words.join(' ');
      if ('place' in typed) return { words, place: typed.place, ...(typed.place.note ? { placeNote: typed.place.note } : {}) };
      return 'note' in typed ? { words, placeNote: typed.note } : { words };
    }
    // A postcode in the box as well as in "Near a postcode": the box's one is not a word either.
    const words = ('place' in typed || 'unplaced' in typed ? typed.words : [query]).join(' ');
    const asked = placeQuery(table, near);
    if ('place' in asked && asked.words.length === 0) return { words, place: asked.place, ...(asked.place.note ? { placeNote: asked.place.note } : {}) };
    if ('note' in asked && asked.words.length === 0) return { words, placeNote: asked.note };
    const like = options.postcodeExample ?? POSTCODE_EXAMPLE;
    return { words, placeNote: `“${near}” is not a UK postcode or a district this directory knows. Write it like “${like.postcode}” or “${like.district}”. Results are in the usual order.` };
  };

  /** What the state's words and postcode find. */
  const find = async (pf: Pagefind, state: SearchState): Promise<Found> => {
    const placed = await placeFor(state);
    const base = { place: placed.place, placeNote: placed.placeNote };
    // Words that mean a filter ("free") narrow what the other words find (facet-words.ts).
    const { words, facets } = takeFacetWords(placed.words);
    // Beside a filter's words, the rest may say nothing ("something to do on a" sunday): the filter alone is asked for.
    const found = await findWords(pf, facets.length && onlyFillerWords(words) ? '' : words, base);
    // "cheap" narrows nothing (filler-words.ts): the page says how to see what is free, unless it shows only that.
    const freeOnly = facets.some((f) => f.key === 'cost') || (state.filters['cost'] ?? []).length > 0;
    const said = !freeOnly && asksLowCost(words) ? [LOW_COST_NOTE] : [];
    if (!facets.length) return said.length ? { ...found, narrowed: [...(found.narrowed ?? []), ...said] } : found;
    const index = await facetIndexNow();
    const keep = (r: PagefindResult) => facets.every(({ key, values }) => values.some((value) => index.has(index.pageNumber(r.id), key, value)));
    const results = found.results.filter(keep);
    const direct = found.results.slice(0, found.direct).filter(keep).length;
    const narrowed = facets.map((f) => f.note);
    // Every activity the words found is narrowed away: the reader may search without those words.
    const broader = results.length === 0 && found.results.length > 0 ? takeFacetWords(splitCompounds(state.query)).words : '';
    return { ...found, results, direct, narrowed: [...narrowed, ...(found.narrowed ?? []), ...said], ...(broader ? { broader: { query: broader, because: narrowed.join(', ') } } : {}) };
  };

  /**
   * What words find, or, when they find nothing and a mistyped word has a
   * correction, what the correction finds: a reader who typed "walkng" wants
   * the walking groups, not a button to ask for them. When every word is
   * spelt as some activity has it but none has them all, what fewer of them
   * find. Ticked filters narrow afterwards, so these are chosen by the words
   * alone: the reader sees what the filters leave of them, and can untick.
   */
  const findWords = async (pf: Pagefind, words: string, base: Pick<Found, 'place' | 'placeNote'>): Promise<Found> => {
    const found = await findTyped(pf, words, base);
    if (found.results.length && found.plan) return withUsualSpelling(pf, found, base);
    if (found.results.length || !found.plan) return found;
    const corrected = found.plan.corrected;
    if (corrected !== undefined) {
      const again = await findTyped(pf, corrected, base);
      // A correction that finds nothing either leaves the reader's own words, with the way out of an empty search.
      return again.results.length ? { ...again, correctedFrom: found.plan } : found;
    }
    // Each word on some activity, but none with them all: fewer of the words, the telling ones kept (fewer-words.ts).
    const total = (await everything()).results.length;
    const typed = searchUnits(found.plan);
    const fewer = await searchFewerWords(typed, {
      search: (text) => findTyped(pf, text, base),
      count: (f) => f.results.length,
      mentions: (f) => f.direct,
      // A need widened its search, or it is a word of a category's name ("cooking", "walking").
      topical: (word, f) => f.results.length > f.direct || namesCategory(word),
      totalPages: total,
    });
    return fewer ? { ...fewer.found, fewerFrom: found.plan, otherFewer: fewer.others } : found;
  };

  /** What a slip a page or two share finds, then what its usual spelling finds (usual-spelling.ts). */
  const withUsualSpelling = async (pf: Pagefind, found: Found, base: Pick<Found, 'place' | 'placeNote'>): Promise<Found> => {
    const search = found.plan!.search;
    if (found.direct === 0 || found.direct > FEW_PAGES || !maySlip(search, await options.indexWords.for([search]))) return found;
    const usual = usualSpelling(search, await options.indexWords.all());
    if (usual === undefined) return found;
    const again = await findTyped(pf, usual, base);
    const seen = new Set(found.results.map((r) => r.id));
    const unseen = (list: PagefindResult[]) => list.filter((r) => !seen.has(r.id));
    const moreDirect = unseen(again.results.slice(0, again.direct));
    const moreAdded = unseen(again.results.slice(again.direct));
    if (!moreDirect.length && !moreAdded.length) return found;
    return {
      ...found,
      results: [...found.results.slice(0, found.direct), ...moreDirect, ...found.results.slice(found.direct), ...moreAdded],
      direct: found.direct + moreDirect.length,
      // And why a need the usual spelling names added more ("exercise": getting active).
      narrowed: [...(found.narrowed ?? []), alsoShowing(usual), ...(moreAdded.length && again.plan?.explanation ? [again.plan.explanation] : [])],
    };
  };

  /** The categories and audiences needs add, as the filter file labels them. */
  const needFacets = (expansions: readonly NeedExpansion[]): NeedFacets => ({
    categories: [...new Set(expansions.flatMap((e) => e.categories))].map((k) => VOCABULARY_LABELS.categories[k]),
    // "People living with a condition" covers every condition: where a need names its conditions,
    // those words choose the activities (as explain() words it), not the whole audience.
    audiences: [
      ...new Set(expansions.flatMap((e) => e.audiences.filter((a) => !(a === 'people-with-a-condition' && e.conditions.length > 0)))),
    ].map((k) => VOCABULARY_LABELS.audiences[k]),
  });

  /** Whether a result ranks below the rest: a paused group cannot be gone to this week, nor trusted one whose details are old. */
  const laterNow = async (): Promise<(r: PagefindResult) => boolean> => {
    const [facts, index] = await Promise.all([pageFactsNow(), facetIndexNow()]);
    return (r) => {
      const row = index.pageNumber(r.id);
      return facts.outOfDate(row) || facts.paused(row);
    };
  };

  /**
   * What words find: with none, every activity A to Z; with a word the index
   * lacks, no direct matches; then, when the words name needs, what those
   * needs add, with the same other words.
   */
  const findTyped = async (pf: Pagefind, words: string, base: Pick<Found, 'place' | 'placeNote'>): Promise<Found> => {
    if (!words.trim() || !needs) {
      const all = (await everything()).results;
      return { results: all, direct: all.length, plan: null, ...base };
    }
    const sources = { vocabulary: needs.vocabulary, needWords: needs.words };
    let indexWords = await options.indexWords.for(plannedTexts(words, needs.vocabulary));
    let plan = planQuery(words, { words: indexWords, ...sources });
    // A word no activity mentions, and no need names, may be a slip for any of the index's words.
    if (plan.unmatched.some((word) => !expandQuery([word], sources.vocabulary).length)) {
      indexWords = await options.indexWords.all();
      plan = planQuery(words, { words: indexWords, ...sources });
    }
    // "men" is not a search for "mental" (whole-words.ts).
    const wholeWords = (query: string, found: PagefindResponse) => withWholeWords(pf, query, indexWords, found.results);
    const direct = plan.unmatched.length ? [] : await wholeWords(plan.search, await searchFor(pf, plan.search));
    const index = await facetIndexNow();
    const later = await laterNow();
    if (!plan.expansions.length || !plan.restMatches) return { results: currentFirst(direct, later), direct: direct.length, plan, ...base };

    const rest = plan.rest;
    // What the other words find, alone or beside each of a need's words.
    const withRest = async (term = '') => {
      const query = [term, rest].filter(Boolean).join(' ');
      // A need's words are whole words too: its "men's group" is not a search for mental health groups.
      return query ? wholeWords(query, await pf.search(query)) : (await everything()).results;
    };
    const [within, ...byTerm] = await Promise.all([withRest(), ...plan.extraTerms.map((term) => withRest(term))]);
    const hasFor = (r: PagefindResult) => {
      const row = index.pageNumber(r.id);
      return (facet: 'category' | 'audience', value: string) => index.has(row, facet, value);
    };
    const inNeeds = byNeedFit(within!, hasFor, needFacets(plan.expansions));
    const directIds = new Set(direct.map((r) => r.id));
    let added = withoutRepeats([...byTerm.flat(), ...inNeeds]).filter((r) => !directIds.has(r.id));
    // Beside two needs ("exercise for arthritis"), what answers both comes before what answers one:
    // by one of a need's own words, or by its categories and audiences.
    if (plan.expansions.length > 1) {
      const termsOf = plan.expansions.map((e) => new Set([...e.alsoWords, ...e.conditions].map((t) => t.toLowerCase())));
      const foundBy = new Map<string, Set<number>>();
      byTerm.forEach((results, j) => {
        const needsOfTerm = termsOf.flatMap((terms, i) => (terms.has(plan.extraTerms[j]!) ? [i] : []));
        for (const r of results) for (const i of needsOfTerm) foundBy.set(r.id, (foundBy.get(r.id) ?? new Set()).add(i));
      });
      const each = plan.expansions.map((e) => needFacets([e]));
      added = byNeedsAnswered(added, (r) => each.filter((facets, i) => foundBy.get(r.id)?.has(i) || needFit(hasFor(r), facets) !== undefined).length);
    }
    return { results: [...currentFirst(direct, later), ...currentFirst(added, later)], direct: direct.length, plan, ...base };
  };

  /**
   * Narrows and orders what Pagefind found. Pagefind finds the words; ticks
   * and counts come from the filter file (facet-file/format.ts says why).
   */
  const refine = async (finding: Promise<Found>, state: SearchState): Promise<Match> => {
    const miles = new Map<string, number>();
    const remote = new Set<string>();
    if (!hasCriteria(state)) {
      const found = await finding;
      return { matched: found.results, counts: {}, found, miles, remote };
    }
    const [found, index] = await Promise.all([finding, facetIndexNow()]);
    // Filters with no words ("evening", a tick): A to Z, but what cannot be gone to this week last.
    let results = found.plan === null ? currentFirst(found.results, await laterNow()) : found.results;
    if (found.place) {
      const positions = await pagePositionsNow();
      const position = (r: PagefindResult) => positions.position(index.pageNumber(r.id));
      // Nearest first among the activities that mention the words, then among those a need adds:
      // "dementia near …" lists the dementia groups by distance before the other long-term conditions.
      const tiers = [results.slice(0, found.direct), results.slice(found.direct)].map((tier) =>
        byTravel(tier, found.place!.origin, {
          position,
          // Online or by phone, with no venue to travel to.
          remote: (r) => index.has(index.pageNumber(r.id), 'area', ONLINE_VALUE) && position(r) === undefined,
          within: state.within,
        }),
      );
      for (const travel of tiers) {
        for (const { item, miles: m } of travel.near) miles.set(item.id, m);
        for (const item of travel.remote) remote.add(item.id);
      }
      results = [...tiers.flatMap((t) => t.near.map((n) => n.item)), ...tiers.flatMap((t) => t.unplaced), ...tiers.flatMap((t) => t.remote)];
    }
    const { kept, counts } = index.select(results, (r) => index.pageNumber(r.id), state.filters);
    return { matched: kept, counts, found, miles, remote };
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
    const show = timers.setTimeout(() => {
      address.replace(serialiseSearchState(state));
      matchState().then(
        (match) => {
          if (seq === searchSeq) showMatch(state, match);
        },
        () => {
          if (seq === searchSeq) fail();
        },
      );
    }, state.query || state.near ? TYPING_PAUSE_MS : 0);
    // Part way through the pause the typing has probably stopped: match the search now, and fetch the
    // first page of details, so the results can show as soon as the pause ends. Details fetched before a
    // key typed on are thrown away, a page for every key, so they wait for longer than the reader's last
    // gap between keys (unknown after a pause), or for the pause's end when that is later.
    let typing = false;
    const detailsAfter = keyGap < TYPING_PAUSE_MS ? Math.max(PREFETCH_AFTER_MS, keyGap + KEY_GAP_MARGIN_MS) : PREFETCH_AFTER_MS;
    const early = state.query !== '' && searchableWhileTyping(state.query);
    const prefetch = early ? timers.setTimeout(() => matchState().catch(() => undefined), PREFETCH_AFTER_MS) : undefined;
    const details =
      early && detailsAfter < TYPING_PAUSE_MS
        ? timers.setTimeout(() => {
            matchState().then(
              ({ matched }) => {
                if (!typing) for (const result of matched.slice(0, RESULTS_PAGE_SIZE)) result.data().catch(() => undefined);
              },
              () => undefined,
            );
          }, detailsAfter)
        : undefined;
    cancelPending = () => {
      typing = true;
      timers.clearTimeout(show);
      if (prefetch !== undefined) timers.clearTimeout(prefetch);
      if (details !== undefined) timers.clearTimeout(details);
    };
  };

  const showMatch = (state: SearchState, { matched, counts, found, miles, remote }: Match) => {
    results = matched;
    milesById = miles;
    remoteIds = remote;
    const n = matched.length;
    const plan = found.plan;
    const typed = found.correctedFrom ?? found.fewerFrom ?? plan;
    const unmatched = typed ? unmentioned(typed) : [];
    const showingFor = (found.correctedFrom || found.fewerFrom) && plan ? plan.text : null;
    const notTogether = found.fewerFrom?.text ?? null;
    const typedWords = found.fewerFrom ? searchUnits(found.fewerFrom) : [];
    const orSearchFor = (found.otherFewer ?? []).map((kept) => queryKeeping(splitCompounds(state.query), typedWords, kept));
    exactTitle = plan ? phraseForm(plan.text) : '';
    const categories = [...new Set(plan?.expansions.flatMap((e) => e.categories) ?? [])];
    const counted = n === 0 ? 'No activities found.' : `${activityCount(n)} found${hasCriteria(state) ? '' : ' in total'}.`;
    update({
      error: null,
      found: n,
      counts,
      shown: RESULTS_PAGE_SIZE,
      loadingMore: false,
      more: null,
      explanation: [plan?.explanation, ...(found.narrowed ?? [])].filter(Boolean).join('. '),
      unmatched,
      showingFor,
      notTogether,
      orSearchFor,
      broader: found.broader ?? null,
      related: categories.map((key) => ({ key, label: VOCABULARY_LABELS.categories[key] })),
      placeLabel: found.place?.code ?? null,
      placeNote: found.placeNote ?? '',
      // The status line is what a screen reader hears: it says the words were corrected, not just a count.
      announcement:
        showingFor === null ? counted : `${notTogether === null ? noMention(unmatched) : noneTogether(notTogether)} ${showingResultsFor(showingFor)} ${counted}`,
    });
    loadCards();
  };

  /** Loads result details only for the cards on screen, or for every result when sorting by distance. */
  /** The results nearest `from` first, with their distances, from the page positions: no result's details are needed. */
  const nearestFirst = async (items: readonly PagefindResult[], from: Point): Promise<{ item: PagefindResult; miles?: number }[]> => {
    const [positions, index] = await Promise.all([pagePositionsNow(), facetIndexNow()]);
    return sortByDistance(items, from, (r) => positions.position(index.pageNumber(r.id)));
  };

  const loadCards = (afterMore = false) => {
    if (!results) return;
    const seq = ++cardSeq;
    const { shown } = view;
    const before = new Set(view.cards.map((c) => c.id));
    const found = results;
    // Distance from a typed postcode has ordered the results already, from the page positions.
    const byPostcode = view.placeLabel !== null;
    const from = byPostcode ? null : origin;
    const ordering = from ? nearestFirst(found, from) : Promise.resolve(found.map((item) => ({ item, miles: milesById.get(item.id) })));
    ordering
      .then((ordered) =>
        Promise.all(
          ordered.slice(0, shown).map(async ({ item, miles }): Promise<ResultCard> => {
            const card = await toCard(item);
            return { ...card, ...(miles !== undefined ? { miles } : {}), ...(remoteIds.has(card.id) ? { remote: true } : {}) };
          }),
        ),
      )
      .then(
        (cards) => {
          if (seq !== cardSeq) return;
          const ordered = byPostcode || from ? cards : exactTitleFirst(cards);
          // Online ones come last in the results, so the first new card here is the first new one on screen.
          const added = afterMore ? ordered.find((c) => !before.has(c.id)) : undefined;
          update({
            cards: ordered,
            loadingMore: false,
            more: added ? { firstAdded: added.id, said: `Showing ${ordered.length} of ${activityCount(found.length)}.` } : null,
          });
        },
        () => {
          if (seq === cardSeq) fail();
        },
      );
  };

  /** An activity whose title is exactly what was typed comes first among the cards loaded. */
  const exactTitleFirst = (cards: ResultCard[]): ResultCard[] => {
    if (!exactTitle) return cards;
    const exact = cards.filter((c) => phraseForm(c.title) === exactTitle);
    return exact.length ? [...exact, ...cards.filter((c) => !exact.includes(c))] : cards;
  };

  /** Says the search could not load, rather than leave an older search's results on screen. */
  const fail = () => {
    results = null;
    cardSeq++;
    update({ error: LOAD_ERROR, found: null, counts: {}, cards: [], announcement: '', loadingMore: false, more: null });
  };

  return {
    snapshot: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: (typed = {}) => {
      update({ started: true });
      const state = parseSearchState(address.read(), options.facetKeys);
      if (typed.query?.trim()) state.query = typed.query;
      if (typed.near?.trim()) state.near = typed.near;
      setState(state);
      // The need-words are small, so they load alongside Pagefind's own start; the index's words wait for a search.
      Promise.all([options.loadPagefind(), options.loadNeedWords()]).then(([loaded, needWords]) => {
        if (stopped) return;
        pagefind = loaded;
        needs = needWords;
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
      const now = timers.now();
      keyGap = now - lastKeyAt;
      lastKeyAt = now;
      startEarly(query);
      setState({ ...view.state, query }, true);
    },
    toggle: (key, value) => setState(toggleFilter(view.state, key, value)),
    clearFilters: () => setState({ ...view.state, filters: {} }),
    setNear: (near) => {
      const { near: _old, within, ...rest } = view.state;
      setState(near.trim() ? { ...rest, near, ...(within !== undefined ? { within } : {}) } : rest);
    },
    setWithin: (within) => {
      const { within: _old, ...rest } = view.state;
      setState(within === undefined ? rest : { ...rest, within });
    },
    showMore: () => {
      update({ shown: view.shown + RESULTS_PAGE_SIZE, loadingMore: true });
      loadCards(true);
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
