import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../src/lib/contributing/draft-storage.ts';
import { entryChanges } from '../../src/lib/contributing/entry-changes.ts';
import { emptyForm, formToEntry } from '../../src/lib/contributing/submission.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) { this.items.set(k, v); }
}

describe('form drafts', () => {
  it('keep a new entry and each update apart, and come back as typed', () => {
    const storage = new MemoryStorage();
    const form = { ...emptyForm('2026-01-01'), title: 'Knit and Natter', categories: ['arts-and-crafts'] };
    saveDraft(storage, draftKey(), form, new Date('2026-01-01T10:00:00Z'));
    saveDraft(storage, draftKey('walk'), { ...form, title: 'Walk' });
    expect(loadDraft(storage, draftKey())).toEqual({ form, savedAt: '2026-01-01T10:00:00.000Z' });
    expect(loadDraft(storage, draftKey('walk'))?.form.title).toBe('Walk');
    expect(loadDraft(storage, draftKey('choir'))).toBeUndefined();
    clearDraft(storage, draftKey());
    expect(loadDraft(storage, draftKey())).toBeUndefined();
    expect(loadDraft(storage, draftKey('walk'))).toBeDefined();
  });

  it('survive a draft saved by an older form or garbled storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(), JSON.stringify({ form: { title: 'Old', categories: 'walking', sessions: [{ freq: 'weekly' }] }, savedAt: '2026-01-01T00:00:00Z' }));
    const draft = loadDraft(storage, draftKey())!;
    expect(draft.form.title).toBe('Old');
    expect(draft.form.categories).toEqual([]);
    expect(draft.form.sessions[0]).toMatchObject({ freq: 'weekly', byday: [], opens_at: '' });
    expect(() => formToEntry(draft.form)).not.toThrow();
    storage.setItem(draftKey(), '{not json');
    expect(loadDraft(storage, draftKey())).toBeUndefined();
  });
});

describe('what an update changes', () => {
  const before = formToEntry({ ...emptyForm('2025-01-01'), title: 'Walk', sessions: [{ ...emptyForm('').sessions[0]!, byday: ['TU'], opens_at: '10:00', closes_at: '11:00' }] });

  it('lists each changed field with its value before and after, in the form’s words', () => {
    const after = structuredClone(before) as { schedules: { opens_at: string; byday: string[] }[]; assured_date: string };
    after.schedules[0]!.opens_at = '10:30';
    after.schedules[0]!.byday = ['TU', 'TH'];
    after.assured_date = '2026-01-01';
    expect(entryChanges(before, after, 'Old words', 'New words')).toEqual([
      { label: 'Session 1: days', before: 'TU', after: 'TU, TH' },
      { label: 'Session 1: starts at', before: '10:00', after: '10:30' },
      { label: 'Description', before: 'Old words', after: 'New words' },
    ]);
  });

  it('is empty when only the date checked moved', () => {
    expect(entryChanges(before, { ...before, assured_date: '2026-02-02' }, 'Same\n', 'Same')).toEqual([]);
  });

  it('names added and removed fields', () => {
    expect(entryChanges(before, { ...before, schedule_notes: 'Not in August' }, '', '')).toEqual([{ label: 'Timing notes', before: '(none)', after: 'Not in August' }]);
  });
});
