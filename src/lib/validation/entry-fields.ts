/**
 * Every field an entry may have, read from the schema itself, so a check that needs the
 * fields' names (a misspelt name, a field written below the front matter) cannot fall
 * behind a field added to it.
 */
import { z } from 'astro/zod';
import { activitySchema } from '../../schema/activity.ts';
import { fieldTreeOf, type FieldTree } from './field-names.ts';

let tree: FieldTree | undefined;

/** The fields of every object in an entry (its areas do not change which fields there are). */
export function entryFieldTree(): FieldTree | undefined {
  return (tree ??= fieldTreeOf(z.toJSONSchema(activitySchema({ areas: ['area'] }), { io: 'input', unrepresentable: 'any' }) as Parameters<typeof fieldTreeOf>[0]));
}

/** The names of an entry's top-level fields: title, summary, …, status, paused_until. */
export function topLevelFieldNames(): readonly string[] {
  return [...(entryFieldTree()?.fields.keys() ?? [])];
}
