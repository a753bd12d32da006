/**
 * What the build says about an entry it cannot accept: the validator's own
 * errors for that file, so `npm run build` and `npm run validate` word every
 * problem the same way (field, what is wrong, how to fix it, line and
 * column). Warnings stay with `npm run validate`.
 */
import type { Problem } from './problem.ts';
import { validateEntry, type EntryInput, type ValidateOptions } from './validate.ts';

export function entryErrors(input: EntryInput, options: ValidateOptions): Problem[] {
  return validateEntry(input, options).problems.filter((p) => p.severity === 'error');
}
