/**
 * The validator's three output formats: text for people, GitHub Actions
 * annotations for pull requests, JSON for other tools.
 */
import type { Problem } from './problem.ts';

export type Format = 'text' | 'github' | 'json';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  filesWithErrors: number;
}

export function summarise(problems: readonly Problem[], files: number): Summary {
  const errors = problems.filter((p) => p.severity === 'error');
  return {
    files,
    errors: errors.length,
    warnings: problems.length - errors.length,
    filesWithErrors: new Set(errors.map((p) => p.file)).size,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(summary: Summary): string {
  const checked = `${plural(summary.files, 'file')} checked`;
  if (summary.errors === 0) {
    return `✔ ${checked}: no errors${summary.warnings ? `, ${plural(summary.warnings, 'warning')}` : ''}.`;
  }
  return `✖ ${checked}: ${plural(summary.errors, 'error')} in ${plural(summary.filesWithErrors, 'file')}${summary.warnings ? `, ${plural(summary.warnings, 'warning')}` : ''}.`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * Control characters quoted from an entry (or its file name) shown as their code. Written raw,
 * an escape sequence could recolour, move or hide the report's own lines in a terminal, so an
 * entry could show a reviewer "no errors".
 */
function visible(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

export function formatText(problem: Problem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return visible(`${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${label}${problem.message}${problem.fix ? `  (${problem.fix})` : ''}`);
}

/** GitHub's workflow-command escaping: data and property values differ. */
function escapeData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(problem: Problem): string {
  const props = [`file=${problem.file}`, `line=${problem.line}`, `col=${problem.column}`, `title=${problem.field}`].map((p) => {
    const [k, ...v] = p.split('=');
    return `${k}=${escapeProperty(v.join('='))}`;
  });
  return `::${problem.severity} ${props.join(',')}::${escapeData(`${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`)}`;
}

export function render(problems: readonly Problem[], files: number, format: Format): string {
  const sorted = sortProblems(problems);
  const summary = summarise(sorted, files);
  if (format === 'json') return JSON.stringify({ summary, problems: sorted }, null, 2);
  const lines = sorted.map(format === 'github' ? formatGithub : formatText);
  lines.push(summaryLine(summary));
  return lines.join('\n');
}
