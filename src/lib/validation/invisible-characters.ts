/**
 * Characters no editor shows and no page or feed can carry: C0 controls other than tab and
 * line feed (a lone carriage return included), DEL, C1 controls and the non-characters U+FFFE
 * and U+FFFF. XML 1.0 forbids most of them, so one in a title would break the news feed.
 * Pasting from a word processor or a PDF brings them in.
 */
export const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/**
 * Invisible characters that turn the direction of the text after them (U+202A to U+202E, the
 * embeddings and overrides, and U+2066 to U+2069, the isolates): "Walk\u202Egnp.exe" shows as
 * "Walkexe.png", so a title, card or handout could read other than it is. Right-to-left text
 * (Urdu, Arabic) shows the right way without them; the marks U+200E and U+200F stay allowed.
 */
export const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A flag drawn with tag characters: the black flag U+1F3F4, tag letters, then the cancel tag
 * U+E007F. Wales's and Scotland's flags are written this way, so their tags are not hidden text.
 */
const TAG_FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/**
 * Characters that show as nothing yet are text: Unicode's tag characters (U+E0000 to
 * U+E007F), which can carry words no reader sees, and the line and paragraph separators
 * U+2028 and U+2029, a line break to some readers of the feed and the spreadsheet and
 * nothing to others. The joiners U+200C and U+200D are not among them: emoji sequences and
 * Urdu and Persian words need them.
 */
const HIDDEN = /[\u{E0000}-\u{E007F}\u2028\u2029]/u;

/** Whether `text` has a hidden character, tags in a flag apart. */
export function hasHiddenCharacter(text: string): boolean {
  return HIDDEN.test(text.replace(TAG_FLAG, ''));
}
