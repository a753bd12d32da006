/**
 * A misspelt or misplaced field name and the field it was meant to be:
 * `catagory` for `categories`, `Title` for `title`, `start_time` for
 * `opens_at`, `email` written beside `contact` rather than under it. The
 * fields come from the schema; this module only says which one a name is
 * nearest, so "Unknown field" and "is missing" become one problem with its fix.
 */
import { editDistance, squash } from './nearest.ts';
import { nonBreakingIndent, startsWithOddSpace } from './yaml-errors.ts';

/** The fields of each object in an entry, by path (`schedules[]` for a session's). */
export type FieldTree = { readonly fields: ReadonlyMap<string, FieldTree | undefined> };

/**
 * Names volunteers use for a field that no spelling rule finds: the other
 * words for it. Each maps to the schema's name or names (`time` is both ends).
 */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  start: ['opens_at'], starts: ['opens_at'], start_time: ['opens_at'], starts_at: ['opens_at'], from: ['opens_at'], opens: ['opens_at'],
  end: ['closes_at'], ends: ['closes_at'], end_time: ['closes_at'], ends_at: ['closes_at'], finish: ['closes_at'], finishes: ['closes_at'], until: ['closes_at'], closes: ['closes_at'],
  time: ['opens_at', 'closes_at'], times: ['opens_at', 'closes_at'],
  day: ['byday'], days: ['byday'], weekday: ['byday'], weekdays: ['byday'],
  frequency: ['freq'], repeats: ['freq'],
  price: ['amount'], cost: ['amount'],
  tel: ['phone'], telephone: ['phone'], mobile: ['phone'], phone_number: ['phone'], e_mail: ['email'], url: ['website'], web: ['website'], site: ['website'],
  postal_code: ['postcode'], post_code: ['postcode'], zip: ['postcode'],
};

/** "categories" and "category", "features" and "feature": a field's name in the singular too. */
function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name;
}

/** The same name however spaced or cased: "Start Time", "start-time" and "start_time". */
const asName = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Whether `typed` is `name` with a slip of a letter or two, or its other case or spacing. */
function nearlyNamed(typed: string, name: string): number | undefined {
  const a = squash(typed);
  const forms = [squash(name), squash(singular(name))];
  if (forms.includes(a) || forms.some((f) => `${f}s` === a)) return 0;
  const allowed = a.length < 4 ? 0 : a.length < 8 ? 1 : 2;
  const distance = Math.min(...forms.map((f) => editDistance(a, f)));
  return distance <= allowed ? distance : undefined;
}

export interface FieldNameFix {
  /** The path of the object the unknown field was written in. */
  at: readonly PropertyKey[];
  /** The name as written. */
  key: string;
  /**
   * The field or fields it was meant to be, as paths from `at`: `[['categories']]`,
   * `[['contact', 'email']]` for a field that belongs one level down, `[['opens_at'], ['closes_at']]`.
   */
  to: readonly (readonly string[])[];
}

/**
 * The field an unknown `key` in an object with fields `tree` and values `written`
 * was meant to be, when there is exactly one such field not already written: the
 * nearest spelling, one of its other names, or a field of an object one level down
 * (contact's email written beside contact).
 */
export function meantField(key: string, tree: FieldTree, written: Readonly<Record<string, unknown>>): FieldNameFix['to'] | undefined {
  const absent = (name: string) => tree.fields.has(name) && written[name] === undefined;
  // Own names only: a key such as "constructor" must not find the object's built-in properties.
  const other = Object.hasOwn(OTHER_NAMES, asName(key)) ? OTHER_NAMES[asName(key)] : undefined;
  if (other?.every(absent)) return other.map((name) => [name]);
  const scored = [...tree.fields.keys()]
    .filter(absent)
    .map((name) => ({ name, distance: nearlyNamed(key, name) }))
    .filter((s): s is { name: string; distance: number } => s.distance !== undefined);
  const best = Math.min(...scored.map((s) => s.distance));
  const nearest = scored.filter((s) => s.distance === best);
  if (nearest.length === 1) return [[nearest[0]!.name]];
  if (nearest.length > 1) return undefined;
  // A field that belongs under another: only where one object has it, and has it free.
  const name = other?.length === 1 ? other[0]! : asName(key);
  const parents = [...tree.fields].filter(([, child]) => child?.fields.has(name));
  if (parents.length !== 1) return undefined;
  const [parent] = parents[0]!;
  const inside = written[parent];
  // A field written with nothing after it (`how_to_join:` before a line indented wrongly) is empty, and takes it.
  if (inside !== undefined && inside !== null && (typeof inside !== 'object' || Array.isArray(inside) || (inside as Record<string, unknown>)[name] !== undefined)) return undefined;
  return [[parent, name]];
}

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** The fields of every object in a JSON Schema (z.toJSONSchema of the activity schema); a list's items stand for each of its entries. */
export function fieldTreeOf(schema: JsonSchema): FieldTree | undefined {
  const object = [schema, ...(schema.anyOf ?? [])].find((s) => s.properties || s.items);
  if (!object) return undefined;
  if (object.items) return fieldTreeOf(object.items);
  return { fields: new Map(Object.entries(object.properties!).map(([name, child]) => [name, fieldTreeOf(child)])) };
}

/** The fields of the object at `path` (numbers step into a list's items). */
export function fieldsAt(tree: FieldTree | undefined, path: readonly PropertyKey[]): FieldTree | undefined {
  let node = tree;
  for (const key of path) {
    if (typeof key === 'number') continue;
    node = node?.fields.get(String(key));
  }
  return node;
}

/** A path as a volunteer reads it: `contact.email`. */
const dotted = (path: readonly string[]) => path.join('.');

/**
 * The one problem for a field written under the wrong name: what to rename it to,
 * with the line as it should read (`value` is what was written after the colon,
 * when it was on the same line).
 */
export function fieldNameFixWording(fix: FieldNameFix, value: string | undefined, split?: readonly unknown[]): { message: string; fix: string } {
  // Indented with non-breaking spaces, the field's name takes them in: the spaces are the mistake.
  if (startsWithOddSpace(fix.key)) return nonBreakingIndent(`${fix.key.trim()}:`);
  const message = `Unknown field "${fix.key}".`;
  const [first, ...others] = fix.to;
  if (others.length) {
    const names = fix.to.map((p) => `"${dotted(p)}"`).join(' and ');
    const [opens, closes] = [first!.at(-1), others[0]!.at(-1)];
    const times = split?.length === 2
      ? `Write the start time as ${opens}: "${String(split[0])}" and the finish as ${closes}: "${String(split[1])}", each on its own line.`
      : `Write the start time as ${opens}: and the finish as ${closes}:, each on its own line in quotes as "HH:MM" on the 24-hour clock, for example ${opens}: "10:00".`;
    return { message, fix: `Did you mean ${names}? ${times}` };
  }
  const target = first!;
  const line = `${target.at(-1)}:${value ? ` ${value}` : ''}`;
  if (target.length > 1) {
    const parent = dotted(target.slice(0, -1));
    return { message, fix: `Did you mean "${dotted(target)}"? Move it under ${parent}:, indented two spaces: ${line}` };
  }
  return { message, fix: `Did you mean "${dotted(target)}"? Rename it: ${line}` };
}

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at `path` in parsed front matter. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The fixes for the unknown field names in `unknown` (each with the path of its
 * object), against the entry's fields `tree` and the front matter `data`. Two
 * names are never both taken for one field.
 */
export function fieldNameFixes(unknown: readonly { path: readonly PropertyKey[]; keys: readonly string[] }[], tree: FieldTree | undefined, data: unknown): FieldNameFix[] {
  const fixes: FieldNameFix[] = [];
  for (const { path, keys } of unknown) {
    const fields = fieldsAt(tree, path);
    const written = valueAt(data, path);
    if (!fields || !isFields(written)) continue;
    const claimed = new Set<string>();
    for (const key of keys) {
      const to = meantField(key, fields, written);
      if (!to || to.some((p) => claimed.has(p.join('.')))) continue;
      to.forEach((p) => claimed.add(p.join('.')));
      fixes.push({ at: path, key, to });
    }
  }
  return fixes;
}

/**
 * The front matter as it would be with the fixes made, so the rest of it is checked
 * in the same run: a field renamed keeps its value (a `time` of "7pm-9pm" is split
 * by `split`, or left out).
 */
export function withFieldNamesFixed(data: unknown, fixes: readonly FieldNameFix[], split: (value: unknown) => readonly unknown[] | undefined): unknown {
  const copy = structuredClone(data);
  for (const fix of fixes) {
    const parent = valueAt(copy, fix.at) as Fields;
    const value = parent[fix.key];
    delete parent[fix.key];
    const values = fix.to.length === 1 ? [value] : split(value);
    fix.to.forEach((target, i) => {
      if (values?.[i] === undefined) return;
      let node = parent;
      for (const key of target.slice(0, -1)) node = (node[key] ??= {}) as Fields;
      node[target.at(-1)!] = values[i];
    });
  }
  return copy;
}

/** Where a path of the fixed front matter was written in the file: under the name as written. */
export function writtenPath(path: readonly PropertyKey[], fixes: readonly FieldNameFix[]): readonly PropertyKey[] {
  for (const fix of fixes) {
    for (const target of fix.to) {
      const fixed = [...fix.at, ...target];
      if (fixed.every((key, i) => path[i] === key)) return [...fix.at, fix.key, ...path.slice(fixed.length)];
    }
  }
  return path;
}

/** Whether `path` is a field a fix names (its "is missing" is said by the fix). */
export function namedByFix(path: readonly PropertyKey[], fixes: readonly FieldNameFix[]): boolean {
  return fixes.some((fix) => fix.to.some((target) => [...fix.at, ...target].join('\u0000') === path.join('\u0000')));
}
