/**
 * The postcode the search page's "Near a postcode" hint gives as an
 * example: one of the directory's own, from its most common district, so
 * the example is a place the reader knows and the search can place. None
 * when no listed activity has a postcode (a directory of phone lines).
 */
import { parsePlaceCode } from './postcode-query.ts';

export interface PostcodeExample {
  postcode: string;
  district: string;
}

export function postcodeExample(postcodes: readonly (string | undefined)[]): PostcodeExample | undefined {
  const byDistrict = new Map<string, string[]>();
  for (const written of postcodes) {
    const code = written === undefined ? undefined : parsePlaceCode(written);
    if (!code?.full) continue;
    byDistrict.set(code.district, [...(byDistrict.get(code.district) ?? []), code.full]);
  }
  let best: [string, string[]] | undefined;
  for (const entry of [...byDistrict].sort(([a], [b]) => a.localeCompare(b))) {
    if (!best || entry[1].length > best[1].length) best = entry;
  }
  if (!best) return undefined;
  return { district: best[0], postcode: [...best[1]].sort()[0]! };
}
