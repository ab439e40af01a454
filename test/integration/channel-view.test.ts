import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';

/** What the dashboard reads of a channel: its budget in use, and the last card it was sent. */
describe('a channel as the dashboard reads it', () => {
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

  it('counts the posts each budget window holds, and shows the newest card sent', async () => {
    const channel = await createChannel(relay, s, teams.workflowsUrl('view'), {
      rateLimit: [
        { perSeconds: 3600, max: 50 },
        { perSeconds: 86400, max: 500 },
      ],
    });
    const path = `/api/v1/channels/${channel.id}`;
    expect((await relay.api('GET', path)).body.budgetUse).toEqual([
      { perSeconds: 3600, max: 50, used: 0 },
      { perSeconds: 86400, max: 500, used: 0 },
    ]);
    const none = await relay.api('GET', `${path}/last-card`, undefined, s.ownerToken);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toMatch(/nothing delivered/);

    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const events = ['push', 'pull_request'];
    for (const [i, event] of events.entries()) {
      const sent = await relay.api('POST', `/api/v1/connectors/${connector.id}/test`, { event });
      expect(sent.status).toBe(202);
      // One at a time, so the last card is known to be the last event's.
      await teams.waitForPosts('view', i + 1);
    }
    const posts = teams.posts('view');
    const detail = await relay.api('GET', path, undefined, s.ownerToken);
    expect(detail.body.budgetUse.map((w: any) => w.used)).toEqual([2, 2]);

    const last = await relay.api('GET', `${path}/last-card`, undefined, s.ownerToken);
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ connectorType: 'github', eventName: 'pull_request' });
    expect(last.body.format).toBe('adaptive');
    // The card the channel got: the envelope's content, as posted.
    expect(last.body.card).toEqual((posts.at(-1)!.body as any).attachments[0].content);
  });
});
