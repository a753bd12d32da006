/**
 * npm run lighthouse [-- --dist DIR] [--json FILE] [--runs 3]
 *
 * Serves a built site (OUT_DIR, or dist/) on localhost and prints
 * Lighthouse's four scores (mobile profile) for the home page, the search
 * page, a category page and a typical activity page. Build first with
 * `npm run build`. Each page is audited --runs times and the median run
 * reported. Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../tests/support/static-server.ts';
import { lighthouseScoresTable } from './lib/bench-report.ts';
import { typicalActivityPath } from './lib/build-site.ts';
import { auditPages, DEFAULT_RUNS } from './lib/lighthouse-audit.ts';
import { positiveInteger } from './lib/cli.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' },
    json: { type: 'string' },
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
  },
});

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'pagefind'))) {
  console.error(`${dist} is not a built and indexed site. Run npm run build first (or pass --dist).`);
  process.exit(2);
}

const server = await serveStatic(dist);
try {
  const audits = await auditPages(server.url, [
    { name: 'home', path: '/' },
    { name: 'search', path: '/search/' },
    { name: 'category', path: '/categories/walking/' },
    { name: 'activity', path: typicalActivityPath(dist) },
  ], positiveInteger(values.runs, '--runs'));
  console.log(lighthouseScoresTable(audits));
  const foreign = audits.flatMap((a) => a.foreignRequests);
  if (foreign.length) console.log(`\nRequests to other hosts (there should be none):\n${foreign.join('\n')}`);
  for (const warning of new Set(audits.flatMap((a) => a.warnings))) console.log(`\nLighthouse warning: ${warning}`);
  const index = audits[0]?.benchmarkIndex;
  if (index) console.log(`\nLighthouse's CPU benchmark index for this machine: ${Math.round(index)} (performance scores are less reliable on a busy or slow machine).`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(audits, null, 2)}\n`);
} finally {
  await server.close();
}
