/**
 * One thing wrong with an entry, located precisely enough that a volunteer
 * can go straight to the line: `file:line:column  field  message  (fix)`.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** 1-based line in the file; 1 when the problem is with the file as a whole. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The front-matter field (`location.postcode`), or `file`, `body`, `front matter`. */
  field: string;
  severity: Severity;
  /** What is wrong. */
  message: string;
  /** How to fix it, when there is more to say than the message. */
  fix?: string;
}

/**
 * Splits "What is wrong. How to fix it." at the first sentence end outside
 * quotes, so schema messages (written as one string for Astro's build
 * output too) become the validator's message and fix columns.
 */
export function splitMessage(text: string): { message: string; fix?: string } {
  let quote: string | null = null;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') quote = quote === c ? null : quote ?? c;
    if (!quote && (c === '.' || c === ':') && text[i + 1] === ' ' && /[A-Z"`]/.test(text[i + 2] ?? '')) {
      const fix = text.slice(i + 2).trim();
      return { message: text.slice(0, c === '.' ? i + 1 : i), fix: fix.charAt(0).toUpperCase() + fix.slice(1) };
    }
  }
  return { message: text };
}
