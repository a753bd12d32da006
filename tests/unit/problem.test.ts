import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/lib/validation/problem.ts';

describe('splitting messages into what is wrong and how to fix it', () => {
  it('splits at the first sentence end outside quotes', () => {
    expect(splitMessage('"a. B" is wrong. Write it like "x. Y".')).toEqual({ message: '"a. B" is wrong.', fix: 'Write it like "x. Y".' });
    expect(splitMessage('valid_to (2026-01-01) is before valid_from (2026-02-01).')).toEqual({ message: 'valid_to (2026-01-01) is before valid_from (2026-02-01).' });
  });
});
