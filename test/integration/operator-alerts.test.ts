import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

/** Cards to the organisation's alert channel, on a real relay against a fake Teams. */
describe('operator alerts', () => {
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

  async function channelWithGitHub(name: string, url: string) {
    const channel = await createChannel(relay, s, url, { name, rateLimit: [] });
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const send = (commits: number) =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(commits), { secret: connector.secret! });
    return { channel, send };
  }

  const titles = (id: string) =>
    teams.posts(id).map((p) => {
      const card = (p.body as { attachments: [{ content: { body: Array<{ text?: string }> } }] })
        .attachments[0].content;
      return JSON.stringify(card.body);
    });

  it('tells the alert channel when a channel needs attention, recovers, or dead-letters; never about itself', async () => {
    const alertChannel = await createChannel(relay, s, teams.otherUrl('alerts'), {
      name: 'ops-alerts',
      rateLimit: [],
    });
    expect((await relay.api('PATCH', '/api/v1/org', { alertChannelId: 'ch_missing' })).status).toBe(
      400,
    );
    const set = await relay.api('PATCH', '/api/v1/org', { alertChannelId: alertChannel.id });
    expect(set.body.alertChannelId).toBe(alertChannel.id);

    // A destination that is gone: the channel parks, and the operators hear of it.
    teams.script('builds', [{ status: 410 }]);
    const builds = await channelWithGitHub('builds', teams.workflowsUrl('builds'));
    await builds.send(1);
    const [parkedAlert] = await teams.waitForPosts('alerts', 1);
    expect(parkedAlert!.raw).toContain('Channel \\"builds\\" needs attention');
    expect(parkedAlert!.raw).toContain(`/api/v1/channels/${builds.channel.id}/rotate`);
    expect(parkedAlert!.raw).toContain('Team');

    // Update URL: the held event goes out, and the operators hear it recovered.
    await relay.api(
      'POST',
      `/api/v1/channels/${builds.channel.id}/rotate`,
      { webhookUrl: teams.workflowsUrl('builds-2') },
      s.ownerToken,
    );
    await teams.waitForPosts('builds-2', 1);
    await teams.waitForPosts('alerts', 2);
    expect(titles('alerts')[1]).toContain('is delivering again');

    // A card the destination refuses: dead-lettered, announced.
    teams.script('refuses', [{ status: 400, body: 'bad card' }]);
    const refuses = await channelWithGitHub('refuses', teams.otherUrl('refuses'));
    await refuses.send(2);
    await teams.waitForPosts('alerts', 3);
    expect(titles('alerts')[2]).toContain('dead-lettered');

    // The alert channel itself goes away: no alert about it is made (it would loop).
    teams.script('alerts', [{ status: 410 }]);
    teams.script('refuses', [{ status: 400 }]);
    await refuses.send(3); // dead letter in the same hour: announced at most once
    teams.script('builds-2', [{ status: 410 }]);
    await builds.send(4); // parks builds again: its alert now waits in the parked alert channel
    await eventually(async () => {
      const res = await relay.api('GET', `/api/v1/channels/${alertChannel.id}`);
      return res.body.status === 'attention_required' ? true : undefined;
    });
    await relay.api('POST', `/api/v1/channels/${alertChannel.id}/rotate`, {
      webhookUrl: teams.otherUrl('alerts-2'),
    });
    // Sentinel: the builds alert that waited arrives at the new URL; nothing about ops-alerts.
    const [late] = await teams.waitForPosts('alerts-2', 1);
    expect(late!.raw).toContain('Channel \\"builds\\" needs attention');
    expect(teams.posts('alerts-2').some((p) => p.raw.includes('ops-alerts\\" needs'))).toBe(false);
    expect(teams.posts('alerts').some((p) => p.raw.includes('ops-alerts\\" needs'))).toBe(false);

    const cleared = await relay.api('PATCH', '/api/v1/org', { alertChannelId: null });
    expect(cleared.body.alertChannelId).toBeUndefined();
  });
});
