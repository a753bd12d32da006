import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/directory.ts';
import { sitemapXml, type SitemapPage } from '../lib/feeds.ts';
import { loadSettings } from '../lib/settings.ts';
import { CATEGORIES } from '../schema/vocabulary.ts';

export const GET: APIRoute = async () => {
  const settings = loadSettings();
  const pages: SitemapPage[] = [
    { path: '/' },
    { path: '/search/' },
    { path: '/categories/' },
    ...Object.keys(CATEGORIES).map((c) => ({ path: `/categories/${c}/` })),
    { path: '/areas/' },
    ...settings.areas.map((a) => ({ path: `/areas/${a.id}/` })),
    // Ended activities keep their page for old links, but are not advertised.
    ...(await listedEntries()).map((e) => ({ path: e.url, lastmod: e.data.assured_date })),
    { path: '/shortlist/' },
    { path: '/add-your-activity/' },
    { path: '/contributing/' },
    { path: '/privacy/' },
  ];
  return new Response(sitemapXml(settings.site_url, pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
