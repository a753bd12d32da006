/**
 * Lists of words as a sentence says them: "Monday and Thursday",
 * "walking, running or cycling". One place, so every page, card and search
 * note joins its lists the same way.
 */

function joined(items: readonly string[], last: string): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? '');
}

/** "a", "a and b", "a, b and c". */
export function allOf(items: readonly string[]): string {
  return joined(items, 'and');
}

/** "a", "a or b", "a, b or c": any one of them. */
export function anyOf(items: readonly string[]): string {
  return joined(items, 'or');
}
