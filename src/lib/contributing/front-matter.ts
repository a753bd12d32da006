/**
 * Front matter built by an importer, ready for entryToMarkdown: no empty
 * values, so an entry written from a spreadsheet or a feed carries only the
 * fields it really has, exactly like one written by hand.
 */

/** A field's value in an importer's output: still unchecked, the activity schema decides. */
export type FrontMatter = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

/** Drops undefined, null, empty strings, empty lists and objects left empty by that, at every depth; keeps key order. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const kept = compact(v);
      if (!isEmpty(kept)) out[key] = kept;
    }
    return out as T;
  }
  return value;
}
