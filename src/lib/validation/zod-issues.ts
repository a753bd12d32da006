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

export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const many = issue.keys.length > 1;
    return `Unknown field${many ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling against the contributor guide, or remove ${many ? 'them' : 'it'}.`;
  }
  return issue.message;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `  ${field || '(front matter)'}: ${issueMessage(issue)}`;
  });
}
