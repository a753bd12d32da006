/**
 * Reads the deployer's postcode centroid file, content/postcodes.csv, when
 * there is one. The build stops on any problem in it, with the same report
 * `npm run validate` gives, rather than publishing wrong distances.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlaceFile, type PlaceFile } from '../search/place-file.ts';
import type { PlacePoint } from '../search/places.ts';
import { formatText } from '../validation/report.ts';
import { placeFile } from './content-dir.ts';

/** The file checked, or undefined when the directory has none. */
export function checkPlaceFile(file = placeFile()): PlaceFile | undefined {
  if (!existsSync(file)) return undefined;
  return parsePlaceFile(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

export function loadPlacePoints(file = placeFile()): PlacePoint[] {
  const checked = checkPlaceFile(file);
  if (!checked) return [];
  if (checked.problems.length) {
    throw new Error(`The postcode centroids in ${file} have problems (run npm run validate to see them all):\n${checked.problems.map(formatText).join('\n')}`);
  }
  return checked.points;
}
