/**
 * When two names are the same name: ignoring case and spacing, so "Tuesday
 * Walk", "tuesday  walk" and " TUESDAY WALK " are one. Used for titles (the
 * same activity listed twice), organisation names (one organisation per
 * name) and conditions (one term per condition).
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
