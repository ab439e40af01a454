import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBE_BODY } from '../../src/delivery/probe.js';
import { githubPush } from '../e2e/payloads.js';
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

/** Update URL checks the new URL first, with a request that cannot post a card. */
describe('rotation probe', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    s = await createTeam(relay);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const rotate = (channelId: string, webhookUrl: string) =>
    relay.api('POST', `/api/v1/channels/${channelId}/rotate`, { webhookUrl }, s.ownerToken);

  async function parkedChannel(id: string) {
    teams.remove(id);
    const channel = await createChannel(relay, s, teams.workflowsUrl(id));
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const send = (commits: number) =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(commits), { secret: connector.secret! });
    expect((await send(1)).status).toBe(202);
    await eventually(async () => (await deliveries(relay, channel.id))[0]?.state === 'parked');
    return { channel, send };
  }

  it('keeps events held and warns when the new URL answers gone, and posts nothing there', async () => {
    const { channel, send } = await parkedChannel('probe-old');
    teams.remove('probe-dead');

    const rotated = await rotate(channel.id, teams.workflowsUrl('probe-dead'));
    expect(rotated.status).toBe(200);
    expect(rotated.body.warning).toMatch(/answered gone when checked/);
    expect(rotated.body).toMatchObject({
      status: 'attention_required',
      statusCode: 'destination_gone',
    });
    expect(rotated.body.statusReason).toMatch(/new URL answered gone.*404/);
    const probes = teams.probes('probe-dead');
    expect(probes).toHaveLength(1);
    expect(probes[0]!.raw).toBe(PROBE_BODY);
    expect((await deliveries(relay, channel.id))[0]?.state).toBe('parked');

    // A second event while held, then a live URL: both arrive there, in order, and the dead
    // URL, which answered the check, never got a card.
    expect((await send(2)).status).toBe(202);
    const fixed = await rotate(channel.id, teams.workflowsUrl('probe-live'));
    expect(fixed.status).toBe(200);
    expect(fixed.body.warning).toBeUndefined();
    expect(fixed.body.status).toBe('ok');
    const posts = await teams.waitForPosts('probe-live', 2);
    expect(posts.map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual(['1', '2']);
    expect(teams.posts('probe-dead')).toHaveLength(0);
  });

  it('checks a live URL without a card reaching the channel', async () => {
    const { channel } = await parkedChannel('probe-old-2');
    const rotated = await rotate(channel.id, teams.o365Url('probe-live-o365'));
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ status: 'ok', kind: 'o365' });
    const [probe] = teams.probes('probe-live-o365');
    // A live connector refuses the non-JSON check: nothing appears in the channel.
    expect(probe).toMatchObject({ status: 400, landed: false });
    const [card] = await teams.waitForPosts('probe-live-o365', 1);
    expect(card!.landed).toBe(true);
  });

  it('does not check again when the URL is the one the channel already has', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('probe-same'));
    const rotated = await rotate(channel.id, teams.workflowsUrl('probe-same'));
    expect(rotated.status).toBe(200);
    expect(rotated.body.warning).toMatch(/already had/);
    expect(teams.probes('probe-same')).toHaveLength(0);
  });
});
