import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';

const VALID = `name: Fixture Directory
tagline: Entries for testing.
site_url: https://fixtures.example.org
areas:
  - id: millbrook
    label: Millbrook
repository_url: https://github.com/example-org/fixtures
corrections_email: fixtures@example.org
review_after_months: 12
`;

/** What loading these settings says, line by line after its heading. */
function problems(yaml: string): string[] {
  const file = path.join(scratchDir('settings'), 'directory.yaml');
  writeFileSync(file, yaml);
  try {
    loadSettings(file);
    return [];
  } catch (error) {
    const [heading, ...lines] = (error as Error).message.split('\n');
    expect(heading).toBe(`The directory settings in ${file} have problems:`);
    return lines.map((l) => l.trim());
  }
}

describe('directory settings with mistakes', () => {
  it('loads the valid ones', () => {
    expect(problems(VALID)).toEqual([]);
  });

  it('fills in the review and delisting ages a new directory leaves out', () => {
    const file = path.join(scratchDir('settings'), 'directory.yaml');
    writeFileSync(file, VALID.replace('review_after_months: 12\n', ''));
    expect(loadSettings(file)).toMatchObject({ review_after_months: 12, delist_after_months: 24, review_notice_weeks: 4 });
  });

  it('names each broken setting with what to write, all in one go', () => {
    const broken = VALID.replace('    label: Millbrook\n', '')
      .replace('fixtures@example.org', 'fixtures-at-example.org')
      .replace('review_after_months: 12', 'review_after_months: twelve')
      .concat('colour: blue\n');
    expect(problems(broken)).toEqual([
      'areas[0].label: label is missing. Write it, for example "North Leeds".',
      'corrections_email: "fixtures-at-example.org" is not an email address. Write it like "hello@example.org".',
      'review_after_months: review_after_months must be a whole number of months from 1 to 60, written in digits without quotes.',
      '(the file): Unknown field "colour". Check the spelling against the settings listed in the README, or remove it.',
    ]);
  });

  it('names an area id given twice, and a delisting sooner than the review', () => {
    const twice = VALID.replace('    label: Millbrook\n', '    label: Millbrook\n  - id: millbrook\n    label: Millbrook again\n');
    expect(problems(`${twice}delist_after_months: 6\n`)).toEqual([
      'areas[1].id: Another area already has the id "millbrook". Give each area its own id.',
      'delist_after_months: delist_after_months must be more than review_after_months.',
    ]);
  });
});
