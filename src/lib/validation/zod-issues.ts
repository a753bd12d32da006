/**
 * Turns zod issues into lines a volunteer can act on: the field's path in
 * front-matter terms (`schedules[0].opens_at`), then the message.
 */
import type { z } from 'astro/zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** `guide` is where the fields are listed, for a misspelt one. */
export function issueMessage(issue: z.core.$ZodIssue, guide = 'the contributor guide'): string {
  if (issue.code === 'unrecognized_keys') {
    const many = issue.keys.length > 1;
    return `Unknown ${many ? 'fields' : 'field'} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling against ${guide}, or remove ${many ? 'them' : 'it'}.`;
  }
  return issue.message;
}

/** Lines for a file's issues: `whole` names the file itself, for an issue with no field. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], whole = '(front matter)', guide?: string): string[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `  ${field || whole}: ${issueMessage(issue, guide)}`;
  });
}
