import { defineCollection } from 'astro:content';
import { activitySchema } from './schema/activity.ts';
import { loadSettings } from './lib/content/settings.ts';
import { activitiesDir } from './lib/content/content-dir.ts';
import { activityFiles } from './lib/content/loader.ts';

const settings = loadSettings();

const activities = defineCollection({
  loader: activityFiles(activitiesDir()),
  schema: activitySchema({ areas: settings.areas.map((a) => a.id) }),
});

export const collections = { activities };
