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

/** The page's address after its path: the query string and the fragment (url-state.ts). */
export interface Address {
  read: () => string;
  /** Replaces them without a new history entry. */
  replace: (address: string) => void;
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
  read: () => `${window.location.search}${window.location.hash}`,
  replace: (address) => {
    const { pathname, search, hash } = window.location;
    const next = `${pathname}${address}`;
    if (next !== `${pathname}${search}${hash}`) window.history.replaceState(null, '', next);
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
