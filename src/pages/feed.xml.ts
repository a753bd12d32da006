import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listedEntries } from '../lib/directory.ts';
import { recentlyReviewed } from '../lib/feeds.ts';
import { loadSettings } from '../lib/settings.ts';
import { describeSchedule } from '../lib/schedule.ts';
import { costText, placeText } from '../lib/format.ts';

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
