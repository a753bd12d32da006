/**
 * The files the indexing step writes beside Pagefind's, read back from the
 * built test site: each listed activity's map position and freshness at the
 * row the filter file gives its page, as the search island looks them up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEST_CONTENT, TEST_DIST } from '../support/site.ts';
import { readEntries } from '../support/content.ts';
import { activityIdFromUrl } from '../../src/lib/content/activity-url.ts';
import { decodeFacetIndex } from '../../src/lib/search/facet-file/decode.ts';
import { FACET_FILE } from '../../src/lib/search/facet-file/format.ts';
import { FACETS_EVERY_ACTIVITY_HAS } from '../../src/lib/search/facets.ts';
import { decodePageFacts, decodePagePositions, PAGE_FACTS_FILE, PAGE_POSITIONS_FILE } from '../../src/lib/search/page-facts.ts';
import { readFragments } from '../../src/lib/search/pagefind-fragments.ts';

const bundle = path.join(TEST_DIST, 'pagefind');
const read = (file: string) => gunzipSync(readFileSync(path.join(bundle, file)));

describe('the search files beside Pagefind’s', () => {
  const index = decodeFacetIndex(read(FACET_FILE));
  const positions = decodePagePositions(read(PAGE_POSITIONS_FILE));
  const facts = decodePageFacts(read(PAGE_FACTS_FILE));
  const byId = new Map(readEntries(TEST_CONTENT).filter((e) => e.listed).map((e) => [e.id, e]));
  const fragments = readFragments(bundle, FACETS_EVERY_ACTIVITY_HAS);

  it('place every listed activity where its entry says, and no other', () => {
    expect(fragments.map((f) => activityIdFromUrl(f.url)).sort()).toEqual([...byId.keys()].sort());
    let placed = 0;
    for (const fragment of fragments) {
      const entry = byId.get(activityIdFromUrl(fragment.url))!;
      const { latitude, longitude } = entry.data.location;
      const at = positions.position(index.pageNumber(fragment.id));
      if (latitude === undefined || longitude === undefined) {
        expect(at, entry.id).toBeUndefined();
        continue;
      }
      placed++;
      expect(at?.latitude, entry.id).toBeCloseTo(latitude, 4);
      expect(at?.longitude, entry.id).toBeCloseTo(longitude, 4);
    }
    expect(placed).toBeGreaterThan(10);
    expect(placed).toBeLessThan(fragments.length);
  });

  it('mark the activities whose details are out of date', () => {
    const outOfDate = fragments.filter((f) => facts.outOfDate(index.pageNumber(f.id))).map((f) => activityIdFromUrl(f.url));
    expect(outOfDate.sort()).toEqual([...byId.values()].filter((e) => e.freshness === 'out-of-date').map((e) => e.id).sort());
  });
});
