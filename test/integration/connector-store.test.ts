import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/core/entities.js';
import { hashToken } from '../../src/core/ids.js';
import { rotateIngestUrl } from '../../src/core/ingest-url.js';
import { createStore } from '../../src/store/index.js';
import { testRedisUrl, uniquePrefix } from '../support/relay.js';

/**
 * Connector records are JSON documents changed by read-modify-write. Another write landing
 * between the read and the write must never be lost: a rename must not bring back a token
 * a rotation replaced, nor a rotation undo a rename.
 */
describe('connector store updates', () => {
  const redis = new Redis(testRedisUrl());
  afterAll(() => redis.disconnect());
  const store = createStore(redis, uniquePrefix('con-store'));

  const connector = (id: string): Connector => ({
    id,
    type: 'github',
    channelId: 'ch_store',
    teamId: 'team_store',
    name: 'GitHub',
    events: undefined,
    secrets: ['s'],
    tokenHash: hashToken('t0'),
    callbackUrl: 'https://relay.example/hooks/x/t0',
    createdBy: 'usr_a',
    createdAt: '2026-01-01T00:00:00.000Z',
  });

  it('applies a change again on the newer record when another write lands in between', async () => {
    const c = connector('con_race');
    await store.connectors.create(c);
    let calls = 0;
    const rotated = await store.connectors.update(c.id, (stored) => {
      calls++;
      // Another writer (a rename) lands after this read and before this write: the command
      // is sent on the same connection, so Redis runs it first.
      if (calls === 1) {
        void redis.set(
          store.keys.connector(c.id),
          JSON.stringify({ ...stored, name: 'Renamed meanwhile' }),
        );
      }
      const next = { tokenHash: hashToken('t1'), callbackUrl: 'https://relay.example/hooks/x/t1' };
      return rotateIngestUrl(stored, next, Date.parse('2026-05-04T09:00:00Z'), 60_000);
    });
    expect(calls).toBe(2);
    const stored = await store.connectors.get(c.id);
    expect(stored).toEqual(rotated);
    expect(stored).toMatchObject({ name: 'Renamed meanwhile', tokenHash: hashToken('t1') });
    expect(stored?.retiredUrls?.[0]?.tokenHash).toBe(hashToken('t0'));
  });

  it('answers undefined for a connector that is not (or no longer) there', async () => {
    expect(await store.connectors.update('con_missing', (c) => c)).toBeUndefined();
  });

  it('gives up with a 409 when the record keeps changing under it', async () => {
    const c = connector('con_busy');
    await store.connectors.create(c);
    const key = store.keys.connector(c.id);
    let n = 0;
    const busy = store.connectors.update(c.id, (stored) => {
      void redis.set(key, JSON.stringify({ ...stored, name: `other ${n++}` }));
      return { ...stored, name: 'mine' };
    });
    await expect(busy).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
  });
});
