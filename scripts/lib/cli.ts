/**
 * Small argument checks shared by the benchmark command-line tools. A bad
 * value ends the command with its message and exit code 2, as a usage
 * mistake, not with a stack trace.
 */

function usageError(message: string): never {
  console.error(message);
  process.exit(2);
}

export function positiveInteger(value: string, name: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0) usageError(`${name} must be a whole number above 0, not "${value}".`);
  return n;
}

/** "1000,10000" or "1k,10k" → [1000, 10000] */
export function sizeList(value: string, name: string): number[] {
  return value.split(',').map((part) => {
    const trimmed = part.trim().toLowerCase();
    const thousands = trimmed.endsWith('k');
    return positiveInteger(thousands ? trimmed.slice(0, -1) : trimmed, name) * (thousands ? 1000 : 1);
  });
}
