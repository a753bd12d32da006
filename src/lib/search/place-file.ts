/**
 * The deployer's postcode centroid file, content/postcodes.csv: one code and
 * its position a line, under the header `postcode,latitude,longitude`.
 * A code is a full postcode ("AV4 2NB"), a sector ("AV4 2") or a district
 * ("AV4"). Every problem is reported at once, with its line and a fix, in
 * the validator's format, so `npm run validate` and the build say the same.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { splitMessage, type Problem } from '../validation/problem.ts';
import { parsePlaceCode } from './postcode-query.ts';
import type { PlacePoint } from './places.ts';

export const PLACE_FILE_COLUMNS = ['postcode', 'latitude', 'longitude'] as const;

/** Generous around Great Britain and Northern Ireland (49–61° N, 9° W–2.5° E), to catch swapped or mistyped columns. */
const UK_BOUNDS = { latitude: [49, 61], longitude: [-9, 2.5] } as const;

const LAYOUT_FIX = 'Positions are decimal degrees, latitude then longitude, for example 53.7463,-1.5822.';

function degrees(column: 'latitude' | 'longitude') {
  const [min, max] = UK_BOUNDS[column];
  const where = column === 'latitude' ? `between ${min} and ${max} degrees north` : `between ${-min} degrees west and ${max} degrees east`;
  return z
    .string()
    .trim()
    .min(1, { error: `${column} is empty. ${LAYOUT_FIX}` })
    .regex(/^[+-]?\d+(\.\d+)?$/, { error: (i) => `${column} "${String(i.input)}" is not a number. ${LAYOUT_FIX}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, {
      error: (i) => `${column} ${String(i.input)} is outside the UK, which is ${where}. ${LAYOUT_FIX}`,
    });
}

const rowSchema = z.object({
  postcode: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const parts = parsePlaceCode(text);
      if (parts) return parts.full ?? parts.sector ?? parts.district;
      ctx.addIssue({
        code: 'custom',
        message: text
          ? `"${text}" is not a postcode, sector or district. Write a full postcode like "AV4 2NB", a sector like "AV4 2" or a district like "AV4".`
          : 'postcode is empty. Write a full postcode like "AV4 2NB", a sector like "AV4 2" or a district like "AV4".',
      });
      return z.NEVER;
    }),
  latitude: degrees('latitude'),
  longitude: degrees('longitude'),
});

export interface PlaceFile {
  points: PlacePoint[];
  problems: Problem[];
}

/** `shown` is the file's name as reports give it (content/postcodes.csv). */
export function parsePlaceFile(text: string, shown: string): PlaceFile {
  const problems: Problem[] = [];
  const problem = (line: number, field: string, text: string) => {
    problems.push({ file: shown, line, column: 1, field, severity: 'error', ...splitMessage(text) });
  };

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    problem(line, 'file', `The file cannot be read as CSV (${(error as Error).message}). Check the quotes on this line: a value with a comma in it needs a quote at each end.`);
    return { points: [], problems };
  }
  if (records.length === 0) {
    problem(1, 'header', 'The file is empty. Start it with the line postcode,latitude,longitude, or delete the file.');
    return { points: [], problems };
  }

  const [header, ...rows] = records;
  const names = header!.record.map((cell) => cell.trim().toLowerCase());
  let index: number[] = PLACE_FILE_COLUMNS.map((column) => names.indexOf(column));
  const missing = PLACE_FILE_COLUMNS.filter((_, i) => index[i] === -1);
  if (missing.length) {
    problem(1, 'header', `The first line must be the header postcode,latitude,longitude; it is "${header!.record.join(',')}". Put the line postcode,latitude,longitude at the top of the file, above the first code.`);
    // Rows are still checked, in the documented column order, so one run shows every problem.
    if (names.length !== PLACE_FILE_COLUMNS.length) return { points: [], problems };
    index = [0, 1, 2];
    if (parsePlaceCode(header!.record[0] ?? '')) rows.unshift(header!);
  }

  const points: PlacePoint[] = [];
  const firstLine = new Map<string, number>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const cells = Object.fromEntries(PLACE_FILE_COLUMNS.map((column, i) => [column, record[index[i]!] ?? '']));
    if (record.length < PLACE_FILE_COLUMNS.length) {
      problem(line, 'file', `This line has ${record.length} value${record.length === 1 ? '' : 's'}, not 3. Write the code, its latitude and its longitude, separated by commas: AV4 2NB,53.7463,-1.5822.`);
      continue;
    }
    const result = rowSchema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) problem(line, String(issue.path[0] ?? 'file'), issue.message);
      continue;
    }
    const { postcode: code, latitude, longitude } = result.data;
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      problem(line, 'postcode', `${code} is listed twice, also on line ${earlier}. Keep one line for each code.`);
      continue;
    }
    firstLine.set(code, line);
    points.push({ code, latitude, longitude });
  }
  return { points, problems };
}
