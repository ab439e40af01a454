import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SENDERS, senderFor } from '../../src/connectors/registry.js';
import { githubPush } from '../e2e/payloads.js';
import { validateAdaptiveCard } from '../support/adaptive-validator.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import {
  createChannel,
  createConnector,
  createTeam,
  deliveries,
  type Scenario,
} from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';

type Json = Record<string, any>;

/** The card inside a Workflows post. */
const cardOf = (post: { body: unknown }) => (post.body as Json).attachments[0].content as Json;
const sourceLine = (card: Json): string => card.body[0].items[0].text;

/**
 * A first card without a public URL: the test endpoint sends the sender's own sample through
 * the real pipeline (signature, interpretation, outbox, delivery), and the catalog preview
 * shows a sample's card without sending anything.
 */
describe('test events and previews', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    s = await createTeam(relay, { membersCanManageConnectors: false });
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const test = (connectorId: string, body?: unknown, token = s.ownerToken) =>
    relay.api('POST', `/api/v1/connectors/${connectorId}/test`, body, token);

  it.each(SENDERS.map((sender) => [sender.id]))(
    'sends the %s sample, signed as the sender signs, to the channel as a test',
    async (type) => {
      const channel = await createChannel(relay, s, teams.workflowsUrl(`test-${type}`));
      // A secret on every connector that takes one: the test must pass the sender's own check.
      const takesSecret = senderFor(type)?.secret !== 'none';
      const connector = await createConnector(relay, s, channel.id, {
        type,
        ...(takesSecret ? { secret: 'a-long-enough-secret' } : {}),
      });
      const res = await test(connector.id);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ status: 'queued', test: true });
      const [post] = await teams.waitForPosts(`test-${type}`, 1);
      expect(post!.landed).toBe(true);
      const card = cardOf(post!);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(sourceLine(card)).toMatch(/test event/);
      const delivery = await eventually(async () => {
        const found = (await deliveries(relay, channel.id)).find(
          (d) => d.id === res.body.deliveryId,
        );
        return found?.state === 'delivered' ? found : undefined;
      });
      expect(delivery).toMatchObject({ test: true, connectorType: type });
    },
  );

  it('posts every time it is asked, whatever the event filter, and picks the sample asked for', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('repeat'));
    const connector = await createConnector(relay, s, channel.id, {
      type: 'github',
      events: ['issues'],
    });
    expect((await test(connector.id)).status).toBe(202);
    expect((await test(connector.id, { event: 'push' })).status).toBe(202);
    const posts = await teams.waitForPosts('repeat', 2);
    expect(JSON.stringify(cardOf(posts[0]!))).toContain('pull request');
    expect(JSON.stringify(cardOf(posts[1]!))).toMatch(/new commit/);

    const unknown = await test(connector.id, { event: 'nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/samples exist for: pull_request, push/);
    const bad = await test(connector.id, { event: 'push', extra: true });
    expect(bad.status).toBe(400);
  });

  it("accepts '*' as a filter for every sender, and any name for senders that name their own events", async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('filters'));
    const all = await createConnector(relay, s, channel.id, { type: 'github', events: ['*'] });
    const pushed = await sendGitHub(all.ingestUrl, 'push', githubPush(1), { secret: all.secret! });
    expect(pushed.body).toMatchObject({ status: 'queued' });
    await createConnector(relay, s, channel.id, { type: 'generic', events: ['backup.done'] });
    const unknown = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/connectors`,
      { type: 'github', events: ['pushed'] },
      s.ownerToken,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.known).toContain('*');
  });

  it('refuses callers who may not manage the connector, and a switched-off team', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('refused'));
    const connector = await createConnector(relay, s, channel.id, { type: 'trello' });
    const member = await relay.api('POST', '/api/v1/users', { name: 'Member' });
    await relay.api('PUT', `/api/v1/teams/${s.teamId}/members/${member.body.id}`, {
      role: 'member',
    });
    const outsider = await relay.api('POST', '/api/v1/users', { name: 'Outsider' });
    expect((await test(connector.id, undefined, member.body.token)).status).toBe(403);
    expect([403, 404]).toContain((await test(connector.id, undefined, outsider.body.token)).status);

    await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { connectorsEnabled: false });
    const off = await test(connector.id);
    expect(off.status).toBe(403);
    expect(off.body.error.code).toBe('CONNECTORS_DISABLED');
    await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { connectorsEnabled: true });

    // The sentinel: the first and only post is the one sent after the team was switched back on.
    const sentinel = await test(connector.id, { event: 'commentCard' });
    expect(sentinel.status).toBe(202);
    const posts = await teams.waitForPosts('refused', 1);
    expect(JSON.stringify(cardOf(posts[0]!))).toContain('comment');
    expect(teams.posts('refused')).toHaveLength(1);
  });

  it.each(SENDERS.flatMap((sender) => sender.samples.map((sample) => [sender.id, sample.event])))(
    'previews the %s %s sample as a valid Adaptive Card 1.4',
    async (type, event) => {
      const res = await relay.api(
        'GET',
        `/api/v1/catalog/${type}/preview?event=${event}`,
        undefined,
        s.ownerToken,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ type, event });
      expect(res.body.summary).not.toBe('');
      expect(res.body.card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
      expect(validateAdaptiveCard(res.body.card)).toEqual([]);
    },
  );

  it('previews the first sample by default and names what exists when asked for what does not', async () => {
    const first = await relay.api('GET', '/api/v1/catalog/github/preview');
    expect(first.body.event).toBe(SENDERS[0]!.samples[0].event);
    const noSample = await relay.api('GET', '/api/v1/catalog/github/preview?event=gollum');
    expect(noSample.status).toBe(404);
    expect(noSample.body.error.details.events).toContain('push');
    const noType = await relay.api('GET', '/api/v1/catalog/nope/preview');
    expect(noType.status).toBe(404);
    expect(noType.body.error.message).toContain(
      `the catalog has: ${SENDERS.map((x) => x.id).join(', ')}`,
    );
    const anonymous = await fetch(`${relay.url}/api/v1/catalog/github/preview`);
    expect(anonymous.status).toBe(401);
  });
});
