import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/core/ids.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, testRedisUrl, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';
import { sendGitHub, sendTrello } from '../support/senders.js';
import { githubPush, trelloCreateCard } from './payloads.js';

/**
 * Rule 7 through the public HTTP API, on a real relay: rotating a connector's ingest URL
 * issues a new one; the old one keeps working, marked deprecated, for the grace period, and
 * then answers 410 and queues nothing. The relay's clock is the test's: the grace period
 * passes by moving it, not by waiting.
 */
const GRACE_SECONDS = 3600;

/** A one-commit push whose card names `marker`, so each post can be told apart. */
function push(marker: string) {
  const payload = githubPush(1);
  return { ...payload, commits: payload.commits.map((c) => ({ ...c, message: marker })) };
}

async function send(method: string, url: string) {
  const res = await fetch(url, { method });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const tokenOf = (ingestUrl: string) => new URL(ingestUrl).pathname.split('/').at(-1)!;

describe('ingest URL rotation', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;
  let skewMs = 0;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay(
      {
        DESTINATION_HOSTS: new URL(teams.origin).host,
        INGEST_URL_GRACE_SECONDS: `${GRACE_SECONDS}`,
      },
      { clock: { now: () => Date.now() + skewMs } },
    );
    s = await createTeam(relay);
  });

  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const rotate = (connectorId: string, token = s.ownerToken) =>
    relay.api('POST', `/api/v1/connectors/${connectorId}/rotate`, undefined, token);

  it('GitHub: both URLs work in the grace period, the old one marked; then it is 410 and queues nothing', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('gh-rotate'));
    const gh = await createConnector(relay, s, channel.id, { type: 'github' });
    const secret = gh.secret!;
    const before = await sendGitHub(gh.ingestUrl, 'push', push('before the rotation'), { secret });
    expect(before.status).toBe(202);
    expect(before.headers.get('deprecation')).toBeNull();

    const rotated = await rotate(gh.id);
    expect(rotated.status).toBe(200);
    const { ingestUrl, rotatedAt, previousValidUntil } = rotated.body;
    expect(ingestUrl).not.toBe(gh.ingestUrl);
    expect(ingestUrl).toContain(`/hooks/${gh.id}/`);
    expect(Math.abs(Date.parse(rotatedAt) - (Date.now() + skewMs))).toBeLessThan(60_000);
    expect(Date.parse(previousValidUntil) - Date.parse(rotatedAt)).toBe(GRACE_SECONDS * 1000);
    expect(rotated.body).toMatchObject({ id: gh.id, type: 'github', hasSecret: true });
    expect(rotated.body.secret).toBeUndefined(); // the sender's secret does not change
    const shown = await relay.api('GET', `/api/v1/connectors/${gh.id}`, undefined, s.ownerToken);
    expect(shown.body).toMatchObject({ ingestUrl, rotatedAt, previousValidUntil });

    const newToken = tokenOf(ingestUrl);
    const onOld = await sendGitHub(gh.ingestUrl, 'push', push('on the old URL'), { secret });
    expect(onOld.status).toBe(202);
    expect(onOld.headers.get('deprecation')).toBe(`@${Math.floor(Date.parse(rotatedAt) / 1000)}`);
    expect(onOld.headers.get('sunset')).toBe(new Date(previousValidUntil).toUTCString());
    expect(onOld.headers.get('link')).toBe(
      `<${new URL(ingestUrl).origin}/api/v1/connectors/${gh.id}>; rel="deprecation"; type="application/json"`,
    );
    expect(onOld.body.warning).toMatch(/^this ingest URL was replaced on .+ and works until .+;/);
    // The old URL may be known to others: nothing it answers names the new token.
    expect(JSON.stringify([...onOld.headers, onOld.body])).not.toContain(newToken);
    // A refusal on the old URL is marked too.
    const badSignature = await sendGitHub(gh.ingestUrl, 'push', push('x'), { secret: 'wrong' });
    expect(badSignature.status).toBe(401);
    expect(badSignature.headers.get('deprecation')).toBe(onOld.headers.get('deprecation'));

    const onNew = await sendGitHub(ingestUrl, 'push', push('on the new URL'), { secret });
    expect(onNew.status).toBe(202);
    expect(onNew.headers.get('deprecation')).toBeNull();
    expect(onNew.body.warning).toBeUndefined();
    await teams.waitForPosts('gh-rotate', 3);

    skewMs += GRACE_SECONDS * 1000; // the old URL's grace is over
    const expired = await sendGitHub(gh.ingestUrl, 'push', push('after the grace'), { secret });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('INGEST_URL_EXPIRED');
    expect(expired.body.error.message).toBe(
      `this ingest URL was replaced on ${rotatedAt.replace(/\.\d{3}Z$/, 'Z')}; paste the ` +
        "connector's current ingest URL, shown to team owners in the API " +
        `(GET /api/v1/connectors/${gh.id}), into GitHub's settings`,
    );
    expect(JSON.stringify([...expired.headers, expired.body])).not.toContain(newToken);
    for (const method of ['PUT', 'GET', 'HEAD']) {
      const res = await send(method, gh.ingestUrl);
      expect(res.status, method).toBe(410);
      if (method !== 'HEAD') expect(res.body.error.code).toBe('INGEST_URL_EXPIRED');
    }
    // A token never issued is still the 404 of an unknown connector: no oracle.
    const neverIssued = await send('POST', gh.ingestUrl.replace(/[^/]+$/, 'never-issued'));
    expect(neverIssued.status).toBe(404);
    expect(neverIssued.body.error.code).toBe('CONNECTOR_NOT_FOUND');

    // Posts to a channel go out in order: once the sentinel sent after the refusal arrives,
    // the refused event would have arrived before it, had it been queued.
    const sentinel = await sendGitHub(ingestUrl, 'push', push('sentinel'), { secret });
    expect(sentinel.status).toBe(202);
    const posts = await teams.waitForPosts('gh-rotate', 4);
    const texts = posts.map((p) => JSON.stringify(p.body));
    expect(texts).toHaveLength(4);
    expect(texts[3]).toContain('sentinel');
    expect(texts.filter((t) => t.includes('after the grace'))).toEqual([]);
    expect(texts.filter((t) => t.includes('on the old URL'))).toHaveLength(1);
  });

  it('Trello: events on the old URL verify against the old callback URL, new ones against the new', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('trello-rotate'));
    const secret = 'trello-app-secret-123';
    const trello = await createConnector(relay, s, channel.id, { type: 'trello', secret });
    const rotated = await rotate(trello.id);
    expect(rotated.status).toBe(200);
    const [oldUrl, newUrl] = [trello.ingestUrl, rotated.body.ingestUrl as string];

    const head = await send('HEAD', oldUrl);
    expect(head.status).toBe(200);
    expect(head.headers.get('deprecation')).toMatch(/^@\d+$/);
    expect((await send('HEAD', newUrl)).headers.get('deprecation')).toBeNull();

    const card = (id: string) => trelloCreateCard(id);
    expect((await sendTrello(oldUrl, card('a1'), { secret })).status).toBe(202);
    expect((await sendTrello(newUrl, card('a2'), { secret })).status).toBe(202);
    // Trello signs over the URL it was given: a webhook registered with the old URL never
    // signs over the new one, and the other way round.
    expect((await sendTrello(oldUrl, card('a3'), { secret, callbackUrl: newUrl })).status).toBe(
      401,
    );
    expect((await sendTrello(newUrl, card('a4'), { secret, callbackUrl: oldUrl })).status).toBe(
      401,
    );
    await teams.waitForPosts('trello-rotate', 2);
  });

  it('rotating twice: only the URL just replaced keeps its grace, the one before stops at once', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('twice'));
    const gh = await createConnector(relay, s, channel.id, { type: 'github' });
    const secret = gh.secret!;
    const first = await rotate(gh.id);
    expect((await sendGitHub(gh.ingestUrl, 'push', push('1'), { secret })).status).toBe(202);
    const second = await rotate(gh.id);
    expect(second.status).toBe(200);
    const urls = [gh.ingestUrl, first.body.ingestUrl, second.body.ingestUrl] as string[];
    const answers = await Promise.all(
      urls.map(async (url, i) => (await sendGitHub(url, 'push', push(`u${i}`), { secret })).status),
    );
    expect(answers).toEqual([410, 202, 202]);
  });

  it('reads a connector written by the previous release, takes its events and rotates it', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('legacy'));
    const made = await createConnector(relay, s, channel.id, { type: 'github' });
    // The record exactly as the release before rotation wrote it.
    const token = 'legacy-token-0123456789abcdefghijklmnopqrstu';
    const callbackUrl = made.ingestUrl.replace(/[^/]+$/, token);
    const legacy = {
      id: made.id,
      type: 'github',
      channelId: channel.id,
      teamId: s.teamId,
      name: 'GitHub',
      secrets: [made.secret],
      tokenHash: hashToken(token),
      callbackUrl,
      createdBy: s.ownerId,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const redis = new Redis(testRedisUrl());
    try {
      await redis.set(`${relay.prefix}:connector:${made.id}`, JSON.stringify(legacy));
    } finally {
      redis.disconnect();
    }
    const secret = made.secret!;
    const read = await relay.api('GET', `/api/v1/connectors/${made.id}`, undefined, s.ownerToken);
    expect(read.status).toBe(200);
    expect(read.body.ingestUrl).toBe(callbackUrl);
    expect(read.body.previousValidUntil).toBeUndefined();
    expect((await sendGitHub(callbackUrl, 'push', push('legacy'), { secret })).status).toBe(202);
    const rotated = await rotate(made.id);
    expect(rotated.status).toBe(200);
    const onOld = await sendGitHub(callbackUrl, 'push', push('legacy old'), { secret });
    expect(onOld.status).toBe(202);
    expect(onOld.headers.get('deprecation')).toMatch(/^@\d+$/);
    const onNew = await sendGitHub(rotated.body.ingestUrl, 'push', push('legacy new'), { secret });
    expect(onNew.status).toBe(202);
  });
});
