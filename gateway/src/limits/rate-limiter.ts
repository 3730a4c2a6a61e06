/**
 * Fixed-window counters per key, in this process's memory. With several gateway processes
 * (replicas, or a cluster) each keeps its own counts, so a caller may get up to `max` per
 * window from each; a shared store (e.g. Redis) would be needed for one global count.
 */

export interface RateDecision {
  readonly allowed: boolean;
  /** Seconds until the window ends (when a refused caller may try again). */
  readonly retryAfterSeconds: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/** Above this many keys, expired windows are swept before a new key is added. */
const SWEEP_ABOVE = 10_000;

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts `n` calls for the key; refused (and not counted) when they would pass `max`. */
  take(key: string, n = 1): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (!window && this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    if (window.count + n > this.max) return { allowed: false, retryAfterSeconds };
    window.count += n;
    return { allowed: true, retryAfterSeconds };
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
