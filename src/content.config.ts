import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { activitySchema } from './schema/activity.ts';
import { loadSettings } from './lib/settings.ts';
import { activitiesDir } from './lib/content-dir.ts';

const settings = loadSettings();

const activities = defineCollection({
  loader: glob({ pattern: '**/*.md', base: activitiesDir() }),
  schema: activitySchema({ areas: settings.areas.map((a) => a.id) }),
});

export const collections = { activities };
