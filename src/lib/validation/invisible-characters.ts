/**
 * Characters no editor shows and no page or feed can carry: C0 controls other than tab and
 * line feed (a lone carriage return included), DEL, C1 controls and the non-characters U+FFFE
 * and U+FFFF. XML 1.0 forbids most of them, so one in a title would break the news feed.
 * Pasting from a word processor or a PDF brings them in.
 */
export const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
