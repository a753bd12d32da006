/**
 * The directory's machine-readable lists: which pages a search engine
 * should know about, and which activities were added or checked lately.
 */
import type { DirectoryEntry } from '../content/directory.ts';

export interface SitemapPage {
  path: string;
  lastmod?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(siteUrl: string, pages: readonly SitemapPage[]): string {
  const urls = pages.map((p) => `  <url><loc>${escapeXml(new URL(p.path, siteUrl).href)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Listed activities, most recently checked first: what a feed reader should see as new. */
export function recentlyReviewed(entries: readonly DirectoryEntry[], limit = 50): DirectoryEntry[] {
  return entries
    .filter((e) => e.listed)
    .sort((a, b) => b.data.assured_date.localeCompare(a.data.assured_date) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
}
