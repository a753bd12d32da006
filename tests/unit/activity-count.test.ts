import { describe, expect, it } from 'vitest';
import { activityCount } from '../../src/lib/activity/count.ts';

describe('activityCount', () => {
  it('says one activity, and counts the rest in the plural with thousands separated', () => {
    expect(activityCount(0)).toBe('0 activities');
    expect(activityCount(1)).toBe('1 activity');
    expect(activityCount(2)).toBe('2 activities');
    expect(activityCount(12500)).toBe('12,500 activities');
  });
});
