/**
 * The shortlist as the browser sees it: localStorage plus an event so every
 * part of the page (header count, buttons, islands) stays in step, a polite
 * announcement for screen-reader users when it changes, and each listed
 * activity's card read from its page.
 */
import { CHANGE_EVENT, countText, readList, STORAGE_KEY, writeList } from './shortlist.ts';
import type { ActivityCard } from './card.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function getList(): string[] {
  return readList(storage());
}

/** Saves the list and tells the page; returns false when the browser refuses storage. */
export function setList(ids: readonly string[], announcement?: string): boolean {
  const saved = writeList(storage(), ids);
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  announce(saved ? `${announcement ? `${announcement} ` : ''}${countText(getList().length)}.` : 'Your browser would not let this site save your list.');
  return saved;
}

export function onListChange(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function announce(message: string): void {
  const region = document.getElementById('shortlist-status');
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** The card an activity page carries, or undefined if the page has none (not an activity page). */
export function cardFromPage(html: string): ActivityCard | undefined {
  const block = new DOMParser().parseFromString(html, 'text/html').querySelector('script[data-activity-card]');
  if (!block?.textContent) return undefined;
  try {
    return JSON.parse(block.textContent) as ActivityCard;
  } catch {
    return undefined;
  }
}
