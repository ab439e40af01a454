import { describe, expect, it } from 'vitest';
import {
  backoffCeilingMs,
  DEFAULT_CAP_MS,
  retryDelayMs,
  shouldGiveUp,
} from '../../../src/delivery/backoff.js';

/** mulberry32: a small seeded generator, so jitter tests are repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const ALMOST_ONE = 1 - 1e-12;

describe('backoffCeilingMs', () => {
  it('doubles from 2 s and never decreases up to the 15 min cap', () => {
    expect(backoffCeilingMs(1)).toBe(2_000);
    expect(backoffCeilingMs(2)).toBe(4_000);
    expect(backoffCeilingMs(9)).toBe(512_000);
    expect(backoffCeilingMs(10)).toBe(DEFAULT_CAP_MS);
    let previous = 0;
    for (let attempt = 1; attempt <= 1_000; attempt++) {
      const ceiling = backoffCeilingMs(attempt);
      expect(ceiling).toBeGreaterThanOrEqual(previous);
      expect(ceiling).toBeLessThanOrEqual(DEFAULT_CAP_MS);
      previous = ceiling;
    }
  });
  it('treats nonsense attempts as the first', () => {
    for (const attempt of [0, -3, Number.NaN, 0.4]) expect(backoffCeilingMs(attempt)).toBe(2_000);
    expect(backoffCeilingMs(Number.POSITIVE_INFINITY)).toBe(2_000);
  });
});

describe('retryDelayMs', () => {
  it('spans base..ceiling as random spans 0..1', () => {
    expect(retryDelayMs(1, () => 0)).toBe(1_000);
    expect(retryDelayMs(1, () => 0.5)).toBe(1_500);
    expect(retryDelayMs(3, () => ALMOST_ONE)).toBe(8_000);
    expect(retryDelayMs(50, () => ALMOST_ONE)).toBe(DEFAULT_CAP_MS);
    expect(retryDelayMs(50, () => 0)).toBe(1_000);
  });

  it('stays within range and actually jitters with a seeded random', () => {
    const random = seeded(42);
    for (let attempt = 1; attempt <= 30; attempt++) {
      const delays = Array.from({ length: 200 }, () => retryDelayMs(attempt, random));
      for (const d of delays) {
        expect(d).toBeGreaterThanOrEqual(1_000);
        expect(d).toBeLessThanOrEqual(backoffCeilingMs(attempt));
      }
      expect(new Set(delays).size).toBeGreaterThan(100);
    }
  });

  it('is deterministic given the random source', () => {
    const a = Array.from({ length: 20 }, (_, i) => retryDelayMs(i + 1, seeded(7)));
    const b = Array.from({ length: 20 }, (_, i) => retryDelayMs(i + 1, seeded(7)));
    expect(a).toEqual(b);
  });

  it('honours Retry-After when it asks for longer, within 1 s..1 h', () => {
    expect(retryDelayMs(1, () => 0, { retryAfterMs: 30_000 })).toBe(30_000);
    expect(retryDelayMs(12, () => ALMOST_ONE, { retryAfterMs: 30_000 })).toBe(DEFAULT_CAP_MS);
    expect(retryDelayMs(1, () => 0, { retryAfterMs: 2 * HOUR })).toBe(HOUR);
    expect(retryDelayMs(1, () => 0, { retryAfterMs: 10 })).toBe(1_000);
  });

  it('accepts other bases and caps, never exceeding 1 h', () => {
    expect(retryDelayMs(1, () => 0, { baseMs: 10, capMs: 100 })).toBe(10);
    expect(retryDelayMs(20, () => ALMOST_ONE, { baseMs: 10, capMs: 100 })).toBe(100);
    expect(retryDelayMs(40, () => ALMOST_ONE, { capMs: 10 * HOUR })).toBe(HOUR);
  });

  it('survives a random source out of range', () => {
    expect(retryDelayMs(2, () => -1)).toBe(1_000);
    expect(retryDelayMs(2, () => 7)).toBe(4_000);
  });
});

describe('shouldGiveUp', () => {
  it('gives up after 24 h by default', () => {
    const start = Date.parse('2026-11-15T00:00:00Z');
    expect(shouldGiveUp(start, start)).toBe(false);
    expect(shouldGiveUp(start, start + 24 * HOUR - 1)).toBe(false);
    expect(shouldGiveUp(start, start + 24 * HOUR)).toBe(true);
  });
  it('takes another horizon', () => {
    expect(shouldGiveUp(0, HOUR, HOUR)).toBe(true);
    expect(shouldGiveUp(0, HOUR - 1, HOUR)).toBe(false);
  });
});
