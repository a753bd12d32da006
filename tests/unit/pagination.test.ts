import { describe, expect, it } from 'vitest';
import { pageCount, pageHref, pageHrefs, pageNumbers, pageTitle, rangeText } from '../../src/lib/browse/pagination.ts';

describe('pagination of category and area lists', () => {
  it('counts pages, keeping one page for an empty list', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(578, 50)).toBe(12);
  });

  it('keeps the list’s own address for page 1 and numbers the rest', () => {
    expect(pageHref('/categories/walking/', 1)).toBe('/categories/walking/');
    expect(pageHref('/categories/walking/', 2)).toBe('/categories/walking/2/');
    expect(pageHrefs('/areas/oakridge/', 101, 50)).toEqual(['/areas/oakridge/', '/areas/oakridge/2/', '/areas/oakridge/3/']);
  });

  it('links to the first, the last and the current page’s neighbours, marking gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 12)).toEqual([1, 2, null, 12]);
    expect(pageNumbers(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    // A gap of a single page shows that page instead of "…".
    expect(pageNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, null, 12]);
    expect(pageNumbers(12, 12)).toEqual([1, null, 11, 12]);
  });

  it('says which part of the list a page shows, only when there is more than one page', () => {
    expect(rangeText(50, 99, 578)).toBe('Showing 51 to 100 of 578 activities.');
    expect(rangeText(550, 577, 578)).toBe('Showing 551 to 578 of 578 activities.');
    expect(rangeText(0, 49, 50)).toBe('');
    expect(rangeText(0, -1, 0)).toBe('');
  });

  it('gives every page after the first its own title', () => {
    expect(pageTitle('Walking', 1, 3)).toBe('Walking');
    expect(pageTitle('Walking', 2, 3)).toBe('Walking (page 2 of 3)');
  });
});
