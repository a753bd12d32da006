/**
 * npm run bench [-- --sizes 1000,10000,50000] [--full] [--queries 26] [--no-lighthouse] [--lighthouse-runs 3]
 *                  [--rounds 2] [--no-hugo] [--out tests/bench] [--work tests/.tmp/bench] [--seed S] [--areas A] [--note TEXT] [--keep] [--append]
 *
 * Measures the site at scale. For each size it generates a fictional
 * directory (npm run fixtures), builds and indexes it cold (timing each step
 * and sampling peak memory), alternating --rounds times with Hugo +
 * Pagefind over the same entries (scripts/lib/hugo-build.ts; --no-hugo
 * leaves that out and builds ours once, or --rounds times for the median
 * round), changes one entry and builds and
 * indexes again over the last build, serves it on localhost, times searches in
 * headless Chromium, weighs the home, search and activity pages, and runs
 * Lighthouse (--lighthouse-runs times a page, the median run kept). It
 * writes RESULTS.md and RESULTS.json to --out after every size, so a long
 * run that is stopped keeps what it measured.
 *
 * --full adds 100,000 entries. Sizes accept "10k". Everything large goes
 * under --work and is deleted at the end of the run (moved aside until then,
 * scripts/lib/set-aside.ts) unless --keep is given.
 * --append adds this run's sizes to the RESULTS.json already in --out
 * (replacing any size measured again), so a long run can be finished later.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { benchQueries, findingQueries } from './lib/fixtures/queries.ts';
import { PLACE_TABLE_PATH, type PlaceTable } from '../src/lib/search/places.ts';
import { parsePlaceCode } from '../src/lib/search/postcode-query.ts';
import { facetDefinitions } from '../src/lib/search/facets.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { buildTotalSeconds, compareBuilds, resultsMarkdown, type BenchResults, type BuildComparison, type SizeResult } from './lib/bench-report.ts';
import { ROOT, buildAndIndex, rebuildAndIndex, typicalActivityPath, type BuildMeasurement } from './lib/build-site.ts';
import { buildHugoAndIndex, ensureHugo } from './lib/hugo-build.ts';
import { positiveInteger, sizeList } from './lib/cli.ts';
import { median } from './lib/stats.ts';
import { setAsideIn } from './lib/set-aside.ts';
import { outputDeviceProblem } from '../src/integrations/output-device.ts';
import { auditPages, DEFAULT_RUNS } from './lib/lighthouse-audit.ts';
import { measurePageWeights } from './lib/page-weight.ts';
import { measureSearch } from './lib/search-bench.ts';
import { DEFAULT_AREAS, DEFAULT_SEED, changeOneEntry, writeFixtures } from './lib/write-fixtures.ts';

/** The postcode districts a built directory's place table knows, in its (sorted) order. */
function placeDistricts(dist: string): string[] {
  const table = JSON.parse(readFileSync(path.join(dist, PLACE_TABLE_PATH), 'utf8')) as PlaceTable;
  return Object.keys(table).filter((code) => {
    const parts = parsePlaceCode(code);
    return parts !== undefined && !parts.sector && !parts.full;
  });
}

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    full: { type: 'boolean', default: false },
    queries: { type: 'string', default: '26' },
    rounds: { type: 'string' },
    hugo: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    'lighthouse-runs': { type: 'string', default: String(DEFAULT_RUNS) },
    out: { type: 'string', default: path.join(ROOT, 'tests', 'bench') },
    work: { type: 'string', default: path.join(ROOT, 'tests', '.tmp', 'bench') },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    areas: { type: 'string', default: String(DEFAULT_AREAS) },
    note: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
    append: { type: 'boolean', default: false },
  },
});

const sizes = [...new Set([...sizeList(values.sizes, '--sizes'), ...(values.full ? [100_000] : [])])].sort((a, b) => a - b);
const queryCount = positiveInteger(values.queries, '--queries');
const lighthouseRuns = positiveInteger(values['lighthouse-runs'], '--lighthouse-runs');
// Two rounds against Hugo by default; without Hugo one, unless asked for more (our build's median, alone).
const rounds = positiveInteger(values.rounds ?? (values.hugo ? '2' : '1'), '--rounds');
const seed = positiveInteger(values.seed, '--seed');
const areas = positiveInteger(values.areas, '--areas');
const outDir = path.resolve(values.out);
const workDir = path.resolve(values.work);
// The builds go under --work, and Astro could not move its files there from another filesystem.
const workProblem = outputDeviceProblem(workDir, ROOT);
if (workProblem) {
  console.error(`--work ${workDir}: ${workProblem}`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

// Earlier builds are deleted once the run is over, not before the next build (scripts/lib/set-aside.ts).
const setAside = setAsideIn(path.join(workDir, 'set-aside'));

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function save(results: BenchResults): void {
  writeFileSync(path.join(outDir, 'RESULTS.md'), resultsMarkdown(results));
  writeFileSync(path.join(outDir, 'RESULTS.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function measureSize(entries: number, browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<SizeResult> {
  const dir = path.join(workDir, String(entries));
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  mkdirSync(dir, { recursive: true });

  log(`${entries} entries: generating into ${content}`);
  const started = performance.now();
  writeFixtures(content, { count: entries, seed, areas, force: true });
  const generateSeconds = (performance.now() - started) / 1000;

  const builds: BuildMeasurement[] = [];
  const compared: BuildComparison['rounds'] = [];
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
    log(`${entries} entries: astro build and Pagefind into ${dist}${of} (logs in ${dir})`);
    const ours = await buildAndIndex(content, dist, dir, setAside.move);
    builds.push(ours);
    log(`${entries} entries: built in ${ours.astro.seconds.toFixed(1)} s, indexed in ${ours.pagefind.seconds.toFixed(1)} s`);
    if (!hugoVersion) continue;
    log(`${entries} entries: Hugo and Pagefind${of}`);
    const hugo = await buildHugoAndIndex(content, dir, hugoVersion, setAside.move);
    log(`${entries} entries: Hugo built in ${hugo.hugo.seconds.toFixed(1)} s, Pagefind indexed it in ${hugo.pagefind.seconds.toFixed(1)} s`);
    compared.push({ ours: { astro: ours.astro, pagefind: ours.pagefind }, hugo });
  }
  // The round of median time stands for our build in the tables; every build is the same site, so the last one's output is what gets served.
  const totals = builds.map(buildTotalSeconds);
  const build = builds[totals.indexOf(median(totals)!)]!;
  const comparison = hugoVersion ? compareBuilds(compared, hugoVersion) : undefined;
  if (comparison) log(`${entries} entries: ours ${comparison.oursSeconds.toFixed(1)} s, Hugo + Pagefind ${comparison.hugoSeconds.toFixed(1)} s: ${comparison.ratio.toFixed(2)}x`);

  // Over the last round's output, as a contributor's second build: the searches below then run on the changed site.
  const changed = changeOneEntry(content);
  log(`${entries} entries: ${changed} changed; astro build and Pagefind again over the last build`);
  const rebuild = await rebuildAndIndex(content, dist, path.join(dir, 'rebuild'));
  log(`${entries} entries: rebuilt in ${rebuild.astro.seconds.toFixed(1)} s, indexed in ${rebuild.pagefind.seconds.toFixed(1)} s`);

  const server = await serveStatic(dist);
  try {
    const areaLabels = loadSettings(path.join(content, 'directory.yaml')).areas.map((a) => a.label);
    log(`${entries} entries: searching (${queryCount} queries, twice)`);
    const queries = [...benchQueries(areaLabels), ...findingQueries(placeDistricts(dist))].slice(0, queryCount);
    const search = await measureSearch(browser, server.url, queries, facetDefinitions(areaLabels));
    const activity = { name: 'activity', path: typicalActivityPath(dist) };
    const home = { name: 'home', path: '/' };
    const searchPage = { name: 'search', path: '/search/' };
    log(`${entries} entries: weighing pages`);
    const pages = await measurePageWeights(browser, server.url, [home, searchPage, activity]);
    let lighthouse;
    if (values.lighthouse) {
      log(`${entries} entries: Lighthouse`);
      lighthouse = await auditPages(server.url, [home, searchPage, { name: 'category', path: '/categories/walking/' }, activity], lighthouseRuns);
    }
    return { entries, generateSeconds, build, rebuild, search, pages, ...(lighthouse ? { lighthouse } : {}), ...(comparison ? { comparison } : {}) };
  } finally {
    await server.close();
    if (!values.keep) setAside.move(dir);
  }
}

// Before anything slow, so a machine without Hugo stops at once with the command to run.
const hugoVersion = values.hugo ? ensureHugo(log) : undefined;
const browser = await launchBrowser();
const cpus = os.cpus();
const results: BenchResults = {
  note: values.note,
  startedAt: new Date().toISOString(),
  machine: {
    cores: os.availableParallelism(),
    cpu: cpus[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg(),
    node: process.version,
    chromium: browser.version(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  },
  seed,
  areas,
  queries: queryCount,
  sizes: [],
};
if (values.append) appendTo(results);

/** Carries over an earlier run's sizes and notes; the machine is this run's, the earlier start time is kept. */
function appendTo(current: BenchResults): void {
  const file = path.join(outDir, 'RESULTS.json');
  if (!existsSync(file)) return;
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  if (earlier.seed !== seed || earlier.areas !== areas) throw new Error(`--append needs the same --seed and --areas as ${file} (${earlier.seed}, ${earlier.areas}).`);
  current.startedAt = earlier.startedAt;
  // The header names the earlier run's query count; a smaller one here shows in the tables ("0 of N").
  current.queries = earlier.queries;
  current.note = [earlier.note, values.note].filter(Boolean).join(' ');
  current.sizes = earlier.sizes.filter((s) => !sizes.includes(s.entries));
  current.failed = (earlier.failed ?? []).filter((f) => !sizes.includes(f.entries));
}

try {
  for (const entries of sizes) {
    try {
      results.sizes.push(await measureSize(entries, browser));
      results.sizes.sort((a, b) => a.entries - b.entries);
    } catch (error) {
      // A size that runs out of memory is a result too: record it and go on to the next.
      log(`${entries} entries did not finish: ${(error as Error).message}`);
      (results.failed ??= []).push({ entries, error: (error as Error).message });
    }
    save(results);
  }
  results.finishedAt = new Date().toISOString();
  save(results);
  console.log(`\n${resultsMarkdown(results)}`);
  log(`Wrote ${path.join(outDir, 'RESULTS.md')} and RESULTS.json`);
} finally {
  await browser.close();
  setAside.clear();
}
