/**
 * npm run fixtures -- --count N --out DIR [--seed S] [--areas A] [--force]
 *
 * Generates a synthetic, fictional directory of N activities in the format
 * contributors write (DIR/directory.yaml and DIR/activities/*.md), for
 * benchmarks. The same seed and count always give byte-identical files.
 * Build the site from it with:  CONTENT_DIR=DIR OUT_DIR=… npm run build
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AREAS, DEFAULT_SEED, writeFixtures } from './lib/write-fixtures.ts';
import { positiveInteger } from './lib/cli.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    areas: { type: 'string', default: String(DEFAULT_AREAS) },
    force: { type: 'boolean', default: false },
  },
});

try {
  if (!values.count || !values.out) throw new Error('Usage: npm run fixtures -- --count N --out DIR [--seed S] [--areas A] [--force]');
  const count = positiveInteger(values.count, '--count');
  const areas = positiveInteger(values.areas, '--areas');
  const seed = positiveInteger(values.seed, '--seed');
  const out = path.resolve(values.out);
  const started = performance.now();
  const written = writeFixtures(out, { count, seed, areas, force: values.force });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${written} fictional entries in ${areas} areas (seed ${seed}) to ${out} in ${seconds} s.`);
  console.log(`Build it with:  CONTENT_DIR=${out} OUT_DIR=${out}-dist npm run build`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
