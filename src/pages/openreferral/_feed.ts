/**
 * The feed for this build: every endpoint below reads it from here, so the
 * entries are loaded once (allEntries memoises) and mapped once (feedFor).
 */
import { allEntries } from '../../lib/directory.ts';
import { feedFor, type Feed } from '../../lib/openreferral/feed.ts';
import { loadSettings } from '../../lib/settings.ts';

export async function currentFeed(): Promise<Feed> {
  return feedFor(await allEntries(), loadSettings());
}
