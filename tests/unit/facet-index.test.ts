import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFacetIndex } from '../../src/lib/search/facet-file/decode.ts';
import { encodeFacetIndex, type FacetPage } from '../../src/lib/search/facet-file/encode.ts';

const pages: FacetPage[] = [
  { id: 'en-gb_0107fb4', facets: { day: ['Monday', 'Saturday'], cost: ['Free'] } },
  { id: 'en-gb_ff00001', facets: { day: ['Saturday'], cost: ['Paid'] } },
  { id: 'en-gb_3a00000', facets: { day: ['Monday'], cost: ['Paid'] } },
  { id: 'en-gb_00a1', facets: { day: [], cost: ['Free'] } },
];

const INDEX = 'en-gb_8e8e275a2c91b';

function roundTrip(input: readonly FacetPage[]) {
  return decodeFacetIndex(encodeFacetIndex(input, INDEX));
}

describe('the search filter file', () => {
  it('gives back every page’s values from its Pagefind id, whatever the id’s length', () => {
    const index = roundTrip(pages);
    expect(index.size).toBe(4);
    expect(index.index).toBe(INDEX);
    // Each page has a row of its own, though the file holds no ids.
    expect(new Set(pages.map((p) => index.pageNumber(p.id))).size).toBe(4);
    for (const page of pages) {
      const n = index.pageNumber(page.id);
      expect(n).toBeDefined();
      // The values a page has are the ones it alone counts towards.
      const { counts } = index.select([n!], (x) => x, {});
      const has = (key: string) => Object.keys(counts[key] ?? {}).filter((v) => counts[key]![v] === 1);
      expect(has('day')).toEqual([...(page.facets.day ?? [])].sort());
      expect(has('cost')).toEqual(page.facets.cost);
    }
    expect(index.pageNumber('en-gb_not-a-hash')).toBeUndefined();
  });

  it('keeps results with any ticked value of a facet and all ticked facets, in Pagefind’s order', () => {
    const index = roundTrip(pages);
    const results = ['en-gb_ff00001', 'en-gb_3a00000', 'en-gb_0107fb4', 'en-gb_00a1'];
    const pick = (ticked: Record<string, string[]>) => index.select(results, (id) => index.pageNumber(id), ticked).kept;
    expect(pick({ day: ['Saturday'] })).toEqual(['en-gb_ff00001', 'en-gb_0107fb4']);
    expect(pick({ day: ['Saturday', 'Monday'] })).toEqual(['en-gb_ff00001', 'en-gb_3a00000', 'en-gb_0107fb4']);
    expect(pick({ day: ['Saturday'], cost: ['Free'] })).toEqual(['en-gb_0107fb4']);
    expect(pick({})).toEqual(results);
    // A value or facet nobody has matches nothing, as a filter on a missing value does in Pagefind.
    expect(pick({ day: ['Funday'] })).toEqual([]);
    expect(pick({ colour: ['Blue'] })).toEqual([]);
  });

  it('counts what ticking each value would give, leaving a facet’s own ticks out of its counts', () => {
    const index = roundTrip(pages);
    const { counts } = index.select(pages.map((p) => p.id), (id) => index.pageNumber(id), { day: ['Saturday'], cost: ['Free'] });
    // Day counts are over free pages (cost still applies); cost counts over Saturday pages.
    expect(counts.day).toEqual({ Monday: 1, Saturday: 1 });
    expect(counts.cost).toEqual({ Free: 1, Paid: 1 });
  });

  it('agrees with counting by hand for any pages and ticks', () => {
    const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Any', 'Odd'];
    const AREAS = Array.from({ length: 31 }, (_, i) => `Area ${i}`);
    const page = fc.record({
      hash: fc.integer({ min: 0, max: 0xfffffff }),
      day: fc.subarray(DAYS),
      area: fc.subarray(AREAS, { maxLength: 2 }),
    });
    const pagesArb = fc.uniqueArray(page, { selector: (p) => p.hash, minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(pagesArb, fc.subarray(DAYS), fc.subarray(AREAS, { maxLength: 3 }), (raw, tickedDays, tickedAreas) => {
        const input: FacetPage[] = raw.map((p) => ({ id: `en-gb_${p.hash.toString(16).padStart(7, '0')}`, facets: { day: p.day, area: p.area } }));
        const index = roundTrip(input);
        const ticked: Record<string, string[]> = {};
        if (tickedDays.length) ticked.day = tickedDays;
        if (tickedAreas.length) ticked.area = tickedAreas;
        const passes = (p: FacetPage, key: string) => !ticked[key] || p.facets[key]!.some((v) => ticked[key]!.includes(v));
        const { kept, counts } = index.select(input, (p) => index.pageNumber(p.id), ticked);
        expect(kept).toEqual(input.filter((p) => passes(p, 'day') && passes(p, 'area')));
        for (const [key, other] of [['day', 'area'], ['area', 'day']] as const) {
          for (const value of Object.keys(counts[key] ?? {})) {
            const byHand = input.filter((p) => passes(p, other) && p.facets[key]!.includes(value)).length;
            expect(counts[key]![value]).toBe(byHand);
          }
        }
      }),
    );
  });

  it('gives every page a row of its own at directory scale, without storing the ids', () => {
    const ids = fc.sample(fc.uniqueArray(fc.integer({ min: 0, max: 0xfffffff }), { minLength: 20_000, maxLength: 20_000 }), { numRuns: 1, seed: 7 })[0]!;
    const input = ids.map((n) => ({ id: `en-gb_${n.toString(16).padStart(7, '0')}`, facets: { cost: [n % 3 ? 'Free' : 'Paid'] } }));
    const file = encodeFacetIndex(input, INDEX);
    const index = decodeFacetIndex(file);
    const rows = input.map((p) => index.pageNumber(p.id));
    expect(new Set(rows).size).toBe(input.length);
    const { kept } = index.select(input, (p) => index.pageNumber(p.id), { cost: ['Paid'] });
    expect(kept).toEqual(input.filter((p) => p.facets.cost[0] === 'Paid'));
    // Ids are 3.5 bytes of hash each; a file that stored them would outweigh the whole of this one.
    expect(file.length).toBeLessThan(input.length * 2);
  });

  it('keeps a facet with more combinations of values than a byte can number', () => {
    const values = Array.from({ length: 10 }, (_, i) => `Need ${i}`);
    // 600 pages, each with its own subset of ten values: 600 combinations.
    const input = Array.from({ length: 600 }, (_, n) => ({
      id: `en-gb_${(n * 7919 + 11).toString(16)}`,
      facets: { access: values.filter((_, bit) => (n + 1) & (1 << bit)) },
    }));
    const index = roundTrip(input);
    for (const page of input.filter((_, n) => n % 37 === 0)) {
      const { counts } = index.select([page], (p) => index.pageNumber(p.id), {});
      expect(Object.keys(counts.access!).filter((v) => counts.access![v] === 1)).toEqual(page.facets.access);
    }
  });

  it('refuses ids it cannot key and files it cannot read, saying what to do', () => {
    expect(() => encodeFacetIndex([{ id: 'en-gb_not-hex', facets: {} }], INDEX)).toThrow(/not a hexadecimal hash/);
    expect(() => encodeFacetIndex([pages[0]!, pages[0]!], INDEX)).toThrow(/share the Pagefind id/);
    expect(() => decodeFacetIndex(new TextEncoder().encode('<html>'))).toThrow(/rebuild the site/);
    const whole = encodeFacetIndex(pages, INDEX);
    expect(() => decodeFacetIndex(whole.subarray(0, whole.length - 1))).toThrow(/ends early/);
  });
});
