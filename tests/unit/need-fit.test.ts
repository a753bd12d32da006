import { describe, expect, it } from 'vitest';
import { byNeedFit, needFit } from '../../src/lib/search/need-fit.ts';

const activity = (categories: string[], audiences: string[] = []) => ({
  categories, audiences,
  has: (facet: 'category' | 'audience', value: string) => (facet === 'category' ? categories : audiences).includes(value),
});

describe('the order of what a need adds by its categories and audiences', () => {
  const active = { categories: ['physical-activity', 'walking', 'running', 'food'], audiences: [] };

  it('puts an activity in the category the need lists first before one in the category it lists last', () => {
    const foodBank = { name: 'food bank', ...activity(['food', 'social']) };
    const chairYoga = { name: 'chair yoga', ...activity(['physical-activity']) };
    expect(byNeedFit([foodBank, chairYoga], (a) => a.has, active).map((a) => a.name)).toEqual(['chair yoga', 'food bank']);
  });

  it('puts one in more of the need’s categories and audiences first, and keeps the search’s order within a rank', () => {
    const stroke = { categories: ['long-term-conditions', 'peer-support'], audiences: ['carers'] };
    const parents = { name: 'parents peer group', ...activity(['peer-support']) };
    const club = { name: 'stroke club', ...activity(['long-term-conditions', 'peer-support']) };
    const diabetes = { name: 'diabetes group', ...activity(['long-term-conditions']) };
    const breathe = { name: 'breathe easy', ...activity(['long-term-conditions']) };
    const choir = { name: 'choir', ...activity(['music']) };
    expect(byNeedFit([parents, diabetes, choir, club, breathe], (a) => a.has, stroke).map((a) => a.name)).toEqual(['stroke club', 'diabetes group', 'breathe easy', 'parents peer group']);
    expect(needFit(activity(['music']).has, stroke)).toBeUndefined();
    expect(needFit(activity(['peer-support'], ['carers']).has, stroke)).toEqual([2, 1]);
  });
});
