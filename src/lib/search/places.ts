/**
 * The place table: where each postcode, sector, district and postcode area
 * the directory knows is, so a search can measure distances from a typed
 * postcode in the browser without sending it anywhere.
 *
 * Two sources. The deployer's centroid file (content/postcodes.csv, read by
 * place-file.ts) is the authority for every code it lists. Entries with a
 * postcode and a map position teach the postcodes the file lacks. A sector,
 * district or area the file does not list is placed at the mean of its known
 * postcodes, each postcode counted once however many entries share it.
 */
import type { Point } from './distance.ts';
import { levelOf, parsePlaceCode, parsePostcodeQuery, type PlaceLevel, type PostcodeParts } from './postcode-query.ts';

/** Normalised code ("AV4 2NB", "AV4 2", "AV4", "AV") → [latitude, longitude]. */
export type PlaceTable = Record<string, [number, number]>;

/** A known position for one code: a full postcode, a sector or a district. */
export interface PlacePoint extends Point {
  code: string;
}

/** Where the build writes the table; the search page fetches it only once a postcode is typed. */
export const PLACE_TABLE_PATH = 'search/places.json';

/** Four decimal places of a degree is about 10 m: finer says nothing more about a centroid. */
const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

function mean(points: readonly Point[]): [number, number] {
  const lat = points.reduce((sum, p) => sum + p.latitude, 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p.longitude, 0) / points.length;
  return [round(lat), round(lon)];
}

function group(points: Iterable<PlacePoint>): Map<string, PlacePoint[]> {
  const groups = new Map<string, PlacePoint[]>();
  for (const p of points) groups.set(p.code, [...(groups.get(p.code) ?? []), p]);
  return groups;
}

const SPECIFIC_FIRST: Exclude<PlaceLevel, 'area'>[] = ['postcode', 'sector', 'district'];

/** The codes wider than this one: a postcode's sector, district and area; a sector's district and area; a district's area. */
function widerCodes(parts: PostcodeParts): string[] {
  const level = levelOf(parts);
  return [level === 'postcode' ? parts.sector : undefined, level !== 'district' ? parts.district : undefined, parts.area].filter((c) => c !== undefined);
}

/**
 * `fromFile` are the deployer's rows (already validated); `fromEntries` the
 * entries' own postcodes and positions. Codes that do not parse are left out.
 */
export function buildPlaceTable(fromEntries: readonly PlacePoint[], fromFile: readonly PlacePoint[] = []): PlaceTable {
  const table: PlaceTable = {};
  for (const [code, points] of group(fromFile.map(normalised).filter((p) => p !== undefined))) table[code] = mean(points);
  for (const [code, points] of group(fromEntries.map(normalised).filter((p) => p !== undefined))) {
    // Entries are venues: they teach a postcode, never the middle of a sector or district.
    if (!table[code] && parsePlaceCode(code)?.full) table[code] = mean(points);
  }

  // A wider code the file does not give is the mean of the most specific codes known inside it.
  const inside = new Map<string, Record<string, Point[]>>();
  for (const [code, [latitude, longitude]] of Object.entries(table)) {
    const parts = parsePlaceCode(code)!;
    for (const wider of widerCodes(parts)) {
      const byLevel = inside.get(wider) ?? {};
      (byLevel[levelOf(parts)] ??= []).push({ latitude, longitude });
      inside.set(wider, byLevel);
    }
  }
  for (const [code, byLevel] of inside) {
    const level = SPECIFIC_FIRST.find((l) => byLevel[l]);
    table[code] ??= mean(byLevel[level!]!);
  }
  return sortedKeys(table);
}

function normalised(p: PlacePoint): PlacePoint | undefined {
  const parts = parsePlaceCode(p.code);
  return parts ? { ...p, code: parts.full ?? parts.sector ?? parts.district } : undefined;
}

/** Sorted keys keep the file the same from build to build when nothing changed. */
function sortedKeys(table: PlaceTable): PlaceTable {
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The points an entry list teaches: venues with both a postcode and a map position. */
export function entryPlaces(entries: readonly { data: { location: { postcode?: string | undefined; latitude?: number | undefined; longitude?: number | undefined } } }[]): PlacePoint[] {
  return entries.flatMap(({ data: { location: l } }) =>
    l.postcode && l.latitude !== undefined && l.longitude !== undefined ? [{ code: l.postcode, latitude: l.latitude, longitude: l.longitude }] : [],
  );
}

/** The place table as the build writes it (PLACE_TABLE_PATH). */
export function placeTableFile(entries: Parameters<typeof entryPlaces>[0], fromFile: readonly PlacePoint[] = []): string {
  return JSON.stringify(buildPlaceTable(entryPlaces(entries), fromFile));
}

export interface Located {
  origin: Point;
  /** The code whose position is used: the one asked for, or the nearest wider one the table knows. */
  code: string;
  level: PlaceLevel;
  /** Said to the reader when the position is of a wider place than the one typed. */
  note?: string;
}

const LEVELS: { level: PlaceLevel; code: (p: PostcodeParts) => string | undefined }[] = [
  { level: 'postcode', code: (p) => p.full },
  { level: 'sector', code: (p) => p.sector },
  { level: 'district', code: (p) => p.district },
  { level: 'area', code: (p) => p.area },
];

/** Where a code is, from the code itself down to its postcode area; undefined when the table knows none of them. */
export function locate(table: PlaceTable, postcode: PostcodeParts): Located | undefined {
  const asked = postcode.full ?? postcode.sector ?? postcode.district;
  for (const { level, code } of LEVELS) {
    const key = code(postcode);
    const point = key === undefined ? undefined : table[key];
    if (!key || !point) continue;
    const origin = { latitude: point[0], longitude: point[1] };
    if (key === asked) return { origin, code: key, level };
    return { origin, code: key, level, note: `${asked} is not in this directory's list; showing distances from the ${key} ${level === 'area' ? 'postcode area' : 'area'}.` };
  }
  return undefined;
}

export type PlacedQuery =
  | { words: string[]; place: Located }
  /** A postcode typed that the table cannot place at any level. */
  | { words: string[]; unplaced: PostcodeParts; note: string }
  | { words: string[] };

/**
 * A typed search with its postcode placed. A district alone that the table
 * cannot place stays a word: "U3A" or "B12" are as likely a club or a
 * vitamin as a place, and a directory knows only its own districts. A full
 * postcode or sector is unmistakable, so it gets a message instead.
 */
export function placeQuery(table: PlaceTable, query: string): PlacedQuery {
  const { words, postcode } = parsePostcodeQuery(query, (code) => levelOf(code) !== 'district' || locate(table, code) !== undefined);
  if (!postcode) return { words };
  const place = locate(table, postcode);
  if (place) return { words, place };
  const typed = postcode.full ?? postcode.sector!;
  return {
    words,
    unplaced: postcode,
    note: `This directory cannot place ${typed}: it knows no places in the ${postcode.area} postcode area. Results are in the usual order.`,
  };
}
