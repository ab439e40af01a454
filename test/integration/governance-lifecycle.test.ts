/**
 * Rule 4 through the public API, on a clock the test moves: a retired type takes no new
 * connections while existing ones keep delivering; a scheduled type is refused until its
 * date and accepted after it, without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

const HOUR = 3600_000;

describe('governance: catalog lifecycle', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;
  let channelId: string;
  /** The relay's clock runs `offset` ahead of the real one. */
  let offset = 0;
  const now = () => Date.now() + offset;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay(
      { DESTINATION_HOSTS: new URL(teams.origin).host },
      { clock: { now } },
    );
    s = await createTeam(relay);
    channelId = (await createChannel(relay, s, teams.workflowsUrl('lifecycle'))).id;
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const connect = (type: string) =>
    relay.api('POST', `/api/v1/channels/${channelId}/connectors`, { type }, s.ownerToken);
  const setLifecycle = (type: string, body: Record<string, unknown>) =>
    relay.api('PATCH', `/api/v1/catalog/${type}`, body);
  const listed = async (type: string) =>
    ((await relay.api('GET', '/api/v1/catalog', undefined, s.ownerToken)).body as any[]).find(
      (e) => e.id === type,
    );

  it('retired: 409 naming the type for new connections; existing connectors keep delivering', async () => {
    const existing = await createConnector(relay, s, channelId, { type: 'github' });
    expect((await setLifecycle('github', { lifecycle: 'retired' })).status).toBe(200);
    expect((await listed('github')).lifecycle).toBe('retired');

    const refused = await connect('github');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('TYPE_RETIRED');
    expect(refused.body.error.message).toContain("'github'");

    const sent = await sendGitHub(existing.ingestUrl, 'push', githubPush(1), {
      secret: existing.secret!,
    });
    expect(sent.status).toBe(202);
    const [post] = await teams.waitForPosts('lifecycle', 1);
    expect(post!.landed).toBe(true);
    expect(post!.raw).toContain('acme/widgets');

    expect((await setLifecycle('github', { lifecycle: 'available' })).status).toBe(200);
    expect((await connect('github')).status).toBe(201);
  });

  it('scheduled: refused before availableFrom, accepted after it as the clock passes it', async () => {
    const from = new Date(now() + 2 * HOUR).toISOString();
    expect(
      (await setLifecycle('trello', { lifecycle: 'scheduled', availableFrom: from })).status,
    ).toBe(200);
    expect(await listed('trello')).toMatchObject({ lifecycle: 'scheduled', availableFrom: from });

    const early = await connect('trello');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('TYPE_NOT_YET_AVAILABLE');
    expect(early.body.error.message).toBe(`connector type 'trello' is not available until ${from}`);

    offset += HOUR; // an hour left
    expect((await connect('trello')).status).toBe(409);
    offset += HOUR; // the very moment
    expect((await connect('trello')).status).toBe(201);
    offset += 24 * HOUR;
    expect((await connect('trello')).status).toBe(201);
  });

  it('validates lifecycle changes: scheduled needs a date, unknown types and states are refused', async () => {
    const noDate = await setLifecycle('trello', { lifecycle: 'scheduled' });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.message).toMatch(/availableFrom/);
    expect((await setLifecycle('trello', { lifecycle: 'gone' })).status).toBe(400);
    expect((await setLifecycle('nosuch', { lifecycle: 'retired' })).status).toBe(404);
    const member = await relay.api(
      'PATCH',
      '/api/v1/catalog/trello',
      { lifecycle: 'retired' },
      s.ownerToken,
    );
    expect(member.status).toBe(403);
    expect((await listed('trello')).lifecycle).toBe('scheduled'); // nothing changed
  });
});
