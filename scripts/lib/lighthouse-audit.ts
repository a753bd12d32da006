/**
 * Lighthouse's four scores for a few pages of a served site, with its
 * default mobile profile (a mid-range phone on a slow 4G connection,
 * simulated). Only pages on localhost are loaded; the audits Lighthouse
 * runs by default need nothing from the internet.
 *
 * Each page is audited several times and the median run kept, chosen as
 * Lighthouse's own tools choose it (`computeMedianRun`: nearest the median
 * first paint and time to interactive): the simulated slow phone multiplies
 * whatever else the machine is doing, so one run's blocking time swings
 * with the load.
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launchDebuggableChromium } from './chromium-debug.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
  name: string;
  path: string;
  /** 0 to 100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Scored audits that did not pass, by category: what to look at first. */
  failing: Record<Category, string[]>;
  /** Requests the page made to anywhere but the site (there should be none). */
  foreignRequests: string[];
  /** Lighthouse's measure of how fast this machine was; results from a busy machine are less reliable. */
  benchmarkIndex: number | null;
  warnings: string[];
  /** The performance score of every run, in order; `scores` are the median run's (absent from reports of one run). */
  performanceRuns?: (number | null)[];
}

/** Lighthouse's own advice is five runs; three keep the benchmark's Lighthouse step short. */
export const DEFAULT_RUNS = 3;

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const percent = (score: number | null | undefined) => (score === null || score === undefined ? null : Math.round(score * 100));

export async function auditPages(baseUrl: string, pages: readonly { name: string; path: string }[], runs = DEFAULT_RUNS): Promise<PageAudit[]> {
  const chromium = await launchDebuggableChromium();
  const origin = new URL(baseUrl).origin;
  try {
    const out: PageAudit[] = [];
    for (const { name, path } of pages) {
      const lhrs: Report[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          new URL(path, baseUrl).href,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          // The full-page screenshot only feeds the HTML report, which is not written here.
          { extends: 'lighthouse:default', settings: { disableFullPageScreenshot: true } },
        );
        if (!result) throw new Error(`Lighthouse returned no result for ${path}.`);
        lhrs.push(result.lhr);
      }
      const lhr = computeMedianRun(lhrs) as Report;
      const scores = {} as PageAudit['scores'];
      const failing = {} as PageAudit['failing'];
      for (const category of CATEGORIES) {
        const c = lhr.categories[category];
        scores[category] = percent(c?.score);
        failing[category] = (c?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
          .map((audit) => audit!.id);
      }
      const requests = lhrs.flatMap((r) => (r.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? []);
      const foreignRequests = [...new Set(requests.map((r) => r.url ?? '').filter((url) => url && !url.startsWith(origin) && !url.startsWith('data:')))];
      out.push({
        name,
        path,
        scores,
        failing,
        foreignRequests,
        benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
        warnings: [...new Set(lhrs.flatMap((r) => r.runWarnings))],
        performanceRuns: lhrs.map((r) => percent(r.categories['performance']?.score)),
      });
    }
    return out;
  } finally {
    await chromium.close();
  }
}
