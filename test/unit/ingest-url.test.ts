import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/entities.js';
import { hashToken } from '../../src/core/ids.js';
import {
  RETIRED_URLS_KEPT,
  lastRotation,
  matchIngestUrl,
  rotateIngestUrl,
} from '../../src/core/ingest-url.js';

const T0 = Date.parse('2026-05-04T09:00:00.000Z');
const HOUR = 3600_000;
const WEEK = 7 * 24 * HOUR;
const url = (token: string) => `https://relay.example/hooks/con_a/${token}`;

/** A connector as the previous release wrote it: no rotation fields at all. */
function legacy(token = 't0'): Connector {
  return {
    id: 'con_a',
    type: 'trello',
    channelId: 'ch_a',
    teamId: 'team_a',
    name: 'Trello',
    events: undefined,
    secrets: ['s'],
    tokenHash: hashToken(token),
    callbackUrl: url(token),
    createdBy: 'usr_a',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const rotate = (c: Connector, token: string, now: number, graceMs = WEEK) =>
  rotateIngestUrl(c, { tokenHash: hashToken(token), callbackUrl: url(token) }, now, graceMs);

describe('matchIngestUrl', () => {
  it('reads a record of the previous release: its token is current, any other unknown', () => {
    const c = legacy();
    expect(matchIngestUrl(c, hashToken('t0'), T0)).toEqual({
      kind: 'current',
      callbackUrl: url('t0'),
    });
    expect(matchIngestUrl(c, hashToken('never-issued'), T0)).toEqual({ kind: 'unknown' });
    expect(lastRotation(c)).toBeUndefined();
  });

  it('accepts the replaced token during its grace with its own callback URL, then expires it', () => {
    const c = rotate(legacy(), 't1', T0);
    expect(matchIngestUrl(c, hashToken('t1'), T0)).toEqual({
      kind: 'current',
      callbackUrl: url('t1'),
    });
    expect(matchIngestUrl(c, hashToken('t0'), T0 + WEEK - 1)).toEqual({
      kind: 'deprecated',
      callbackUrl: url('t0'),
      rotatedAt: T0,
      validUntil: T0 + WEEK,
    });
    // validUntil itself is past the grace: the interval is [rotatedAt, validUntil).
    expect(matchIngestUrl(c, hashToken('t0'), T0 + WEEK)).toEqual({
      kind: 'expired',
      rotatedAt: T0,
      validUntil: T0 + WEEK,
    });
    expect(matchIngestUrl(c, hashToken('never-issued'), T0)).toEqual({ kind: 'unknown' });
    expect(lastRotation(c)).toEqual({
      rotatedAt: '2026-05-04T09:00:00.000Z',
      previousValidUntil: '2026-05-11T09:00:00.000Z',
    });
  });

  it('with no grace the replaced token stops at once, and its URL is not kept', () => {
    const c = rotate(legacy(), 't1', T0, 0);
    expect(matchIngestUrl(c, hashToken('t0'), T0)).toMatchObject({ kind: 'expired' });
    expect(c.retiredUrls?.[0]?.callbackUrl).toBeUndefined();
    expect(lastRotation(c)?.previousValidUntil).toBe(lastRotation(c)?.rotatedAt);
  });

  it('takes an unreadable date as expired, never as valid', () => {
    const c = rotate(legacy(), 't1', T0);
    const broken = { ...c, retiredUrls: [{ ...c.retiredUrls![0]!, validUntil: 'soon' }] };
    expect(matchIngestUrl(broken, hashToken('t0'), T0)).toMatchObject({ kind: 'expired' });
  });
});

describe('rotateIngestUrl', () => {
  it('keeps only the just-replaced token in grace: the one before stops at the rotation', () => {
    const once = rotate(legacy(), 't1', T0);
    const twice = rotate(once, 't2', T0 + HOUR);
    expect(matchIngestUrl(twice, hashToken('t2'), T0 + HOUR)).toMatchObject({ kind: 'current' });
    expect(matchIngestUrl(twice, hashToken('t1'), T0 + HOUR)).toEqual({
      kind: 'deprecated',
      callbackUrl: url('t1'),
      rotatedAt: T0 + HOUR,
      validUntil: T0 + HOUR + WEEK,
    });
    expect(matchIngestUrl(twice, hashToken('t0'), T0 + HOUR)).toEqual({
      kind: 'expired',
      rotatedAt: T0,
      validUntil: T0 + HOUR,
    });
    // A URL that cannot work again keeps its hash (for the 410), not the URL (a credential).
    expect(twice.retiredUrls?.[1]).toEqual({
      tokenHash: hashToken('t0'),
      rotatedAt: '2026-05-04T09:00:00.000Z',
      validUntil: '2026-05-04T10:00:00.000Z',
    });
  });

  it('leaves an already expired token its own end', () => {
    const once = rotate(legacy(), 't1', T0, HOUR);
    const later = rotate(once, 't2', T0 + 2 * HOUR);
    expect(later.retiredUrls?.[1]?.validUntil).toBe('2026-05-04T10:00:00.000Z');
  });

  it(`remembers at most ${RETIRED_URLS_KEPT} replaced tokens; older ones are unknown`, () => {
    let c = legacy('t0');
    for (let i = 1; i <= RETIRED_URLS_KEPT + 2; i++) c = rotate(c, `t${i}`, T0 + i * HOUR);
    expect(c.retiredUrls).toHaveLength(RETIRED_URLS_KEPT);
    const now = T0 + 10 * HOUR;
    expect(matchIngestUrl(c, hashToken('t0'), now)).toEqual({ kind: 'unknown' });
    expect(matchIngestUrl(c, hashToken('t1'), now)).toEqual({ kind: 'unknown' });
    expect(matchIngestUrl(c, hashToken('t2'), now)).toMatchObject({ kind: 'expired' });
    expect(matchIngestUrl(c, hashToken(`t${RETIRED_URLS_KEPT + 1}`), now)).toMatchObject({
      kind: 'deprecated',
    });
  });

  it('changes nothing but the URL fields', () => {
    const before = legacy();
    const after = rotate(before, 't1', T0);
    const { tokenHash: _a, callbackUrl: _b, retiredUrls: _c, ...rest } = after;
    const { tokenHash: _d, callbackUrl: _e, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(before.tokenHash).toBe(hashToken('t0')); // not mutated
  });
});
