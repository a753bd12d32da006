import type { APIRoute } from 'astro';
import { loadSettings } from '../lib/content/settings.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', loadSettings().site_url).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
