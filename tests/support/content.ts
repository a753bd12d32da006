/**
 * Reads the test site's entries straight from their Markdown, through the
 * same schema the build uses, so tests can state expectations about the
 * built pages without hard-coding the sample content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { activitySchema, type Activity } from '../../src/schema/activity.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { freshnessOn, isListed, type Freshness } from '../../src/lib/content/freshness.ts';
import { buildDay } from '../../src/lib/content/build-day.ts';
import { entryId } from '../../src/lib/content/entry-id.ts';
import { entryPaths } from '../../src/lib/validation/entry-files.ts';

export interface TestEntry {
  id: string;
  data: Activity;
  /** As the build saw it today (the build and the tests run on the same day). */
  freshness: Freshness;
  /** In search and listings: not ended and not possibly closed. */
  listed: boolean;
}

export function readEntries(contentDir: string): TestEntry[] {
  const settings = loadSettings(path.join(contentDir, 'directory.yaml'));
  const schema = activitySchema({ areas: settings.areas.map((a) => a.id) });
  const dir = path.join(contentDir, 'activities');
  return entryPaths(dir)
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = schema.parse(parse(frontMatter));
      const fresh = freshnessOn(data.assured_date, buildDay(), settings);
      return { id: entryId(path.relative(dir, file)), data, freshness: fresh, listed: isListed(data, fresh) };
    });
}
