/**
 * When two names are the same name: ignoring case and spacing, so "Tuesday
 * Walk", "tuesday  walk" and " TUESDAY WALK " are one. Used for titles (the
 * same activity listed twice), organisation names (one organisation per
 * name) and conditions (one term per condition).
 *
 * Names that look the same are the same too: an "é" typed as "e" and an accent
 * (NFD, as macOS file names and some phones write it) is the "é" typed as one
 * letter, full-width "Ｗａｌｋ" is "Walk" (NFKC), and a zero-width space or
 * other invisible format character (Unicode's Cf, which a page does not show)
 * is dropped. Letters of another alphabet that only look alike (a Cyrillic "а"
 * for a Latin "a") are still different names.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\p{Cf}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}
