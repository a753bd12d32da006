/**
 * Where the directory's content lives. `content/` by default; the
 * CONTENT_DIR environment variable points a build at another folder
 * (the tests' hostile entries, the benchmark's generated directories).
 */
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

export function activitiesDir(): string {
  return path.join(contentDir(), 'activities');
}

export function settingsFile(): string {
  return path.join(contentDir(), 'directory.yaml');
}

export function needWordsFile(): string {
  return path.join(contentDir(), 'need-words.yaml');
}

/** The deployer's optional postcode centroid file (see lib/search/place-file.ts). */
export function placeFile(): string {
  return path.join(contentDir(), 'postcodes.csv');
}
