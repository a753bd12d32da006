import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/lib/content/name-key.ts';
import { isSameActivity, sameActivityKey } from '../../src/lib/content/duplicates.ts';
import { entryId } from '../../src/lib/content/entry-id.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { conditionKey } from '../../src/lib/openreferral/taxonomy.ts';
import { organizationId } from '../../src/lib/openreferral/ids.ts';

const at = (title: string, postcode?: string) => ({ title, location: postcode ? { postcode } : {} });

describe('names compared as names', () => {
  it('ignore case, surrounding space and runs of spaces', () => {
    expect(nameKey('  Tuesday   Walk\n')).toBe('tuesday walk');
    expect(nameKey('TUESDAY WALK')).toBe(nameKey('tuesday walk'));
    expect(nameKey('Tuesday Walk')).not.toBe(nameKey('Tuesday Walks'));
  });

  it('are the same however a letter was typed, and with an invisible character in them', () => {
    expect(nameKey('Caf\u0065\u0301 Walk')).toBe(nameKey('Caf\u00e9 Walk'));
    expect(nameKey('Ｔｕｅｓｄａｙ Ｗａｌｋ')).toBe(nameKey('Tuesday Walk'));
    expect(nameKey('Tues\u200Bday\u00AD Walk\uFEFF')).toBe(nameKey('Tuesday Walk'));
    expect(nameKey('Tuesday\u00A0Walk')).toBe(nameKey('Tuesday Walk'));
    // Another alphabet's look-alike letter is not taken for ours.
    expect(nameKey('T\u0443esday Walk')).not.toBe(nameKey('Tuesday Walk'));
  });

  it('are the rule for organisations and conditions too', () => {
    expect(conditionKey(' COPD ')).toBe(conditionKey('copd'));
    const site = 'https://d.example.org';
    expect(organizationId(site, 'Millbrook  Walkers')).toBe(organizationId(site, 'millbrook walkers '));
    expect(organizationId(site, 'Millbrook Walkers')).not.toBe(organizationId(site, 'Millbrook Singers'));
  });
});

describe('the same activity listed twice', () => {
  it('is the same title, as names compare, at the same postcode', () => {
    expect(isSameActivity(at('Tuesday Walk', 'AV4 2NB'), at('tuesday  walk', 'AV4 2NB'))).toBe(true);
    expect(isSameActivity(at('Tuesday Walk', 'AV4 2NB'), at('Tuesday\u200B Walk', 'AV4 2NB'))).toBe(true);
    expect(isSameActivity(at('Tuesday Walk', 'AV4 2NB'), at('Tuesday Walk', 'AV4 2NC'))).toBe(false);
    expect(isSameActivity(at('Tuesday Walk', 'AV4 2NB'), at('Thursday Walk', 'AV4 2NB'))).toBe(false);
  });

  it('never matches an entry without a postcode: a title alone is not enough', () => {
    expect(sameActivityKey(at('Online Choir'))).toBeUndefined();
    expect(isSameActivity(at('Online Choir'), at('Online Choir'))).toBe(false);
  });
});

describe("an entry's web address", () => {
  it('comes from its title as a file name, and from its file name as an id', () => {
    expect(slugify('Café & Chat: Knit  Natter')).toBe('cafe-and-chat-knit-natter');
    expect(entryId(`${slugify('Tuesday Walking Group!')}.md`)).toBe('tuesday-walking-group');
    expect(entryId('groups\\Tuesday Walk.MD')).toBe('groups/tuesday-walk');
  });
});
