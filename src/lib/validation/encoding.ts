/**
 * Where a file stops being UTF-8, and what the volunteer typed there. Notepad's "ANSI" and
 * older Word save text in Windows-1252, where "£" is the one byte 0xA3; read as UTF-8 that
 * byte is no character at all, so the file cannot be read. Saying where and what it probably
 * is points the volunteer at the very character, and the fix is to save the file as UTF-8.
 */

/** Windows-1252 covers ISO-8859-1 and adds “smart quotes”, dashes and "€" in 0x80–0x9F. */
const windows1252 = new TextDecoder('windows-1252');

/** The offset of the first byte that does not start or continue a UTF-8 character, if any. */
export function firstNonUtf8Byte(bytes: Uint8Array): number | undefined {
  const continues = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (!continues(i + 1)) return i;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      // No overlong forms (0xE0 0x80–0x9F) and no surrogates (0xED 0xA0–0xBF).
      if (!continues(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) || !continues(i + 2)) return i;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      // No overlong forms (0xF0 0x80–0x8F) and nothing past U+10FFFF (0xF4 0x90–).
      if (!continues(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) || !continues(i + 2) || !continues(i + 3)) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return undefined;
}

export interface NotUtf8 {
  line: number;
  column: number;
  message: string;
  fix: string;
}

const SAVE_AS_UTF8 = 'Save the file as "UTF-8" in your editor (in Notepad: File, Save as, Encoding: UTF-8)';

/** Where and why `bytes` are not UTF-8 text, or undefined when they are. */
export function notUtf8(bytes: Uint8Array): NotUtf8 | undefined {
  const at = firstNonUtf8Byte(bytes);
  if (at === undefined) return undefined;
  // "Unicode" in Notepad's list: every other byte of ordinary text is 0, so no one character is to blame.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, column: 1, message: 'The file is saved as UTF-16 ("Unicode"), not UTF-8 text.', fix: `${SAVE_AS_UTF8}.` };
  }
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
  const column = new TextDecoder().decode(bytes.subarray(lineStart, at)).length + 1;
  const meant = windows1252.decode(bytes.subarray(at, at + 1));
  // Five bytes have no character in Windows-1252, and the C1 controls they decode to are no help.
  if (/\p{Cc}/u.test(meant)) return { line, column, message: 'The file is not UTF-8 text: the character here was saved in another encoding.', fix: `${SAVE_AS_UTF8}.` };
  return {
    line, column,
    message: `The file is not UTF-8 text: the character here, probably "${meant}", was saved in another encoding.`,
    fix: `${SAVE_AS_UTF8}, then check that "${meant}" still shows here.`,
  };
}
