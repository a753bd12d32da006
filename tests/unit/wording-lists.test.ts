import { describe, expect, it } from 'vitest';
import { allOf, anyOf } from '../../src/lib/wording/lists.ts';

describe('lists in a sentence', () => {
  it('join two with "and" or "or", and more with commas before the last', () => {
    expect(allOf(['Monday', 'Wednesday', 'Friday'])).toBe('Monday, Wednesday and Friday');
    expect(anyOf(['in person', 'online'])).toBe('in person or online');
    expect(anyOf(['type 2 diabetes', 'COPD', 'heart failure'])).toBe('type 2 diabetes, COPD or heart failure');
  });

  it('give one item as it is, and nothing for none', () => {
    expect(allOf(['Monday'])).toBe('Monday');
    expect(anyOf([])).toBe('');
  });
});
