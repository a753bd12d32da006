/**
 * The search filters' file is made from Pagefind's fragments; a fragment in
 * a shape the reader does not expect must stop the build, never become an
 * empty filter list that silently matches nothing.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FRAGMENT_MARKER, fragmentFacets, FragmentError, readFragment } from '../../src/lib/search/pagefind-fragments.ts';

const REQUIRED = ['category', 'day', 'cost'];
const fragment = (body: string) => gzipSync(Buffer.from(body));
const page = { url: '/activities/walk/', content: 'Walk. A gentle walk in the park.', meta: { title: 'Walk' }, filters: { category: ['Walking'], day: ['Tuesday'], cost: ['Free'], time: [] } };

describe('reading Pagefind fragments for the search filters', () => {
  it('reads the filters of a well-formed fragment, keyed by the id in its file name', () => {
    expect(fragmentFacets('en-gb_0107fb4.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(page)), REQUIRED)).toEqual({
      id: 'en-gb_0107fb4',
      facets: page.filters,
    });
  });

  it('reads the text and meta the word list is made from', () => {
    const read = readFragment('en-gb_0107fb4.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(page)), REQUIRED);
    expect(read).toMatchObject({ url: page.url, content: page.content, meta: page.meta });
    const { content: _, ...textless } = page;
    expect(() => readFragment('t.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(textless)), REQUIRED)).toThrow(/no url or content/);
  });

  it('fails loudly when the marker is missing, instead of cutting 12 bytes off whatever is there', () => {
    const noMarker = fragment(JSON.stringify({ ...page, pad: 'xxxxxxxxxxxx' }));
    expect(() => fragmentFacets('a.pf_fragment', noMarker, REQUIRED)).toThrow(FragmentError);
    expect(() => fragmentFacets('a.pf_fragment', noMarker, REQUIRED)).toThrow(/a\.pf_fragment does not start with "pagefind_dcd"/);
    expect(() => fragmentFacets('b.pf_fragment', fragment('pagefind'), REQUIRED)).toThrow(/does not start with "pagefind_dcd"/);
  });

  it('fails loudly on bytes that are not gzip, or not JSON after the marker', () => {
    expect(() => fragmentFacets('c.pf_fragment', Buffer.from(FRAGMENT_MARKER + '{}'), REQUIRED)).toThrow(/is not gzip/);
    expect(() => fragmentFacets('d.pf_fragment', fragment(`${FRAGMENT_MARKER}{"filters":`), REQUIRED)).toThrow(/not JSON/);
  });

  it('fails loudly when a fragment has no filters at all', () => {
    const { filters: _, ...withoutFilters } = page;
    expect(() => fragmentFacets('e.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(withoutFilters)), REQUIRED)).toThrow(/has no filters/);
  });

  it('fails loudly, naming the page and the filters, when declared filters are missing or empty', () => {
    const partial = { ...page, filters: { category: ['Walking'], day: [] } };
    expect(() => fragmentFacets('f.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(partial)), REQUIRED)).toThrow(
      /f\.pf_fragment \(\/activities\/walk\/\) lacks the filters "day", "cost"/,
    );
  });

  it('refuses filter values that are not text', () => {
    const odd = { ...page, filters: { ...page.filters, area: [3] } };
    expect(() => fragmentFacets('g.pf_fragment', fragment(FRAGMENT_MARKER + JSON.stringify(odd)), REQUIRED)).toThrow(/"area" that is not a list of text/);
  });
});
