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

/** Letters and digits only, lower case, accents dropped: "Drop in" and "drop-in" are the same. */
export const squash = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The one value a volunteer almost certainly meant, or none: the same
 * letters in another case or spacing ("Drop in" for `drop-in`), a value's
 * label or its start ("Tuesday", "Tues" for `TU`), or a slip of a letter or
 * two ("walkng" for `walking`). Unlike nearestKeys it stays silent when two
 * values are as likely, or none is close.
 */
export function closestKey(input: string, terms: Readonly<Record<string, string | { label: string }>>): string | undefined {
  const typed = squash(input);
  if (!typed) return undefined;
  const entries = Object.entries(terms).map(([key, term]) => ({ key, forms: [squash(key), squash(typeof term === 'string' ? term : term.label)] }));
  const only = (found: { key: string }[]) => (found.length === 1 ? found[0]!.key : undefined);
  const same = only(entries.filter(({ forms }) => forms.some((f) => f === typed || `${f}s` === typed)));
  if (same) return same;
  if (typed.length >= 3) {
    const started = only(entries.filter(({ forms }) => forms.some((f) => f.startsWith(typed))));
    if (started) return started;
  }
  // A slip: one edit in a short word, two in a long one.
  const allowed = typed.length < 4 ? 0 : typed.length < 8 ? 1 : 2;
  const near = entries
    .map(({ key, forms }) => ({ key, distance: Math.min(...forms.map((f) => editDistance(typed, f))) }))
    .filter((e) => e.distance <= allowed);
  const best = Math.min(...near.map((e) => e.distance));
  return only(near.filter((e) => e.distance === best));
}
