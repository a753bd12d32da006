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
