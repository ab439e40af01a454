import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, testRedisUrl, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, deliveries } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

/** Destination URLs are secrets: not in logs, job data, other Redis keys or API answers. */
describe('the webhook URL stays secret', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let redis: Redis;
  const lines: string[] = [];

  beforeAll(async () => {
    teams = await startFakeTeams();
    redis = new Redis(testRedisUrl());
    const logger = createLogger('debug', (line) => lines.push(line));
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host }, {}, logger);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
    redis?.disconnect();
  });

  it('appears only in the channel record, whatever happens to deliveries', async () => {
    const s = await createTeam(relay);
    const url = teams.workflowsUrl('secret-channel');
    const channel = await createChannel(relay, s, url);
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    teams.script('secret-channel', [
      { status: 503 },
      { status: 400, body: 'bad card' },
      { status: 410 },
    ]);
    for (let i = 1; i <= 3; i++) {
      expect(
        (
          await sendGitHub(connector.ingestUrl, 'push', githubPush(i), {
            secret: connector.secret!,
          })
        ).status,
      ).toBe(202);
    }
    await eventually(
      async () =>
        (await relay.api('GET', `/api/v1/channels/${channel.id}`)).body.status ===
        'attention_required',
    );

    const secretPart = new URL(url).pathname.split('/').find((p) => p === 'secret-channel')!;
    const needles = [url, 'sig=abc', `workflows/${secretPart}`];

    for (const line of lines) for (const needle of needles) expect(line).not.toContain(needle);
    expect(lines.some((l) => l.includes('dead-lettered'))).toBe(true); // the logs did speak

    const answers = [
      await relay.api('GET', `/api/v1/channels/${channel.id}`),
      await relay.api('GET', `/api/v1/channels/${channel.id}/deliveries`),
    ];
    for (const a of answers)
      for (const needle of needles) expect(JSON.stringify(a.body)).not.toContain(needle);
    expect((await deliveries(relay, channel.id)).map((d) => d.state).sort()).toEqual(
      ['dead', 'parked', 'queued'].sort(),
    );

    const holders: string[] = [];
    for (const key of await redis.keys(`${relay.prefix}:*`)) {
      const type = await redis.type(key);
      const values =
        type === 'string'
          ? [await redis.get(key)]
          : type === 'hash'
            ? Object.values(await redis.hgetall(key))
            : type === 'list'
              ? await redis.lrange(key, 0, -1)
              : type === 'zset'
                ? await redis.zrange(key, 0, -1)
                : type === 'set'
                  ? await redis.smembers(key)
                  : [];
      if (values.some((v) => v?.includes('sig=abc'))) holders.push(key);
    }
    expect(holders).toEqual([`${relay.prefix}:ch:{${channel.id}}`]);
  });
});
