/**
 * The benchmark's results as Markdown tables (RESULTS.md and the console),
 * and the budgets from the scaling issue checked against them.
 * Units are decimal: 1 kB = 1,000 bytes, 1 MB = 1,000,000, 1 GB = 10^9.
 */
import type { BuildMeasurement } from './build-site.ts';
import type { HugoMeasurement } from './hugo-build.ts';
import type { PageAudit } from './lighthouse-audit.ts';
import type { PageWeight } from './page-weight.ts';
import { KEY_DELAY_MS, TYPING_PAUSE_MS, type CaseResult, type SearchMeasurement } from './search-bench.ts';
import { median, percentile } from './stats.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search/url-state.ts';

export interface SizeResult {
  entries: number;
  generateSeconds: number;
  build: BuildMeasurement;
  /** After the cold builds, one entry changed and the site built again over them; absent in results from before it was measured. */
  rebuild?: BuildMeasurement;
  search: SearchMeasurement;
  pages: PageWeight[];
  lighthouse?: PageAudit[];
  /** The same entries built by Hugo + Pagefind, alternating with our build; absent with --no-hugo. */
  comparison?: BuildComparison;
}

export interface BuildComparison {
  hugoVersion: string;
  /** In the order run: ours, then Hugo + Pagefind, then ours again… */
  rounds: { ours: Pick<BuildMeasurement, 'astro' | 'pagefind'>; hugo: HugoMeasurement }[];
  /** Medians over the rounds (nearest rank, as everywhere in the report). */
  oursSeconds: number;
  hugoSeconds: number;
  /** oursSeconds / hugoSeconds. */
  ratio: number;
}

/** Full build and indexing may take at most this many times Hugo + Pagefind. */
export const HUGO_RATIO_BUDGET = 3;

export function hugoTotalSeconds(hugo: HugoMeasurement): number {
  return hugo.hugo.seconds + hugo.pagefind.seconds;
}

export function compareBuilds(rounds: BuildComparison['rounds'], hugoVersion: string): BuildComparison {
  const oursSeconds = median(rounds.map((r) => buildTotalSeconds(r.ours)))!;
  const hugoSeconds = median(rounds.map((r) => hugoTotalSeconds(r.hugo)))!;
  return { hugoVersion, rounds, oursSeconds, hugoSeconds, ratio: oursSeconds / hugoSeconds };
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryBytes: number;
  /** 1, 5 and 15 minute load averages when the run started: above the core count means the figures are inflated. */
  loadAverage: number[];
  node: string;
  chromium: string;
  platform: string;
}

export interface BenchResults {
  note: string;
  startedAt: string;
  finishedAt?: string;
  machine: Machine;
  seed: number;
  areas: number;
  queries: number;
  sizes: SizeResult[];
  /** Sizes whose build or measurement stopped with an error (out of memory, a crash): the run goes on to the next size. */
  failed?: { entries: number; error: string }[];
}

const n = (value: number) => value.toLocaleString('en-GB');
const fixed = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const kB = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const GB = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The later searches of the first pass: the index is loaded, but each search's own chunks are new. */
export function laterSearches(search: SearchMeasurement): CaseResult[] {
  return search.cases.filter((c) => c.pass === 1).slice(1);
}

function repeatedSearches(search: SearchMeasurement): CaseResult[] {
  return search.cases.filter((c) => c.pass === 2);
}

function times(cases: readonly CaseResult[], withoutPause: boolean): number[] {
  return cases.flatMap((c) => (c.ms === null ? [] : [withoutPause && c.debounced ? c.ms - TYPING_PAUSE_MS : c.ms]));
}

export function buildTotalSeconds(build: Pick<BuildMeasurement, 'astro' | 'pagefind'>): number {
  return build.astro.seconds + build.pagefind.seconds;
}

export function peakRss(build: Pick<BuildMeasurement, 'astro' | 'pagefind'>): number {
  return Math.max(build.astro.peakRssBytes, build.pagefind.peakRssBytes);
}

export const BUILD_COLUMNS = ['entries', 'astro build (s)', 'indexing (s)', 'total (s)', 'peak RSS build', 'peak RSS indexing', 'pages', 'pages/s', 'dist/', 'search index'] as const;
export const REBUILD_COLUMNS = ['entries', 'astro build (s)', 'indexing (s)', 'total (s)', 'peak RSS build', 'peak RSS indexing'] as const;
export const SEARCH_BYTES_COLUMNS = ['entries', 'page opening', 'first search', 'later search median', 'later search max', 'filters', 'search from URL (cold)', 'searches with no results'] as const;
export const SEARCH_TIME_COLUMNS = ['entries', 'page ready (ms)', 'search from URL (ms)', 'first search (ms)', 'later median (ms)', 'later p95 (ms)', 'later median − pause', 'later p95 − pause', 'repeat median − pause', 'repeat p95 − pause', 'not timed'] as const;
export const PAGE_COLUMNS = ['entries', 'page', 'path', 'HTML gzip', 'HTML brotli', 'CSS gzip', 'JS gzip', 'JS brotli', 'JS files', 'HTML+CSS gzip'] as const;
export const HUGO_ROUND_COLUMNS = ['entries', 'round', 'ours: build + indexing (s)', 'ours: peak RSS', 'Hugo (s)', 'Pagefind over Hugo (s)', 'Hugo + Pagefind (s)', 'Hugo + Pagefind: peak RSS', 'Hugo pages', 'pages indexed'] as const;
export const HUGO_SUMMARY_COLUMNS = ['entries', 'rounds', 'ours median (s)', 'Hugo + Pagefind median (s)', 'ours / Hugo + Pagefind'] as const;
export const TYPED_COLUMNS = ['entries', 'search page + first word', 'first word', 'later word median', 'later word max', 'later words', 'first word: last key to results (ms)', 'later word: last key to results, median (ms)'] as const;
const LIGHTHOUSE_NOTE =
  "Where a page was audited more than once, its scores are the median run's, picked as Lighthouse's own tools pick it (nearest the median first paint and time to interactive), and each run's performance score follows in brackets: the simulated slow phone multiplies whatever else the machine is doing.";

export const LIGHTHOUSE_COLUMNS = ['entries', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'below 90 in'] as const;

function buildTable(sizes: readonly SizeResult[]): string {
  return table(
    BUILD_COLUMNS,
    sizes.map(({ entries, build }) => [
      n(entries),
      fixed(build.astro.seconds, 1),
      fixed(build.pagefind.seconds, 1),
      fixed(buildTotalSeconds(build), 1),
      GB(build.astro.peakRssBytes),
      GB(build.pagefind.peakRssBytes),
      n(build.pages),
      fixed(build.pages / build.astro.seconds, 0),
      `${MB(build.distBytes)} (${n(build.distFiles)} files)`,
      `${MB(build.indexBytes)} (${n(build.indexFiles)} files)`,
    ]),
  );
}

function rebuildTable(sizes: readonly SizeResult[]): string {
  return table(
    REBUILD_COLUMNS,
    sizes.flatMap(({ entries, rebuild }) => (rebuild ? [[
      n(entries),
      fixed(rebuild.astro.seconds, 1),
      fixed(rebuild.pagefind.seconds, 1),
      fixed(buildTotalSeconds(rebuild), 1),
      GB(rebuild.astro.peakRssBytes),
      GB(rebuild.pagefind.peakRssBytes),
    ]] : [])),
  );
}

function searchBytesTable(sizes: readonly SizeResult[]): string {
  return table(
    SEARCH_BYTES_COLUMNS,
    sizes.map(({ entries, search }) => {
      const later = laterSearches(search).map((c) => c.bytes.gzip);
      const opening = Object.entries(search.load.gzip).filter(([kind]) => kind !== 'site').reduce((s, [, b]) => s + b, 0);
      const empty = search.cases.filter((c) => c.pass === 1 && c.results === 0).length;
      return [
        n(entries),
        kB(opening),
        `${kB(search.firstSearch.gzip)} (${kB(search.firstSearch.raw)} as sent)`,
        kB(median(later)),
        kB(later.length ? Math.max(...later) : null),
        kB(search.filterBytes.gzip),
        kB(search.coldUrl.bytes.gzip),
        `${empty} of ${search.cases.length / 2}`,
      ];
    }),
  );
}

function searchTimeTable(sizes: readonly SizeResult[]): string {
  return table(
    SEARCH_TIME_COLUMNS,
    sizes.map(({ entries, search }) => {
      const later = laterSearches(search);
      const repeat = repeatedSearches(search);
      const first = search.cases[0];
      return [
        n(entries),
        fixed(search.readyMs),
        fixed(search.coldUrl.ms),
        fixed(first?.ms),
        fixed(median(times(later, false))),
        fixed(percentile(times(later, false), 95)),
        fixed(median(times(later, true))),
        fixed(percentile(times(later, true), 95)),
        fixed(median(times(repeat, true))),
        fixed(percentile(times(repeat, true), 95)),
        `${search.cases.filter((c) => c.ms === null).length} of ${search.cases.length}`,
      ];
    }),
  );
}

function hugoRoundTable(sizes: readonly SizeResult[]): string {
  return table(
    HUGO_ROUND_COLUMNS,
    sizes.flatMap(({ entries, comparison }) =>
      (comparison?.rounds ?? []).map(({ ours, hugo }, i) => [
        n(entries),
        String(i + 1),
        fixed(buildTotalSeconds(ours), 1),
        GB(peakRss(ours)),
        fixed(hugo.hugo.seconds, 1),
        fixed(hugo.pagefind.seconds, 1),
        fixed(hugoTotalSeconds(hugo), 1),
        GB(Math.max(hugo.hugo.peakRssBytes, hugo.pagefind.peakRssBytes)),
        n(hugo.pages),
        n(hugo.indexedPages),
      ]),
    ),
  );
}

function hugoSummaryTable(sizes: readonly SizeResult[]): string {
  return table(
    HUGO_SUMMARY_COLUMNS,
    sizes.flatMap(({ entries, comparison }) =>
      comparison ? [[n(entries), String(comparison.rounds.length), fixed(comparison.oursSeconds, 1), fixed(comparison.hugoSeconds, 1), `${fixed(comparison.ratio, 2)}x`]] : [],
    ),
  );
}

function hugoSection(sizes: readonly SizeResult[]): string {
  const compared = sizes.find((s) => s.comparison)?.comparison;
  if (!compared) return '\n## Against Hugo + Pagefind\n\nNot measured (--no-hugo).\n';
  return `
## Against Hugo + Pagefind

What a team would otherwise pick: ${compared.hugoVersion} (Debian's package) with the plainest templates (tests/bench/hugo/: an activity page of title, summary, venue and body, a list and a home page) over the same generated Markdown, then the same Pagefind over Hugo's output. Both cold, run alternately (ours, Hugo + Pagefind, ours…), each with its peak RSS sampled as above. The tables above show our round of median time.

${hugoRoundTable(sizes)}

${hugoSummaryTable(sizes)}
`;
}

function typedTable(sizes: readonly SizeResult[]): string {
  return table(
    TYPED_COLUMNS,
    sizes.flatMap(({ entries, search: { typed } }) => {
      if (!typed) return [];
      const { opening, first, later } = typed;
      const laterBytes = later.map((w) => w.bytes.gzip);
      const laterMs = later.flatMap((w) => (w.ms === null ? [] : [w.ms]));
      return [[
        n(entries),
        `${kB(first.bytes.gzip)} (${kB(first.bytes.raw)} uncompressed)`,
        `${kB(first.bytes.gzip - opening.gzip)} (“${first.word}”)`,
        kB(median(laterBytes)),
        kB(laterBytes.length ? Math.max(...laterBytes) : null),
        String(later.length),
        fixed(first.ms),
        fixed(median(laterMs)),
      ]];
    }),
  );
}

function pageTable(sizes: readonly SizeResult[]): string {
  return table(
    PAGE_COLUMNS,
    sizes.flatMap(({ entries, pages }) =>
      pages.map((p) => [n(entries), p.name, `\`${p.path}\``, kB(p.html.gzip), kB(p.html.brotli), kB(p.css.gzip), kB(p.js.gzip), kB(p.js.brotli), n(p.js.files), kB(p.html.gzip + p.css.gzip)]),
    ),
  );
}

function lighthouseRow(a: PageAudit): string[] {
  const failing = Object.entries(a.failing).flatMap(([category, ids]) => ids.map((id) => `${category}: ${id}`));
  const runs = a.performanceRuns && a.performanceRuns.length > 1 ? ` (runs: ${a.performanceRuns.map((score) => fixed(score)).join(', ')})` : '';
  return [`${a.name} \`${a.path}\``, `${fixed(a.scores.performance)}${runs}`, fixed(a.scores.accessibility), fixed(a.scores['best-practices']), fixed(a.scores.seo), failing.join(', ') || '–'];
}

function lighthouseTable(sizes: readonly SizeResult[]): string | undefined {
  const rows = sizes.flatMap(({ entries, lighthouse }) => (lighthouse ?? []).map((a) => [n(entries), ...lighthouseRow(a)]));
  return rows.length ? table(LIGHTHOUSE_COLUMNS, rows) : undefined;
}

const repeatedAudits = (sizes: readonly SizeResult[]) => sizes.some((s) => s.lighthouse?.some((a) => (a.performanceRuns?.length ?? 0) > 1));

/** The same table for one site, as `npm run lighthouse` prints it. */
export function lighthouseScoresTable(audits: readonly PageAudit[]): string {
  return table(LIGHTHOUSE_COLUMNS.slice(1), audits.map(lighthouseRow));
}

interface Budget {
  what: string;
  limit: string;
  /** The size this budget applies to; undefined for the page budgets, checked at the largest size measured. */
  entries?: number;
  measure: (size: SizeResult) => { value: number; shown: string } | undefined;
  max: number;
}

/** The whole first visit to search, a word typed a key at a time, at one size. */
function firstWordTypedBudget(entries: number, max: number): Budget {
  return {
    what: `search page plus a first word typed a key at a time at ${n(entries)}, gzip, the worker's requests included`,
    limit: `≤ ${max / 1000} kB`,
    entries,
    max,
    measure: ({ search: { typed } }) => (typed ? { value: typed.first.bytes.gzip, shown: `${kB(typed.first.bytes.gzip)} (“${typed.first.word}”)` } : undefined),
  };
}

const BUDGETS: readonly Budget[] = [
  { what: 'build + indexing at 10,000', limit: '≤ 30 s', entries: 10_000, max: 30, measure: ({ build }) => ({ value: buildTotalSeconds(build), shown: `${fixed(buildTotalSeconds(build), 1)} s` }) },
  {
    what: 'rebuild + indexing at 10,000 after one entry changed',
    limit: '≤ 10 s',
    entries: 10_000,
    max: 10,
    measure: ({ rebuild }) => (rebuild ? { value: buildTotalSeconds(rebuild), shown: `${fixed(buildTotalSeconds(rebuild), 1)} s (astro build ${fixed(rebuild.astro.seconds, 1)} s, indexing ${fixed(rebuild.pagefind.seconds, 1)} s)` } : undefined),
  },
  { what: 'peak RSS at 10,000', limit: '≤ 2 GB', entries: 10_000, max: 2e9, measure: ({ build }) => ({ value: peakRss(build), shown: GB(peakRss(build)) }) },
  { what: 'build + indexing at 50,000', limit: '≤ 180 s', entries: 50_000, max: 180, measure: ({ build }) => ({ value: buildTotalSeconds(build), shown: `${fixed(buildTotalSeconds(build), 1)} s` }) },
  { what: 'peak RSS at 50,000', limit: '≤ 6 GB', entries: 50_000, max: 6e9, measure: ({ build }) => ({ value: peakRss(build), shown: GB(peakRss(build)) }) },
  { what: 'build + indexing at 100,000', limit: '≤ 480 s', entries: 100_000, max: 480, measure: ({ build }) => ({ value: buildTotalSeconds(build), shown: `${fixed(buildTotalSeconds(build), 1)} s` }) },
  { what: 'peak RSS at 100,000', limit: '≤ 10 GB', entries: 100_000, max: 10e9, measure: ({ build }) => ({ value: peakRss(build), shown: GB(peakRss(build)) }) },
  {
    what: 'first search at 10,000 (library and WebAssembly included)',
    limit: '≤ 200 kB',
    entries: 10_000,
    max: 200_000,
    measure: ({ search }) => ({ value: search.firstSearch.gzip, shown: `${kB(search.firstSearch.gzip)} (${kB(search.firstSearch.raw)} uncompressed)` }),
  },
  {
    what: 'later searches at 10,000 (largest)',
    limit: '≤ 40 kB',
    entries: 10_000,
    max: 40_000,
    measure: ({ search }) => {
      const later = laterSearches(search).map((c) => c.bytes.gzip);
      return later.length ? { value: Math.max(...later), shown: `${kB(Math.max(...later))} (median ${kB(median(later))})` } : undefined;
    },
  },
  {
    what: 'full build and indexing at 10,000, against Hugo + Pagefind (medians of the rounds)',
    limit: `≤ ${HUGO_RATIO_BUDGET.toFixed(1)}x`,
    entries: 10_000,
    max: HUGO_RATIO_BUDGET,
    measure: ({ comparison: c }) => (c ? { value: c.ratio, shown: `${fixed(c.ratio, 2)}x (${fixed(c.oursSeconds, 1)} s against ${fixed(c.hugoSeconds, 1)} s)` } : undefined),
  },
  firstWordTypedBudget(10_000, 200_000),
  firstWordTypedBudget(100_000, 300_000),
  {
    what: 'a later word typed a key at a time at 10,000, gzip (median)',
    limit: '≤ 30 kB',
    entries: 10_000,
    max: 30_000,
    measure: ({ search: { typed } }) => {
      const later = typed?.later.map((w) => w.bytes.gzip) ?? [];
      const middle = median(later);
      return middle === null ? undefined : { value: middle, shown: `${kB(middle)} (largest ${kB(Math.max(...later))}, ${later.length} words)` };
    },
  },
  { what: 'filter counts at 10,000', limit: '≤ 50 kB', entries: 10_000, max: 50_000, measure: ({ search }) => ({ value: search.filterBytes.gzip, shown: kB(search.filterBytes.gzip) }) },
  {
    what: 'median keystroke to results at 10,000, warm (without the 250 ms typing pause)',
    limit: '≤ 100 ms',
    entries: 10_000,
    max: 100,
    measure: ({ search }) => {
      const later = laterSearches(search);
      const without = median(times(later, true));
      return without === null ? undefined : { value: without, shown: `${fixed(without)} ms (${fixed(median(times(later, false)))} ms with the pause)` };
    },
  },
  { what: 'activity page HTML + CSS, gzip', limit: '≤ 15 kB', max: 15_000, measure: (s) => pageBudget(s, 'activity', (p) => p.html.gzip + p.css.gzip) },
  { what: 'activity page JS, gzip', limit: '≤ 5 kB', max: 5_000, measure: (s) => pageBudget(s, 'activity', (p) => p.js.gzip) },
  { what: 'search page JS in total, gzip', limit: '≤ 80 kB', max: 80_000, measure: (s) => pageBudget(s, 'search', (p) => p.js.gzip) },
];

function pageBudget(size: SizeResult, name: string, pick: (p: PageWeight) => number) {
  const page = size.pages.find((p) => p.name === name);
  return page ? { value: pick(page), shown: kB(pick(page)) } : undefined;
}

export const BUDGET_COLUMNS = ['budget', 'limit', 'measured', 'at', 'within?'] as const;

function budgetTable(sizes: readonly SizeResult[], failed: BenchResults['failed'] = []): string {
  const largest = sizes.at(-1);
  return table(
    BUDGET_COLUMNS,
    BUDGETS.map((b) => {
      const size = b.entries === undefined ? largest : sizes.find((s) => s.entries === b.entries);
      const measured = size && b.measure(size);
      if (!size && failed.some((f) => f.entries === b.entries)) return [b.what, b.limit, 'did not finish (see above)', n(b.entries ?? 0), '**no**'];
      if (!size || !measured) return [b.what, b.limit, 'not measured', '–', '–'];
      return [b.what, b.limit, measured.shown, n(size.entries), measured.value <= b.max ? 'yes' : '**no**'];
    }),
  );
}

export function resultsMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lighthouse = lighthouseTable(results.sizes);
  return `# Benchmark results

${results.note ? `> ${results.note}\n\n` : ''}Written by \`npm run bench\` (scripts/bench.ts) on ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC${results.finishedAt ? '' : ' (still running, or stopped before the end)'}.
Machine: ${machine.cores} cores (${machine.cpu}), ${GB(machine.memoryBytes)} memory, ${machine.platform}; load average at the start ${machine.loadAverage.map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min; above ${machine.cores} means other work was competing). Node ${machine.node}, Chromium ${machine.chromium}.
Content: \`npm run fixtures\` with seed ${results.seed}, ${results.areas} areas; ${results.queries} search queries (scripts/lib/fixtures/queries.ts).

## Build and indexing

Cold builds (output folder and content cache removed first). Peak RSS is the largest sum of resident memory over the step's whole process tree, sampled every 200 ms. Pages per second counts the HTML pages astro build wrote, over its wall time.

${buildTable(results.sizes)}

### One entry changed

After the cold builds, one entry's title and first session time are edited (\`changeOneEntry\` in scripts/lib/write-fixtures.ts) and the site is built and indexed again over the last build's output and content cache, as a contributor's second \`npm run build\` is: Astro keeps the pages whose cache key and code are unchanged, the data-file writer the files whose text is, and Pagefind indexes every page again.

${rebuildTable(results.sizes)}

## Search: bytes transferred

Search files only (Pagefind's library, worker, WebAssembly, metadata, index and result fragments, and the search filters' file \`facets.bin\`), as a host that gzips text would send them: Pagefind's data files and the filter file are already compressed, Pagefind's JavaScript is gzipped here (the benchmark's server does not compress). "Page opening" is what /search/ fetches before anything is typed (Pagefind and the first ${RESULTS_PAGE_SIZE} results A to Z; the page carries the directory's own filter counts); "filters" is the filter file, fetched at the first search with words or ticks; "first search" is that plus the first query; later searches are queries 2 onwards in the same page, filter ticks included.

${searchBytesTable(results.sizes)}

### Typed a key at a time

In a fresh page: open /search/, type a word a key at a time (${results.sizes.find((s) => s.search.typed)?.search.typed?.keyDelayMs ?? KEY_DELAY_MS} ms between keys, inside the typing pause; each key starts Pagefind's early search for what is typed so far), wait for its results, then empty the box and type the next word, the first word of each query in turn. Every file counts here, as a host that gzips text would send it (the page's HTML, CSS and JavaScript, Pagefind's library, worker and WebAssembly, index and fragments), the requests of Pagefind's worker included. "Search page + first word" is the whole first visit; "first word" is the typing alone.

${typedTable(results.sizes)}

## Search: time from keystroke to results

Measured in the page, from the input event to the paint after the results area (status line and result cards) last changed. Searches with words include the search island's ${TYPING_PAUSE_MS} ms typing pause; the "− pause" columns take it off. A search whose results did not visibly change within 30 s is "not timed" and left out of the medians. "Later" searches are queries 2 onwards the first time each is made; "repeat" runs the same list again in the same page.

${searchTimeTable(results.sizes)}

## Page weight

Every HTML, CSS and JavaScript file the page loaded in Chromium (on the search page including Pagefind's library and worker), compressed here with gzip (default level) and brotli (quality 11). The activity page is the one of median HTML size.

${pageTable(results.sizes)}
${hugoSection(results.sizes)}${lighthouse ? `\n## Lighthouse (mobile profile)\n\n${repeatedAudits(results.sizes) ? `${LIGHTHOUSE_NOTE}\n\n` : ''}${lighthouse}\n` : ''}${failedSection(results.failed)}
## Budgets

${budgetTable(results.sizes, results.failed)}
`;
}

function failedSection(failed: BenchResults['failed'] = []): string {
  if (!failed.length) return '';
  const items = failed.map((f) => `- ${n(f.entries)} entries: ${f.error.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 12).join(' / ')}`);
  return `\n## Sizes that did not finish\n\n${items.join('\n')}\n`;
}
