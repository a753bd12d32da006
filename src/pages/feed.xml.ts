import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/content/directory.ts';
import { recentlyReviewed } from '../lib/publish/feeds.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { describeSchedule } from '../lib/schedule/describe.ts';
import { costText, placeText } from '../lib/activity/format.ts';

export const GET: APIRoute = async () => {
  const settings = loadSettings();
  return rss({
    title: `${settings.name}: recently added or checked`,
    description: settings.tagline,
    site: settings.site_url,
    items: recentlyReviewed(await listedEntries()).map((e) => ({
      title: e.data.title,
      link: e.url,
      pubDate: new Date(`${e.data.assured_date}T12:00:00Z`),
      description: `${e.data.summary} ${describeSchedule(e.data)}. ${placeText(e.data.location, e.areaLabel)}. ${costText(e.data.cost_option)}.`,
      categories: e.data.categories,
    })),
    customData: '<language>en-gb</language>',
  });
};
