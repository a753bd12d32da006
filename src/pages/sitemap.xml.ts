import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/content/directory.ts';
import { sitemapXml, type SitemapPage } from '../lib/publish/feeds.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { CATEGORIES, keysOf } from '../schema/vocabulary.ts';
import { byArea, byCategory } from '../lib/browse/group.ts';
import { pageHrefs } from '../lib/browse/pagination.ts';

export const GET: APIRoute = async () => {
  const settings = loadSettings();
  const listed = await listedEntries();
  const size = settings.list_page_size;
  const pages: SitemapPage[] = [
    { path: '/' },
    { path: '/search/' },
    { path: '/categories/' },
    ...keysOf(CATEGORIES).flatMap((c) => pageHrefs(`/categories/${c}/`, byCategory(listed, c).length, size).map((path) => ({ path }))),
    { path: '/areas/' },
    ...settings.areas.flatMap((a) => pageHrefs(`/areas/${a.id}/`, byArea(listed, a.id).length, size).map((path) => ({ path }))),
    // Ended activities keep their page for old links, but are not advertised.
    ...listed.map((e) => ({ path: e.url, lastmod: e.data.assured_date })),
    { path: '/shortlist/' },
    { path: '/add-your-activity/' },
    { path: '/contributing/' },
    { path: '/privacy/' },
  ];
  return new Response(sitemapXml(settings.site_url, pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
