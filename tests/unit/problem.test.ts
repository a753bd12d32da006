import { describe, expect, it } from 'vitest';
import { renameEntryFile } from '../../src/lib/validation/entry-files.ts';
import { splitMessage } from '../../src/lib/validation/problem.ts';

describe('splitting messages into what is wrong and how to fix it', () => {
  it('splits at the first sentence end outside quotes', () => {
    expect(splitMessage('"a. B" is wrong. Write it like "x. Y".')).toEqual({ message: '"a. B" is wrong.', fix: 'Write it like "x. Y".' });
    expect(splitMessage('valid_to (2026-01-01) is before valid_from (2026-02-01).')).toEqual({ message: 'valid_to (2026-01-01) is before valid_from (2026-02-01).' });
  });
});

describe('the name to rename an entry file to', () => {
  it('keeps the words of the name, dropping only the endings a text file is saved with', () => {
    expect(renameEntryFile('Knit & Natter.md')).toBe('Rename it "knit-and-natter.md" (lower-case letters, digits and hyphens, ending in .md)');
    expect(renameEntryFile('.walk.md')).toMatch(/^Rename it "walk\.md"/);
    expect(renameEntryFile('Saturday Swim.markdown')).toMatch(/^Rename it "saturday-swim\.md"/);
    expect(renameEntryFile('notes.v2.md')).toMatch(/^Rename it "notes-v2\.md"/);
  });
});
