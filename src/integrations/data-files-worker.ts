/**
 * Writes the build's data files (src/lib/publish/data-files.ts) into the output
 * folder, on a thread of its own while Astro renders the pages. It reads the
 * entries from disk itself: the content layer's store lives in Astro's
 * thread. The build has already synced and validated them, so a file that
 * fails here has changed mid-build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { activitySchema } from '../schema/activity.ts';
import { activitiesDir } from '../lib/content/content-dir.ts';
import { dataFiles } from '../lib/publish/data-files.ts';
import { directoryEntries, type StoredEntry } from '../lib/content/entries.ts';
import { readEntrySource, validatorFields } from '../lib/content/entry-source.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { loadPlacePoints } from '../lib/content/place-file.ts';
import { loadNeedWords } from '../lib/content/need-words.ts';
import { entryPaths } from '../lib/validation/entry-files.ts';
import { lastChangedTimes } from '../lib/content/last-changed.ts';
import { buildDay } from '../lib/content/build-day.ts';

const { outDir, hashFile, kept } = workerData as { outDir: string; hashFile: string; kept: boolean };

/** The hash of each file the last build wrote, trusted only when that build's output was kept (kept-output.ts). */
function previousHashes(): Map<string, string> {
  if (!kept) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(hashFile, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

const settings = loadSettings();
const places = loadPlacePoints();
const needWords = loadNeedWords();
const schema = activitySchema({ areas: settings.areas.map((a) => a.id) });
const dir = activitiesDir();
const stored: StoredEntry[] = entryPaths(dir).map((file) => {
  const source = readEntrySource(dir, file);
  let parsed = schema.safeParse(source.fields);
  // Read as the validator reads it where the faster parser differs, as the content loader does.
  if (!parsed.success) parsed = schema.safeParse(validatorFields(source));
  if (!parsed.success) throw new Error(`${source.input.file} changed during the build and is no longer valid. Run npm run validate, then build again.`);
  return { id: source.id, data: parsed.data, body: source.body };
});

const previous = previousHashes();
const hashes: Record<string, string> = {};
let rewritten = 0;
const made = new Set<string>();
const today = buildDay();
for (const file of dataFiles(directoryEntries(stored, settings, today, lastChangedTimes(dir)), settings, today, places, needWords)) {
  const hash = createHash('sha256').update(file.body).digest('base64url');
  hashes[file.path] = hash;
  const target = path.join(outDir, file.path);
  // Creating a file costs far more than hashing it: one that the last build wrote with the same text is left as it is.
  if (previous.get(file.path) === hash && existsSync(target)) continue;
  const parent = path.dirname(target);
  if (!made.has(parent)) {
    mkdirSync(parent, { recursive: true });
    made.add(parent);
  }
  writeFileSync(target, file.body);
  rewritten++;
}
mkdirSync(path.dirname(hashFile), { recursive: true });
writeFileSync(hashFile, JSON.stringify(hashes));
parentPort?.postMessage({ paths: Object.keys(hashes), rewritten, entries: stored.length });
