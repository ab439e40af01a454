/**
 * Rule 2 through the public API: with actionable messages off, no card that reaches a channel
 * carries an action calling back into a service; links stay. Jenkins passes its own cards on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam } from '../support/scenario.js';
import { BUILD_URL, adaptiveCard, messageCard } from '../unit/jenkins/fixtures.js';

const CALLBACK = /"(Action\.(Submit|Http|Execute)|HttpPOST|ActionCard|InvokeAddInCommand)"/i;

const httpPost = { '@type': 'HttpPOST', name: 'Rebuild', target: 'https://jenkins.example.org/x' };
const actionCard = {
  '@type': 'ActionCard',
  name: 'Comment',
  inputs: [{ '@type': 'TextInput', id: 'c', title: 'Comment' }],
  actions: [httpPost],
};
const execute = { type: 'Action.Execute', title: 'Approve', verb: 'approve' };
const submit = { type: 'Action.Submit', title: 'Ack' };
const openUrl = { type: 'Action.OpenUrl', title: 'View Build', url: BUILD_URL };

describe('governance: actionable messages off', () => {
  let teams: FakeTeams;
  let relay: TestRelay;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    expect(
      (await relay.api('PATCH', '/api/v1/org', { actionableMessagesEnabled: false })).body
        .actionableMessagesEnabled,
    ).toBe(false);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const post = (url: string, body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: JSON.stringify(body),
    });

  it("Jenkins's MessageCard reaches a legacy channel without HttpPOST or ActionCard, its link kept", async () => {
    const s = await createTeam(relay);
    const channel = await createChannel(relay, s, teams.o365Url('jenkins-mc'));
    const connector = await createConnector(relay, s, channel.id, { type: 'jenkins' });
    const card = messageCard({
      potentialAction: [
        { '@type': 'OpenUri', name: 'View Build', targets: [{ os: 'default', uri: BUILD_URL }] },
        httpPost,
        actionCard,
      ],
    });
    expect((await post(connector.ingestUrl, card)).status).toBe(202);
    const [received] = await teams.waitForPosts('jenkins-mc', 1);
    expect(received!.landed).toBe(true);
    expect(received!.raw).not.toMatch(CALLBACK);
    expect(received!.raw).toContain(BUILD_URL);
    expect(received!.raw).toContain('api: Build #12 Failed');
  });

  it("Jenkins's Adaptive Card reaches Workflows without Execute or Submit, nested ones too", async () => {
    const s = await createTeam(relay);
    const channel = await createChannel(relay, s, teams.workflowsUrl('jenkins-ac'));
    const connector = await createConnector(relay, s, channel.id, { type: 'jenkins' });
    const card = adaptiveCard({
      actions: [
        openUrl,
        submit,
        execute,
        {
          type: 'Action.ShowCard',
          title: 'More',
          card: { type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: [execute] }] },
        },
      ],
    });
    expect((await post(connector.ingestUrl, card)).status).toBe(202);
    const [received] = await teams.waitForPosts('jenkins-ac', 1);
    expect(received!.landed).toBe(true);
    expect(received!.raw).not.toMatch(CALLBACK);
    expect(received!.raw).toContain(BUILD_URL);
  });

  it('every built-in card keeps its links: a test event through the pipeline', async () => {
    const s = await createTeam(relay);
    const channel = await createChannel(relay, s, teams.workflowsUrl('builtin'));
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const test = await relay.api(
      'POST',
      `/api/v1/connectors/${connector.id}/test`,
      { event: 'push' },
      s.ownerToken,
    );
    expect(test.status).toBe(202);
    const [received] = await teams.waitForPosts('builtin', 1);
    expect(received!.raw).not.toMatch(CALLBACK);
    expect(received!.raw).toContain('Action.OpenUrl');
  });
});
