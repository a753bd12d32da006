/**
 * The shortlist ("My list"): activity ids kept in the browser's
 * localStorage, and nowhere else. Pure functions over a storage interface,
 * so the same rules serve the header count, the buttons, the search
 * results and the shortlist page, and are unit-tested without a browser.
 */

export const STORAGE_KEY = 'activity-shortlist';
/** Fired on window whenever this tab changes the list. */
export const CHANGE_EVENT = 'shortlist-change';
/** A list longer than this is not a shortlist; it also caps what a share link can carry. */
export const MAX_ITEMS = 30;

/**
 * isActivityId's rule (content/activity-url.ts), written out again: importing it would give every
 * page's header script one more file to fetch.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Reads ids from stored text, dropping anything malformed rather than failing. */
export function parseIds(raw: unknown): string[] {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && ID.test(v)))].slice(0, MAX_ITEMS);
}

export function readList(store: KeyValueStore | undefined): string[] {
  try {
    return parseIds(store?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage can be blocked (private modes, policies): behave as an empty list.
    return [];
  }
}

export function writeList(store: KeyValueStore | undefined, ids: readonly string[]): boolean {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(parseIds([...ids])));
    return Boolean(store);
  } catch {
    return false;
  }
}

export function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(0, MAX_ITEMS);
}

/** The list merged into another, keeping order and dropping repeats. */
export function merge(into: readonly string[], extra: readonly string[]): string[] {
  return parseIds([...into, ...extra]);
}

/** A link that carries the list, for texting or emailing to a patient or colleague. */
export function shareUrl(origin: string, ids: readonly string[]): string {
  const url = new URL('/shortlist/', origin);
  url.searchParams.set('ids', ids.join(','));
  return url.href;
}

/** The ids a share link carries, or undefined when the page was opened normally. */
export function idsFromShareUrl(search: string): string[] | undefined {
  const value = new URLSearchParams(search).get('ids');
  if (value === null) return undefined;
  return parseIds(value.split(',').map((s) => s.trim()));
}

export function countText(n: number): string {
  return n === 0 ? 'Your list is empty' : `${n} ${n === 1 ? 'activity' : 'activities'} in your list`;
}
