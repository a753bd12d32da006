/**
 * The directory's machine-readable lists: which pages a search engine
 * should know about, and which activities were added or checked lately.
 */
import type { DirectoryEntry } from '../content/directory.ts';
import type { ActivityView } from '../activity/view.ts';

export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/** Text as XML or HTML shows it as written. */
const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(siteUrl: string, pages: readonly SitemapPage[]): string {
  const urls = pages.map((p) => `  <url><loc>${escapeMarkup(new URL(p.path, siteUrl).href)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Listed activities, most recently checked first: what a feed reader should see as new. */
export function recentlyReviewed(entries: readonly DirectoryEntry[], limit = 50): DirectoryEntry[] {
  return entries
    .filter((e) => e.listed)
    .sort((a, b) => b.data.assured_date.localeCompare(a.data.assured_date) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}

/**
 * A feed item's description. Feed readers show it as HTML, so the words are
 * escaped as HTML text (and again as XML by the feed): one field's "<img
 * src=… alt=" and another's ">" would otherwise meet as a tag in the reader.
 */
export function feedDescription(view: Pick<ActivityView, 'summary'> & { when: { summary: string }; where: { summary: string }; cost: { summary: string } }): string {
  return escapeMarkup(`${view.summary} ${view.when.summary}. ${view.where.summary}. ${view.cost.summary}.`);
}
