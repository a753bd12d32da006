/**
 * Lighthouse's four scores for a few pages of a served site, with its
 * default mobile profile (a mid-range phone on a slow 4G connection,
 * simulated). Only pages on localhost are loaded; the audits Lighthouse
 * runs by default need nothing from the internet.
 */
import lighthouse from 'lighthouse';
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
}

export async function auditPages(baseUrl: string, pages: readonly { name: string; path: string }[]): Promise<PageAudit[]> {
  const chromium = await launchDebuggableChromium();
  const origin = new URL(baseUrl).origin;
  try {
    const out: PageAudit[] = [];
    for (const { name, path } of pages) {
      const result = await lighthouse(
        new URL(path, baseUrl).href,
        { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        // The full-page screenshot only feeds the HTML report, which is not written here.
        { extends: 'lighthouse:default', settings: { disableFullPageScreenshot: true } },
      );
      if (!result) throw new Error(`Lighthouse returned no result for ${path}.`);
      const { lhr } = result;
      const scores = {} as PageAudit['scores'];
      const failing = {} as PageAudit['failing'];
      for (const category of CATEGORIES) {
        const c = lhr.categories[category];
        scores[category] = c?.score === null || c?.score === undefined ? null : Math.round(c.score * 100);
        failing[category] = (c?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
          .map((audit) => audit!.id);
      }
      const requests = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
      const foreignRequests = requests.map((r) => r.url ?? '').filter((url) => url && !url.startsWith(origin) && !url.startsWith('data:'));
      out.push({ name, path, scores, failing, foreignRequests, benchmarkIndex: lhr.environment.benchmarkIndex ?? null, warnings: lhr.runWarnings });
    }
    return out;
  } finally {
    await chromium.close();
  }
}
