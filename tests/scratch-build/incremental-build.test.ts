/**
 * A rebuild after changing one entry must give the site a cold build of the
 * changed content gives, byte for byte, while really keeping the unchanged
 * pages: built cold, one entry edited and another deleted, built again over
 * the first build's output, then compared with a cold build of a copy of
 * the changed folder (its own content cache, its own output), folders too. Calendars'
 * DTSTAMP lines, the time each was written, are the only thing left out.
 * A kept page that should have been rendered again, a file of a deleted
 * entry left behind, or a data file not rewritten would each show as a
 * difference. Last, the output folder is deleted and the site built again
 * over the same cache, which must give the same site too.
 */
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAndIndex, contentCacheDir, rebuildAndIndex } from '../../scripts/lib/build-site.ts';
import { changeOneEntry, writeFixtures } from '../../scripts/lib/write-fixtures.ts';
import { BUILD_DAY_VARIABLE, buildDay } from '../../src/lib/content/build-day.ts';
import { PAGE_COPIES_DIR } from '../../src/integrations/page-cache-link.ts';
import { suiteScratchDir } from '../support/scratch.ts';

// In the project, as the builds there are: an output folder on another filesystem cannot be built into (src/integrations/output-device.ts).
const tmp = suiteScratchDir('incremental-build', 'project');
const dayBefore = process.env[BUILD_DAY_VARIABLE];

afterAll(() => {
  if (dayBefore === undefined) delete process.env[BUILD_DAY_VARIABLE];
  else process.env[BUILD_DAY_VARIABLE] = dayBefore;
});

/**
 * Each file's hash by its path under `dir`, calendars without their DTSTAMP
 * lines, and each folder (ending in "/"), so one left empty shows too.
 */
function siteHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(d.parentPath, d.name);
    if (d.isDirectory()) hashes.set(`${path.relative(dir, file).split(path.sep).join('/')}/`, 'folder');
    if (!d.isFile()) continue;
    let bytes = readFileSync(file);
    if (file.endsWith('.ics')) bytes = Buffer.from(bytes.toString('utf8').replace(/^DTSTAMP:.*\r\n/gm, ''));
    hashes.set(path.relative(dir, file).split(path.sep).join('/'), createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

/** The files that differ between two sites, or are in one only: empty when they are the same. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** When each of Pagefind's result fragments was last written, by file name. */
const fragmentTimes = (dist: string) =>
  new Map(readdirSync(path.join(dist, 'pagefind', 'fragment')).map((name) => [name, statSync(path.join(dist, 'pagefind', 'fragment', name), { bigint: true }).mtimeNs]));

const page = (dist: string, id: string) => readFileSync(path.join(dist, 'activities', id, 'index.html'), 'utf8');

describe('a rebuild after one entry changes', () => {
  it('keeps the unchanged pages and gives the same site as a cold build', { timeout: 600_000 }, async () => {
    // One day for all three builds, even across midnight: the day is in every page's key.
    process.env[BUILD_DAY_VARIABLE] = buildDay({});
    const content = path.join(tmp, 'incremental', 'content');
    const dist = path.join(tmp, 'incremental', 'dist');
    writeFixtures(content, { count: 200, seed: 7, areas: 3 });
    await buildAndIndex(content, dist, path.join(tmp, 'logs', 'cold'));
    const before = siteHashes(dist);
    const fragmentsBefore = fragmentTimes(dist);

    const changed = changeOneEntry(content);
    const entries = readdirSync(path.join(content, 'activities')).sort();
    const deleted = entries.find((name) => name !== `${changed}.md` && readFileSync(path.join(content, 'activities', name), 'utf8').includes('freq: weekly'))!.slice(0, -'.md'.length);
    rmSync(path.join(content, 'activities', `${deleted}.md`));
    const logs = path.join(tmp, 'logs', 'rebuild');
    await rebuildAndIndex(content, dist, logs);
    const rebuilt = siteHashes(dist);

    const coldContent = path.join(tmp, 'cold', 'content');
    const coldDist = path.join(tmp, 'cold', 'dist');
    cpSync(content, coldContent, { recursive: true });
    await buildAndIndex(coldContent, coldDist, path.join(tmp, 'logs', 'changed-cold'));

    expect(differences(rebuilt, siteHashes(coldDist))).toEqual([]);

    // The rebuild did keep pages rather than render everything again…
    const astroLog = readFileSync(path.join(logs, 'astro-build.log'), 'utf8');
    const kept = astroLog.match(/\/activities\/[^/]+\/index\.html\S*\s*\S*\(cached\)/g) ?? [];
    expect(kept.length).toBeGreaterThan(150);
    expect(astroLog).not.toMatch(new RegExp(`/activities/${changed}/index\\.html\\S*\\s*\\S*\\(cached\\)`));
    // …and what it changed is what the edit and the deletion change.
    expect(page(dist, changed)).toContain('(changed)');
    expect(rebuilt.get(`activities/${changed}/index.html`)).not.toBe(before.get(`activities/${changed}/index.html`));
    expect(before.has(`activities/${deleted}/index.html`) && before.has(`activities/${deleted}.ics`)).toBe(true);
    expect([...rebuilt.keys()].filter((file) => file.includes(deleted))).toEqual([]);
    const same = [...before].filter(([file, hash]) => file.startsWith('activities/') && rebuilt.get(file) === hash);
    expect(same.length).toBeGreaterThan(150);
    // Pagefind left the result fragments of unchanged pages as they were, rather than write them again.
    const fragmentsAfter = fragmentTimes(dist);
    expect([...fragmentsBefore].filter(([file, time]) => fragmentsAfter.get(file) === time).length).toBeGreaterThan(150);

    // Astro's copies of the pages in its cache are the pages themselves (src/integrations/page-cache-link.ts), not a second file each…
    const cache = contentCacheDir(content);
    const link = path.join(cache, PAGE_COPIES_DIR);
    expect(lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(dist)).toBe(true);
    // (Node's recursive listing follows the link, into the output folder itself.)
    const copies = readdirSync(cache, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.html') && !`${d.parentPath}${path.sep}`.startsWith(`${link}${path.sep}`));
    expect(copies.map((d) => path.join(d.parentPath, d.name))).toEqual([]);
    // …so with the output folder gone, a build over the same cache renders every page again, and gives the same site.
    rmSync(dist, { recursive: true, force: true });
    await rebuildAndIndex(content, dist, path.join(tmp, 'logs', 'output-lost'));
    expect(differences(siteHashes(dist), siteHashes(coldDist))).toEqual([]);
  });
});
