/**
 * Keeps what someone has typed into the add-your-activity form in this
 * browser only (localStorage), so a reload or a closed tab loses nothing.
 * A new entry and each entry being updated have a draft of their own.
 */
import { emptyForm, emptySession, type SubmissionForm } from './submission.ts';

/** Every draft's storage name starts so; the privacy page names it. */
export const DRAFT_PREFIX = 'add-your-activity:draft:';

export interface Draft {
  form: SubmissionForm;
  /** ISO time it was last saved. */
  savedAt: string;
}

export function draftKey(updateId?: string): string {
  return `${DRAFT_PREFIX}${updateId ? `update:${updateId}` : 'new'}`;
}

export function saveDraft(storage: Storage, key: string, form: SubmissionForm, now = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ form, savedAt: now.toISOString() } satisfies Draft));
  } catch {
    // Storage full or switched off: the form still works, it just cannot keep the draft.
  }
}

/** The saved draft, with any field it lacks (saved by an older form) filled from an empty one; undefined if none or unreadable. */
export function loadDraft(storage: Storage, key: string): Draft | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const saved = JSON.parse(raw) as Partial<Draft>;
    if (!saved.form || typeof saved.form !== 'object' || typeof saved.savedAt !== 'string') return undefined;
    const blank = emptyForm('');
    const form = { ...blank, ...saved.form } as SubmissionForm;
    for (const key of Object.keys(blank) as (keyof SubmissionForm)[]) {
      if (typeof form[key] !== typeof blank[key] || Array.isArray(form[key]) !== Array.isArray(blank[key])) (form as unknown as Record<string, unknown>)[key] = blank[key];
    }
    form.sessions = form.sessions.map((s) => ({ ...emptySession(), ...s }));
    return { form, savedAt: saved.savedAt };
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
