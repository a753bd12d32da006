/**
 * The valid keys a mistyped one was most likely meant to be, for messages
 * such as "Did you mean `social`?".
 */

/** Edits (insert, delete, substitute, swap two neighbours) from a to b. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `count` keys closest to `input`, nearest first, leaving out any much
 * further off than the nearest. A key whose name or
 * label contains what was typed (or is contained in it) comes before any
 * spelling-distance match, so "befriending" finds `social` (labelled
 * "Social and befriending") and "mental" finds `mental-wellbeing`.
 */
export function nearestKeys(input: string, terms: Record<string, { label: string }>, count = 3): string[] {
  const typed = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const words = typed.replace(/-/g, ' ');
  const scored = Object.entries(terms).map(([key, term], order) => {
    const label = term.label.toLowerCase();
    const contains = typed.length >= 3 && (key.includes(typed) || typed.includes(key) || label.includes(words));
    return { key, order, score: contains ? 0 : editDistance(typed, key) };
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  // Keys much further off than the best are noise beside it.
  const best = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score <= best + 2).slice(0, count).map((s) => s.key);
}
