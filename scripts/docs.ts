/**
 * npm run docs [-- --check]
 *
 * Rewrites the field reference in CONTRIBUTING.md (between the
 * `fields:start` and `fields:end` markers) from the schema. With --check it
 * only reports whether the file is up to date, exiting 1 if not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contributingWithReference } from '../src/lib/contributing/guide.ts';

const file = 'CONTRIBUTING.md';
const current = readFileSync(file, 'utf8');
const next = contributingWithReference(current, readFileSync('src/schema/activity.ts', 'utf8'));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${file} is out of date with the schema: run npm run docs.`);
    process.exit(1);
  }
  console.log(`${file} matches the schema.`);
} else if (next === current) {
  console.log(`${file} is already up to date.`);
} else {
  writeFileSync(file, next);
  console.log(`Updated the field reference in ${file}.`);
}
