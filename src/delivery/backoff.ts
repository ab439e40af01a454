import { RETRY_AFTER_MAX_MS, RETRY_AFTER_MIN_MS } from './classify.js';

export interface BackoffOptions {
  /** Shortest wait and the growth unit. */
  baseMs?: number;
  /** Longest wait the backoff alone produces; a server's Retry-After may ask for more. */
  capMs?: number;
  /** The destination's own hint (Retry-After, or a known throttling pause). */
  retryAfterMs?: number;
}

export const DEFAULT_BASE_MS = 1_000;
export const DEFAULT_CAP_MS = 15 * 60 * 1_000;
export const DEFAULT_HORIZON_MS = 24 * 60 * 60 * 1_000;

/** Upper bound of the wait after attempt `attempt`: base·2^attempt, capped. Never decreases. */
export function backoffCeilingMs(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? DEFAULT_BASE_MS;
  const cap = Math.max(base, opts.capMs ?? DEFAULT_CAP_MS);
  const n = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 1), 40) : 1;
  return Math.min(cap, base * 2 ** n);
}

/**
 * Wait before the next try after `attempt` (1 = the first try failed). Full jitter between the
 * base and the ceiling, so many deliveries that failed together (a Teams outage) spread out
 * instead of returning in step. A Retry-After (bounded to 1 s..1 h) wins when it asks for
 * longer; nothing exceeds 1 h. Deterministic given `random` (expected to return [0, 1)).
 */
export function retryDelayMs(
  attempt: number,
  random: () => number,
  opts: BackoffOptions = {},
): number {
  const base = opts.baseMs ?? DEFAULT_BASE_MS;
  const ceiling = backoffCeilingMs(attempt, opts);
  const r = Math.min(Math.max(random(), 0), 1);
  const backoff = base + r * (ceiling - base);
  const hint =
    opts.retryAfterMs === undefined
      ? 0
      : Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, opts.retryAfterMs));
  return Math.round(Math.min(RETRY_AFTER_MAX_MS, Math.max(backoff, hint)));
}

/** True once retrying has gone on for the horizon (24 h by default) since the first attempt. */
export function shouldGiveUp(
  firstAttemptAt: number,
  now: number,
  horizonMs: number = DEFAULT_HORIZON_MS,
): boolean {
  return now - firstAttemptAt >= horizonMs;
}
