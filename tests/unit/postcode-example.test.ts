import { describe, expect, it } from 'vitest';
import { postcodeExample } from '../../src/lib/search/postcode-example.ts';

describe('the example postcode on the search page', () => {
  it('is one of the directory’s own, from its most common district', () => {
    expect(postcodeExample(['DW5 2PL', 'dw1 3ab', 'DW1 4XY', undefined, 'DW1 3AB'])).toEqual({ district: 'DW1', postcode: 'DW1 3AB' });
    expect(postcodeExample(['LS6 1AA'])).toEqual({ district: 'LS6', postcode: 'LS6 1AA' });
  });

  it('is none when no activity has a postcode', () => {
    expect(postcodeExample([undefined, undefined])).toBeUndefined();
    expect(postcodeExample([])).toBeUndefined();
  });
});
