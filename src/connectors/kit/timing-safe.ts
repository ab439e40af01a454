import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string equality. Compares fixed-length digests of both sides so the length
 * of the expected value does not leak through an early return.
 */
export function safeEqual(a: string, b: string): boolean {
  const da = createHmac('sha256', 'safe-equal').update(a).digest();
  const db = createHmac('sha256', 'safe-equal').update(b).digest();
  return timingSafeEqual(da, db) && a.length === b.length;
}
