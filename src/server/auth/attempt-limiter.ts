// Counts attempts per key in a fixed window. An attempt is taken *before* the slow work it guards
// (a password hash), so a burst of simultaneous requests cannot all pass a check made before any of
// them was counted; a success gives its attempt back.
export type AttemptLimit = { max: number; windowMs: number };

/**
 * The counting seam. In memory for now; a store-backed implementation (shared by several instances)
 * only has to keep these four operations atomic per key.
 */
export interface AttemptCounter {
  /** Counts one attempt and answers 0, or answers the milliseconds to wait (counting nothing) when full. */
  take(key: string): number;
  /** Returns one attempt taken earlier (the guarded work succeeded). */
  giveBack(key: string): void;
  /** Attempts counted for the key in its current window. */
  count(key: string): number;
  /** Forgets the key. */
  reset(key: string): void;
}

type Window = { count: number; resetAt: number };

export class AttemptLimiter implements AttemptCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: AttemptLimit,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): number {
    const now = this.now();
    const window = this.current(key, now);
    if (!window) {
      this.windows.set(key, { count: 1, resetAt: now + this.limit.windowMs });
      if (this.windows.size > 50_000) this.prune(now);
      return 0;
    }
    if (window.count >= this.limit.max) return window.resetAt - now;
    window.count++;
    return 0;
  }

  giveBack(key: string): void {
    const window = this.current(key, this.now());
    if (!window) return;
    window.count--;
    if (window.count <= 0) this.windows.delete(key);
  }

  count(key: string): number {
    return this.current(key, this.now())?.count ?? 0;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * The delay before checking a password for an account that has had `failures` recent failures from
 * anywhere: none for the first few, then doubling up to a cap. It slows a guesser spread over many
 * addresses without ever refusing the account's owner.
 */
export function slowdownMs(failures: number, { free = 5, baseMs = 250, capMs = 4000 } = {}): number {
  if (failures <= free) return 0;
  return Math.min(capMs, baseMs * 2 ** (failures - free - 1));
}
