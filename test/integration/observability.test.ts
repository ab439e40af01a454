import { createHmac, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubPush } from '../e2e/payloads.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { captureLogs, type LogLine } from '../support/logs.js';
import { eventually, startTestRelay, testRedisUrl, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';

/** A GitHub push, signed (or not) as GitHub signs it, with our own headers on top. */
async function push(
  ingestUrl: string,
  secret: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; requestId: string | null; body: any }> {
  const body = JSON.stringify(githubPush(1));
  const res = await fetch(ingestUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': 'sha256=' + createHmac('sha256', secret).update(body).digest('hex'),
      ...headers,
    },
    body,
  });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() };
}

/** The value of one sample in a Prometheus text exposition. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('logs and metrics an operator can work with', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let redis: Redis;
  let s: Scenario;
  let connector: { id: string; ingestUrl: string; secret?: string };
  let channelId: string;
  const skew = { ms: 0 };
  const { logger, lines, text } = captureLogs('info');
  const byReq = (reqId: string | null) => lines.filter((l) => l.reqId === reqId);

  beforeAll(async () => {
    teams = await startFakeTeams();
    redis = new Redis(testRedisUrl());
    relay = await startTestRelay(
      { DESTINATION_HOSTS: new URL(teams.origin).host },
      { clock: { now: () => Date.now() + skew.ms } },
      logger,
    );
    s = await createTeam(relay);
    channelId = (await createChannel(relay, s, teams.workflowsUrl('obs-ok'))).id;
    connector = await createConnector(relay, s, channelId, { type: 'github' });
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
    redis?.disconnect();
  });

  it('logs a failed signature at info, naming the connector and its type', async () => {
    const res = await push(connector.ingestUrl, 'not-the-secret');
    expect(res.status).toBe(401);
    const refused = byReq(res.requestId).find((l) => l.msg === 'request refused');
    expect(refused).toMatchObject({
      level: 'info',
      status: 401,
      code: 'SIGNATURE_INVALID',
      connectorId: connector.id,
      connectorType: 'github',
      method: 'POST',
      path: `/hooks/${connector.id}/…`,
    });
  });

  it('puts one request id on every line of a request, echoes it, and logs the request once', async () => {
    const requestId = `trace-${randomUUID()}`;
    const res = await push(connector.ingestUrl, connector.secret!, { 'x-request-id': requestId });
    expect(res.status).toBe(202);
    expect(res.requestId).toBe(requestId);

    const mine = byReq(requestId);
    expect(mine.map((l) => l.msg)).toEqual(['event queued', 'request']);
    expect(mine[0]).toMatchObject({
      level: 'info',
      connectorId: connector.id,
      connectorType: 'github',
      channelId,
      deliveryId: res.body.deliveryId,
      event: 'push',
    });
    expect(mine[1]).toMatchObject({
      level: 'info',
      method: 'POST',
      path: `/hooks/${connector.id}/…`,
      status: 202,
      connectorId: connector.id,
    });
    expect(typeof mine[1]!.durationMs).toBe('number');
    // The ingest token is a secret: it is in no line at all.
    const token = new URL(connector.ingestUrl).pathname.split('/').at(-1)!;
    expect(text()).not.toContain(token);

    // The delivery is settled in the worker, with its own line.
    const delivered = await eventually(() =>
      lines.find((l) => l.msg === 'delivered' && l.deliveryId === res.body.deliveryId),
    );
    expect(delivered).toMatchObject({
      level: 'info',
      outcome: 'delivered',
      channelId,
      status: 202,
      kind: 'workflows',
    });
  });

  it.each([
    ['spaces and quotes', 'a b"c<script>'],
    ['too long', 'x'.repeat(129)],
  ])('replaces a request id with %s by its own', async (_what, given) => {
    const res = await fetch(`${relay.url}/api/v1/org`, {
      headers: { authorization: `Bearer ${relay.adminToken}`, 'x-request-id': given },
    });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(byReq(id)).toHaveLength(1);
    expect(byReq(id)[0]).toMatchObject({ msg: 'request', path: '/api/v1/org', status: 200 });
    expect(text()).not.toContain(given);
  });

  it('logs a 5xx at error with the stack, under the request id', async () => {
    const orgKey = `${relay.prefix}:org`;
    await redis.set(orgKey, '{not json');
    try {
      const res = await push(connector.ingestUrl, connector.secret!);
      expect(res.status).toBe(500);
      const failed = byReq(res.requestId).find((l) => l.msg === 'request failed');
      expect(failed).toMatchObject({ level: 'error', status: 500, code: 'INTERNAL' });
      const err = failed!.err as { message: string; stack: string };
      expect(err.message).toBe('corrupt org record in Redis');
      expect(err.stack).toMatch(/\n\s+at /);
      expect(byReq(res.requestId).at(-1)).toMatchObject({ msg: 'request', status: 500 });
    } finally {
      await redis.del(orgKey);
    }
  });

  it('serves default metrics and the queue gauges read from Redis', async () => {
    // A second channel whose destination is gone: the first event parks it, the rest wait.
    const parkedId = (await createChannel(relay, s, teams.workflowsUrl('obs-gone'))).id;
    const parkedConnector = await createConnector(relay, s, parkedId, { type: 'github' });
    teams.script('obs-gone', [{ status: 410 }]);
    expect((await push(parkedConnector.ingestUrl, parkedConnector.secret!)).status).toBe(202);
    await eventually(
      async () =>
        (await relay.api('GET', `/api/v1/channels/${parkedId}`)).body.status ===
        'attention_required',
    );
    for (let i = 0; i < 2; i++)
      expect((await push(parkedConnector.ingestUrl, parkedConnector.secret!)).status).toBe(202);
    // A third channel that keeps answering 503: its event waits, in flight, to be retried.
    const slowId = (await createChannel(relay, s, teams.workflowsUrl('obs-slow'))).id;
    const slowConnector = await createConnector(relay, s, slowId, { type: 'github' });
    teams.script(
      'obs-slow',
      Array.from({ length: 50 }, () => ({ status: 503, headers: { 'retry-after': '3600' } })),
    );
    expect((await push(slowConnector.ingestUrl, slowConnector.secret!)).status).toBe(202);
    await eventually(() =>
      lines.find((l: LogLine) => l.msg === 'delivery will be retried' && l.channelId === slowId),
    );
    expect(lines.find((l) => l.outcome === 'parked' && l.channelId === parkedId)).toMatchObject({
      level: 'warn',
      status: 410,
    });

    skew.ms = 3_600_000; // an hour later, as far as the relay can tell
    const res = await fetch(`${relay.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = await res.text();
    for (const name of ['process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds'])
      expect(metrics).toContain(`# TYPE ${name} `);
    expect(sample(metrics, 'relay_events_parked')).toBe(3);
    expect(sample(metrics, 'relay_events_queued')).toBe(0);
    expect(sample(metrics, 'relay_events_in_flight')).toBe(1);
    expect(sample(metrics, 'relay_events_dead')).toBe(0);
    expect(sample(metrics, 'relay_channels{status="ok"}')).toBe(2);
    expect(sample(metrics, 'relay_channels{status="attention_required"}')).toBe(1);
    expect(sample(metrics, 'relay_redis_up')).toBe(1);
    const age = sample(metrics, 'relay_oldest_waiting_event_age_seconds')!;
    expect(age).toBeGreaterThanOrEqual(3600);
    expect(age).toBeLessThan(3600 + 60);
    expect(metrics).toMatch(/relay_ingest_requests_total\{status="401",type="github"\} 1/);
    expect(metrics).toMatch(/relay_delivery_attempts_total\{kind="workflows",outcome="gone"\} 1/);
  });
});
