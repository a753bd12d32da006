/**
 * The browser's parts the search controller is handed: its timers, the
 * address bar, and the reader's position on request. Kept apart so the
 * controller runs, and is tested, with stand-ins for each.
 */
import type { Point } from './distance.ts';

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Milliseconds on the same clock, from any fixed start. */
  now: () => number;
}

/** The query string of the page's address. */
export interface Address {
  read: () => string;
  /** Replaces the query string without a new history entry. */
  replace: (search: string) => void;
}

/** The reader's position, or a rejection when it is not shared. */
export type Locate = () => Promise<Point>;

// Looked up on every call, so a test clock installed on the page still governs them.
export const browserTimers: Timers = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  now: () => performance.now(),
};

export const browserAddress: Address = {
  read: () => window.location.search,
  replace: (search) => {
    const next = `${window.location.pathname}${search}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  },
};

/** The browser's geolocation, or undefined where there is none (and on the server). */
export function browserLocate(): Locate | undefined {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) return undefined;
  return () =>
    new Promise((resolve, reject) =>
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
        reject,
        { maximumAge: 600_000, timeout: 15_000 },
      ),
    );
}
