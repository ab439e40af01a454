import { describe, expect, it } from 'vitest';
import { isoSeconds, staleTimestamp, unixSeconds } from '../../../src/connectors/kit/timestamp.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ts = (offsetSeconds: number) => unixSeconds(NOW + offsetSeconds * 1000);

describe('staleTimestamp', () => {
  it('passes a timestamp within five minutes either side of the receive time', () => {
    for (const offset of [0, -299, 299, -300, 300]) {
      expect(staleTimestamp('webhook-timestamp', ts(offset), NOW), String(offset)).toBeUndefined();
    }
  });

  it('refuses an old or future timestamp, saying by how much', () => {
    expect(staleTimestamp('webhook-timestamp', ts(-400), NOW)).toMatchObject({
      code: 'SIGNATURE_INVALID',
      message: expect.stringContaining('400 s old'),
    });
    expect(staleTimestamp('webhook-timestamp', ts(900), NOW)?.message).toContain(
      '900 s in the future',
    );
    expect(staleTimestamp('t', ts(-61), NOW, 60)).toBeDefined();
  });

  it('reads ISO 8601 timestamps for senders that sign those (Zendesk)', () => {
    const iso = (offset: number) => new Date(NOW + offset * 1000).toISOString();
    expect(staleTimestamp('t', iso(-200), NOW, 300, 'iso')).toBeUndefined();
    expect(staleTimestamp('t', '2026-06-01T12:00:00+00:00', NOW, 300, 'iso')).toBeUndefined();
    expect(staleTimestamp('t', iso(-400), NOW, 300, 'iso')?.message).toContain('400 s old');
    expect(staleTimestamp('t', unixSeconds(NOW), NOW, 300, 'iso')?.message).toContain('ISO 8601');
    expect(staleTimestamp('t', iso(0), NOW)?.code).toBe('SIGNATURE_INVALID'); // not Unix seconds
    expect(isoSeconds(NOW + 999)).toBe('2026-06-01T12:00:00Z');
  });

  it('refuses a missing or non-numeric timestamp', () => {
    expect(staleTimestamp('webhook-timestamp', undefined, NOW)).toMatchObject({
      code: 'SIGNATURE_MISSING',
    });
    for (const bad of ['12.5', '-1', 'yesterday', '1e9', '9'.repeat(20)]) {
      expect(staleTimestamp('webhook-timestamp', bad, NOW)?.code, bad).toBe('SIGNATURE_INVALID');
    }
  });
});
