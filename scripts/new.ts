/**
 * npm run new -- "Tuesday Walking Group"
 *
 * Writes a new entry in content/activities with every field present and
 * explained, under a file name no other entry uses.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { activitiesDir } from '../src/lib/content/content-dir.ts';
import { todayInLondon } from '../src/lib/schedule/dates.ts';
import { scaffoldEntry, uniqueFileName } from '../src/lib/contributing/scaffold.ts';
import { slugify } from '../src/lib/content/slug.ts';
import { loadSettings } from '../src/lib/content/settings.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the activity\'s name, for example:  npm run new -- "Tuesday Walking Group"');
  process.exit(2);
}
const dir = activitiesDir();
const name = uniqueFileName(slugify(title), (n) => existsSync(path.join(dir, n)));
const file = path.join(dir, name);
const areas = loadSettings().areas.map((a) => a.id);
// 'wx' refuses to overwrite, in case another process took the name meanwhile.
writeFileSync(file, scaffoldEntry(title, todayInLondon(), areas), { flag: 'wx' });
const shown = path.relative(process.cwd(), file);
console.log(`Created ${shown}\nFill in the fields marked REQUIRED, then check it with:  npm run validate -- ${shown}`);
