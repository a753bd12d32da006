import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstNonUtf8Byte, notUtf8 } from '../../src/lib/validation/encoding.ts';

describe('a file that is not UTF-8', () => {
  it('is told at the first byte that is not, with the character it probably is', () => {
    const bytes = Buffer.from('---\ntitle: Walk\ncost_option:\n  amount: "\xa33 a session"\n', 'latin1');
    expect(notUtf8(bytes)).toEqual({
      line: 4, column: 12,
      message: 'The file is not UTF-8 text: the character here, probably "£", was saved in another encoding.',
      fix: 'Save the file as "UTF-8" in your editor (in Notepad: File, Save as, Encoding: UTF-8), then check that "£" still shows here.',
    });
    // Columns count characters, so UTF-8 letters before it count once each.
    expect(notUtf8(Buffer.concat([Buffer.from('Café: “tea” '), Buffer.from([0x93])]))).toMatchObject({ line: 1, column: 13, message: expect.stringContaining('probably "“"') });
  });

  it('says a UTF-16 file is one, and names no character where Windows-1252 has none', () => {
    expect(notUtf8(Buffer.from('\ufeff---\ntitle: Walk\n', 'utf16le'))).toEqual({
      line: 1, column: 1, message: 'The file is saved as UTF-16 ("Unicode"), not UTF-8 text.', fix: 'Save the file as "UTF-8" in your editor (in Notepad: File, Save as, Encoding: UTF-8).',
    });
    expect(notUtf8(Buffer.from([0x41, 0x0a, 0x81]))?.message).toBe('The file is not UTF-8 text: the character here was saved in another encoding.');
    expect(notUtf8(Buffer.from('£3, 🚶 and “quotes”'))).toBeUndefined();
  });

  it('finds a byte exactly when the UTF-8 decoder refuses the bytes', () => {
    const interesting = fc.constantFrom(0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 8 }), fc.array(interesting, { maxLength: 8 }), (random, chosen) => {
      for (const bytes of [random, Uint8Array.from(chosen)]) {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          decodes = false;
        }
        expect(firstNonUtf8Byte(bytes) === undefined).toBe(decodes);
      }
    }), { numRuns: 3000 });
  });
});
