/**
 * The cache key of an activity's page for Astro's incremental build
 * (experimental.incrementalBuild): a later build keeps the page it wrote
 * before, without rendering it, while the key and the page's code are the
 * same. Astro hashes the code itself (the page's module graph, with the
 * content store left out); the key has to cover everything else the page
 * reads, or a kept page would go stale:
 *
 * - the whole directory entry: its fields and body, and what entries.ts
 *   derives from them and the day (address, area label, freshness, listed,
 *   last change from git history);
 * - the settings, which the page and its layout read at render time
 *   (name, site address, contact addresses, demo banner, area labels);
 * - the build day, which the next sessions shown on the page start from.
 *
 * An activity page reads no other entry, so changing one entry changes
 * only its own key.
 */
import { createHash } from 'node:crypto';
import type { DirectoryEntry } from './entries.ts';
import type { Settings } from '../../schema/settings.ts';

export function activityPageKey(entry: DirectoryEntry, settings: Settings, buildDay: string): string {
  // JSON keeps undefined fields out, so `{ a: undefined }` and `{}` agree, as they do on the page.
  return createHash('sha256').update(JSON.stringify([buildDay, settings, entry])).digest('base64url');
}
