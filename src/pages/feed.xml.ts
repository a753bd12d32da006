import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/content/directory.ts';
import { feedDescription, recentlyReviewed } from '../lib/publish/feeds.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { activityView } from '../lib/activity/view.ts';

export const GET: APIRoute = async () => {
  const settings = loadSettings();
  return rss({
    title: `${settings.name}: recently added or checked`,
    description: settings.tagline,
    site: settings.site_url,
    items: recentlyReviewed(await listedEntries()).map((e) => {
      const view = activityView(e);
      return {
        title: view.title,
        link: view.url,
        pubDate: new Date(`${view.freshness.assuredDate}T12:00:00Z`),
        description: feedDescription(view),
        categories: e.data.categories,
      };
    }),
    customData: '<language>en-gb</language>',
  });
};
