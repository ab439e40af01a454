import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { createConnector, createTeam, deliveries } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

const ORIGIN = 'https://default1a2b3c4d5e6f.12.environment.api.powerplatform.com:443';
const PATH =
  '/powerautomate/automations/direct/workflows/0f1e2d3c4b5a69788796a5b4c3d2e1f0/triggers/manual/paths/invoke';
const QUERY = `?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${'Zx9_'.repeat(70)}`;

/**
 * A real Workflows URL (port 443 spelled out, a query string far over 255 characters) is
 * stored verbatim and posted to exactly as given: nothing rebuilds it. The Teams host is
 * intercepted; nothing leaves the machine.
 */
describe('posting to a real Teams URL shape', () => {
  let relay: TestRelay;
  const agent = new MockAgent();
  agent.disableNetConnect();
  const bodies: string[] = [];

  beforeAll(async () => {
    agent
      .get('https://default1a2b3c4d5e6f.12.environment.api.powerplatform.com')
      .intercept({
        path: PATH + QUERY,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      })
      .reply(202, (opts) => {
        bodies.push(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body));
        return '';
      });
    relay = await startTestRelay({}, { deliveryDispatcher: agent });
  });
  afterAll(async () => {
    await relay?.close();
    await agent.close();
  });

  it('is classified from its path, masked in answers, and posted to verbatim', async () => {
    const s = await createTeam(relay);
    const url = ORIGIN + PATH + QUERY;
    expect(url.length).toBeGreaterThan(255);
    const res = await relay.api(
      'POST',
      `/api/v1/teams/${s.teamId}/channels`,
      { name: 'real', webhookUrl: url },
      s.ownerToken,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'workflows', status: 'ok' });
    expect(JSON.stringify(res.body)).not.toContain('sig=');

    const connector = await createConnector(relay, s, res.body.id, { type: 'github' });
    expect(
      (await sendGitHub(connector.ingestUrl, 'push', githubPush(2), { secret: connector.secret! }))
        .status,
    ).toBe(202);
    const [delivery] = await eventually(async () => {
      const list = await deliveries(relay, res.body.id);
      return list[0]?.state === 'delivered' ? list : undefined;
    });
    expect(delivery.attempts).toBe(1);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!)).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    agent.assertNoPendingInterceptors();
  });
});
