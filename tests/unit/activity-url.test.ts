import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityIdFromUrl, activityUrl, isActivityId } from '../../src/lib/content/activity-url.ts';
import { entryId } from '../../src/lib/content/entry-id.ts';
import { parseIds } from '../../src/lib/referral/shortlist.ts';

describe('an activity’s address and its id', () => {
  it('give back the id of any entry file, in a subfolder or not', () => {
    const part = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        const id = entryId(`${parts.join('/')}.md`);
        expect(activityIdFromUrl(activityUrl(id))).toBe(id);
      }),
    );
  });

  it('read the id from a full address, a base path, a page file or a percent-encoded address', () => {
    expect(activityIdFromUrl('https://example.org/activities/tuesday-walk/')).toBe('tuesday-walk');
    expect(activityIdFromUrl('/directory/activities/tuesday-walk/?from=search#when')).toBe('tuesday-walk');
    expect(activityIdFromUrl('/activities/tuesday-walk/index.html')).toBe('tuesday-walk');
    expect(activityIdFromUrl('/activities/caf%C3%A9/')).toBe('café');
  });

  it('give no id for an address that is not an activity’s', () => {
    expect(activityIdFromUrl('/categories/walking/')).toBe('');
    expect(activityIdFromUrl('/activities/')).toBe('');
  });

  it('accept as an id only names in folders, never a path out of the activities or another site', () => {
    expect(['tuesday-walk', 'kingsby/tuesday-walk', 'a/b/c1'].filter(isActivityId)).toHaveLength(3);
    expect(['', '../admin', 'a//b', '/a', 'a/', 'Tuesday', 'https://example.org/x', 'a b', 'caf%C3%A9', 'a/../b'].filter(isActivityId)).toEqual([]);
  });

  it('are the ids the shortlist keeps, and no others', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', '/', 'A', '.', ' '), maxLength: 12 });
    fc.assert(
      fc.property(text, (value) => {
        expect(parseIds([value])).toEqual(isActivityId(value) ? [value] : []);
      }),
    );
  });
});

