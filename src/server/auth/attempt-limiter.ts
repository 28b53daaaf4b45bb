// Counts failed attempts per key in a fixed window; past the limit, further attempts are refused until it ends.
export type AttemptLimit = { max: number; windowMs: number };

type Window = { count: number; resetAt: number };

export class AttemptLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: AttemptLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    if (!window) return 0;
    const left = window.resetAt - this.now();
    if (left <= 0) {
      this.windows.delete(key);
      return 0;
    }
    return window.count >= this.limit.max ? left : 0;
  }

  fail(key: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.limit.windowMs });
      if (this.windows.size > 50_000) this.prune(now);
    } else {
      window.count++;
    }
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
