import { describe, expect, it } from 'vitest';
import { missingActivityMailto, missingActivityUrl, searchedInPublic } from '../../src/lib/contributing/missing-activity.ts';

describe('telling the directory what is missing', () => {
  it('names what was searched for, a full postcode only as its district, since the issue is public', () => {
    expect(searchedInPublic('choir near AV4 2NB')).toBe('choir near AV4');
    expect(searchedInPublic('walking av42nb')).toBe('walking near AV4');
    expect(searchedInPublic('choir near AV4')).toBe('choir near AV4');
    expect(searchedInPublic('knitting')).toBe('knitting');
    const url = new URL(missingActivityUrl('https://github.com/example-org/activities', 'tai chi near AV4 2NB'));
    expect(url.searchParams.get('title')).toBe('Missing from the directory: tai chi near AV4');
    expect(decodeURIComponent(missingActivityMailto('a@example.org', 'tai chi AV4 2NB'))).not.toContain('2NB');
  });
});
