import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, deliveries } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

describe('admin API: rules and authorization', () => {
  let teams: FakeTeams;
  let relay: TestRelay;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const newUser = async (name = 'someone') =>
    (await relay.api('POST', '/api/v1/users', { name })).body as { id: string; token: string };

  describe('authentication', () => {
    it('refuses missing and unknown tokens with 401 in the one error shape', async () => {
      const res = await fetch(`${relay.url}/api/v1/org`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      });
      expect((await relay.api('GET', '/api/v1/org', undefined, 'nope')).status).toBe(401);
    });

    it('keeps admin routes for admins', async () => {
      const user = await newUser();
      expect((await relay.api('POST', '/api/v1/users', { name: 'x' }, user.token)).status).toBe(
        403,
      );
      expect((await relay.api('PATCH', '/api/v1/org', { cloud: 'gcc' }, user.token)).status).toBe(
        403,
      );
      expect((await relay.api('POST', '/api/v1/teams', { name: 'x' }, user.token)).status).toBe(
        403,
      );
      const admin = (await relay.api('POST', '/api/v1/users', { name: 'root', admin: true })).body;
      expect((await relay.api('GET', '/api/v1/org', undefined, admin.token)).status).toBe(200);
    });

    it('answers bad bodies with 400 and names the field', async () => {
      const res = await relay.api('POST', '/api/v1/users', { name: '', extra: 1 });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message).toMatch(/name/);
      const raw = await fetch(`${relay.url}/api/v1/users`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${relay.adminToken}`,
          'content-type': 'application/json',
        },
        body: '{"name":',
      });
      expect(raw.status).toBe(400);
      expect(((await raw.json()) as any).error.code).toBe('BAD_REQUEST');
    });

    it('refuses a body that is not JSON instead of reading it as empty (415)', async () => {
      const res = await fetch(`${relay.url}/api/v1/org`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${relay.adminToken}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'connectorsEnabled=false',
      });
      expect(res.status).toBe(415);
      expect(((await res.json()) as any).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await relay.api('GET', '/api/v1/org')).body.connectorsEnabled).toBe(true);
    });
  });

  describe('teams and channels', () => {
    it('lets owners and admins manage a team; members and outsiders may not', async () => {
      const s = await createTeam(relay);
      const member = await newUser('member');
      const outsider = await newUser('outsider');
      expect(
        (
          await relay.api(
            'PUT',
            `/api/v1/teams/${s.teamId}/members/${member.id}`,
            { role: 'member' },
            s.ownerToken,
          )
        ).status,
      ).toBe(200);
      expect(
        (await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { name: 'n' }, member.token)).status,
      ).toBe(403);
      expect(
        (await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { name: 'n' }, outsider.token))
          .status,
      ).toBe(403);
      expect(
        (await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { name: 'n2' }, s.ownerToken))
          .status,
      ).toBe(200);
      expect((await relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { name: 'n3' })).status).toBe(
        200,
      );
      const add = await relay.api(
        'POST',
        `/api/v1/teams/${s.teamId}/channels`,
        { name: 'c', webhookUrl: teams.workflowsUrl('x') },
        member.token,
      );
      expect(add.status).toBe(403);
      expect(
        (
          await relay.api(
            'PUT',
            `/api/v1/teams/${s.teamId}/members/${outsider.id}`,
            { role: 'owner' },
            member.token,
          )
        ).status,
      ).toBe(403);
    });

    it('classifies the destination kind from the URL path and never returns the URL', async () => {
      const s = await createTeam(relay);
      const wf = await createChannel(relay, s, teams.workflowsUrl('k1'));
      const o365 = await createChannel(relay, s, teams.o365Url('k2'));
      const other = await createChannel(relay, s, teams.otherUrl('k3'));
      expect([wf.kind, o365.kind, other.kind]).toEqual(['workflows', 'o365', 'other']);
      const got = await relay.api('GET', `/api/v1/channels/${wf.id}`, undefined, s.ownerToken);
      expect(got.status).toBe(200);
      expect(JSON.stringify(got.body)).not.toContain('sig=abc');
      expect(got.body.destination).toMatch(/…/);
    });

    it('refuses destinations that are not Teams hosts or are private, unless listed', async () => {
      const s = await createTeam(relay);
      for (const webhookUrl of [
        'https://evil.example.com/webhookb2/x',
        'http://10.0.0.5/workflows/x',
        'http://169.254.169.254/latest/meta-data',
        'http://localhost:6379/',
        'not a url',
      ]) {
        const res = await relay.api(
          'POST',
          `/api/v1/teams/${s.teamId}/channels`,
          { name: 'c', webhookUrl },
          s.ownerToken,
        );
        expect(res.status, webhookUrl).toBe(400);
        expect(res.body.error.code).toBe('DESTINATION_NOT_ALLOWED');
      }
      const teamsHost = await relay.api(
        'POST',
        `/api/v1/teams/${s.teamId}/channels`,
        {
          name: 'real',
          webhookUrl:
            'https://default0123.45.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=xyz',
        },
        s.ownerToken,
      );
      expect(teamsHost.status).toBe(201);
      expect(teamsHost.body).toMatchObject({ kind: 'workflows', status: 'ok' });
    });

    it('lets owners change a channel’s settings; the next card follows the new format', async () => {
      const s = await createTeam(relay);
      const member = await newUser('m');
      await relay.api(
        'PUT',
        `/api/v1/teams/${s.teamId}/members/${member.id}`,
        { role: 'member' },
        s.ownerToken,
      );
      const channel = await createChannel(relay, s, teams.o365Url('fmt'), {
        rateLimit: [{ perSeconds: 1, max: 4 }],
      });
      const connector = await createConnector(relay, s, channel.id, { type: 'github' });
      expect(
        (await relay.api('PATCH', `/api/v1/channels/${channel.id}`, { name: 'x' }, member.token))
          .status,
      ).toBe(403);
      expect(
        (
          await relay.api(
            'PATCH',
            `/api/v1/channels/${channel.id}`,
            { webhookUrl: 'x' },
            s.ownerToken,
          )
        ).status,
      ).toBe(400);

      const patched = await relay.api(
        'PATCH',
        `/api/v1/channels/${channel.id}`,
        { name: 'Builds', o365Format: 'adaptive', rateLimit: null },
        s.ownerToken,
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        name: 'Builds',
        o365Format: 'adaptive',
        kind: 'o365',
        status: 'ok',
      });
      expect(patched.body.rateLimit).toBeUndefined();

      await sendGitHub(connector.ingestUrl, 'push', githubPush(1), { secret: connector.secret! });
      const [post] = await teams.waitForPosts('fmt', 1);
      expect((post!.body as any).type).toBe('message');
      expect((post!.body as any).attachments[0].contentType).toBe(
        'application/vnd.microsoft.card.adaptive',
      );
    });

    it('flags a URL of a retired generation as attention_required', async () => {
      const s = await createTeam(relay);
      const res = await relay.api(
        'POST',
        `/api/v1/teams/${s.teamId}/channels`,
        {
          name: 'old',
          webhookUrl:
            'https://contoso.webhook.office.com/webhookb2/1c8e1b2a-0000-4000-8000-000000000001@2d9f3c4b-0000-4000-8000-000000000002/IncomingWebhook/0123456789abcdef0123456789abcdef/3e0a4d5c-0000-4000-8000-000000000003',
        },
        s.ownerToken,
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'o365',
        status: 'attention_required',
        statusCode: 'legacy_url',
      });
      expect(res.body.statusReason).toEqual(expect.any(String));
    });
  });

  describe('connectors (rules 1, 3, 4)', () => {
    it('rule 3: members add and remove connectors only when the team allows it; outsiders never', async () => {
      const s = await createTeam(relay, { membersCanManageConnectors: true });
      const channel = await createChannel(relay, s, teams.workflowsUrl('r3'));
      const alice = await newUser('alice');
      const bob = await newUser('bob');
      const outsider = await newUser('eve');
      for (const u of [alice, bob])
        await relay.api(
          'PUT',
          `/api/v1/teams/${s.teamId}/members/${u.id}`,
          { role: 'member' },
          s.ownerToken,
        );

      const byAlice = await relay.api(
        'POST',
        `/api/v1/channels/${channel.id}/connectors`,
        { type: 'github' },
        alice.token,
      );
      expect(byAlice.status).toBe(201);
      expect(byAlice.body.createdBy).toBe(alice.id);
      expect(
        (
          await relay.api(
            'POST',
            `/api/v1/channels/${channel.id}/connectors`,
            { type: 'github' },
            outsider.token,
          )
        ).status,
      ).toBe(403);
      expect(
        (await relay.api('GET', `/api/v1/connectors/${byAlice.body.id}`, undefined, outsider.token))
          .status,
      ).toBe(403);
      // Bob may remove what Alice set up while the team allows members to manage connectors.
      const second = await relay.api(
        'POST',
        `/api/v1/channels/${channel.id}/connectors`,
        { type: 'github' },
        alice.token,
      );
      expect(
        (await relay.api('DELETE', `/api/v1/connectors/${second.body.id}`, undefined, bob.token))
          .status,
      ).toBe(204);

      expect(
        (
          await relay.api(
            'PATCH',
            `/api/v1/teams/${s.teamId}`,
            { membersCanManageConnectors: false },
            s.ownerToken,
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await relay.api(
            'POST',
            `/api/v1/channels/${channel.id}/connectors`,
            { type: 'github' },
            alice.token,
          )
        ).status,
      ).toBe(403);
      expect(
        (await relay.api('DELETE', `/api/v1/connectors/${byAlice.body.id}`, undefined, bob.token))
          .status,
      ).toBe(403);
      const seen = await relay.api(
        'GET',
        `/api/v1/connectors/${byAlice.body.id}`,
        undefined,
        bob.token,
      );
      expect(seen.status).toBe(200);
      expect(seen.body.ingestUrl).toBeUndefined(); // a credential: only for those who may manage it
      expect(seen.body.secret).toBeUndefined();

      // The connector keeps working after its creator leaves the team.
      expect(
        (
          await relay.api(
            'DELETE',
            `/api/v1/teams/${s.teamId}/members/${alice.id}`,
            undefined,
            s.ownerToken,
          )
        ).status,
      ).toBe(204);
      const res = await sendGitHub(byAlice.body.ingestUrl, 'push', githubPush(1), {
        secret: byAlice.body.secret,
      });
      expect(res.status).toBe(202);
      expect(
        (
          await relay.api(
            'DELETE',
            `/api/v1/connectors/${byAlice.body.id}`,
            undefined,
            s.ownerToken,
          )
        ).status,
      ).toBe(204);
      const gone = await sendGitHub(byAlice.body.ingestUrl, 'push', githubPush(1), {
        secret: byAlice.body.secret,
      });
      expect(gone.status).toBe(404);
    });

    it('rule 3: an ingest URL is rotated by those who may change the connector, and no one else', async () => {
      const s = await createTeam(relay, { membersCanManageConnectors: false });
      const channel = await createChannel(relay, s, teams.workflowsUrl('rotate-who'));
      const c = await createConnector(relay, s, channel.id, { type: 'github' });
      const member = await newUser('member');
      const elsewhere = await createTeam(relay); // an owner of another team
      await relay.api(
        'PUT',
        `/api/v1/teams/${s.teamId}/members/${member.id}`,
        { role: 'member' },
        s.ownerToken,
      );
      const rotate = (token?: string, id = c.id) =>
        relay.api('POST', `/api/v1/connectors/${id}/rotate`, undefined, token);
      const refusals = [
        await rotate(member.token),
        await rotate(elsewhere.ownerToken),
        await rotate('not-a-token'),
        await rotate(s.ownerToken, 'con_missing'),
        await rotate(s.ownerToken, 'bad:id'),
      ];
      expect(refusals.map((r) => [r.status, r.body.error.code])).toEqual([
        [403, 'FORBIDDEN'],
        [403, 'FORBIDDEN'], // as GET, PATCH and DELETE answer someone outside the team
        [401, 'UNAUTHENTICATED'],
        [404, 'NOT_FOUND'],
        [404, 'NOT_FOUND'],
      ]);
      // Nothing changed: the URL handed out at creation is still the only one.
      const unchanged = await sendGitHub(c.ingestUrl, 'push', githubPush(1), { secret: c.secret! });
      expect(unchanged.status).toBe(202);
      expect(unchanged.headers.get('deprecation')).toBeNull();

      // Members may once the team lets them manage connectors; owners and admins always may.
      await relay.api(
        'PATCH',
        `/api/v1/teams/${s.teamId}`,
        { membersCanManageConnectors: true },
        s.ownerToken,
      );
      const byMember = await rotate(member.token);
      expect(byMember.status).toBe(200);
      expect((await rotate(s.ownerToken)).status).toBe(200);
      expect((await rotate(relay.adminToken)).status).toBe(200);
      // A member who may see but not manage the connector is never shown the new URL.
      await relay.api(
        'PATCH',
        `/api/v1/teams/${s.teamId}`,
        { membersCanManageConnectors: false },
        s.ownerToken,
      );
      const seen = await relay.api('GET', `/api/v1/connectors/${c.id}`, undefined, member.token);
      expect(seen.status).toBe(200);
      expect(seen.body.ingestUrl).toBeUndefined();
      expect(seen.body.previousValidUntil).toEqual(expect.any(String));
    });

    it('rule 1: the tenant overrides the team; ingest answers 403 and queues nothing', async () => {
      const s = await createTeam(relay);
      const channel = await createChannel(relay, s, teams.workflowsUrl('r1'));
      const connector = await createConnector(relay, s, channel.id, { type: 'github' });
      try {
        expect(
          (await relay.api('PATCH', '/api/v1/org', { connectorsEnabledForTeams: false })).status,
        ).toBe(200);
        expect(
          (
            await relay.api(
              'PATCH',
              `/api/v1/teams/${s.teamId}`,
              { connectorsEnabled: true },
              s.ownerToken,
            )
          ).status,
        ).toBe(200);
        const res = await sendGitHub(connector.ingestUrl, 'push', githubPush(1), {
          secret: connector.secret!,
        });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('CONNECTORS_DISABLED');
        const create = await relay.api(
          'POST',
          `/api/v1/channels/${channel.id}/connectors`,
          { type: 'github' },
          s.ownerToken,
        );
        expect(create.status).toBe(403);
        expect(await deliveries(relay, channel.id)).toHaveLength(0);
      } finally {
        await relay.api('PATCH', '/api/v1/org', { connectorsEnabledForTeams: true });
      }
      await relay.api(
        'PATCH',
        `/api/v1/teams/${s.teamId}`,
        { connectorsEnabled: false },
        s.ownerToken,
      );
      expect(
        (
          await sendGitHub(connector.ingestUrl, 'push', githubPush(1), {
            secret: connector.secret!,
          })
        ).status,
      ).toBe(403);
      // Policy comes before the body is read: even an oversized body gets the policy answer.
      const big = await sendGitHub(connector.ingestUrl, 'push', undefined, {
        secret: connector.secret!,
        body: 'x'.repeat(6 * 1024 * 1024),
      });
      expect(big.status).toBe(403);
      await relay.api(
        'PATCH',
        `/api/v1/teams/${s.teamId}`,
        { connectorsEnabled: true },
        s.ownerToken,
      );
      expect(
        (
          await sendGitHub(connector.ingestUrl, 'push', githubPush(1), {
            secret: connector.secret!,
          })
        ).status,
      ).toBe(202);
    });

    it('rule 4: a retired type refuses new connections (409) while existing ones keep delivering', async () => {
      const s = await createTeam(relay);
      const channel = await createChannel(relay, s, teams.workflowsUrl('r4'));
      const existing = await createConnector(relay, s, channel.id, { type: 'github' });
      try {
        expect(
          (await relay.api('PATCH', '/api/v1/catalog/github', { lifecycle: 'retired' })).status,
        ).toBe(200);
        const catalog = await relay.api('GET', '/api/v1/catalog', undefined, s.ownerToken);
        expect(catalog.body.find((t: any) => t.id === 'github').lifecycle).toBe('retired');
        const res = await relay.api(
          'POST',
          `/api/v1/channels/${channel.id}/connectors`,
          { type: 'github' },
          s.ownerToken,
        );
        expect(res.status).toBe(409);
        expect(res.body.error).toMatchObject({
          code: 'TYPE_RETIRED',
          message: expect.stringContaining('github'),
        });
        expect(
          (
            await sendGitHub(existing.ingestUrl, 'push', githubPush(1), {
              secret: existing.secret!,
            })
          ).status,
        ).toBe(202);
        await teams.waitForPosts('r4', 1);
      } finally {
        await relay.api('PATCH', '/api/v1/catalog/github', { lifecycle: 'available' });
      }
    });

    it('validates connector bodies: unknown type, unknown event names, short secrets', async () => {
      const s = await createTeam(relay);
      const channel = await createChannel(relay, s, teams.workflowsUrl('v'));
      const post = (body: unknown) =>
        relay.api('POST', `/api/v1/channels/${channel.id}/connectors`, body, s.ownerToken);
      expect((await post({ type: 'nope' })).status).toBe(400);
      expect(
        (await post({ type: 'github', events: ['push', 'teleport'] })).body.error.message,
      ).toMatch(/teleport/);
      expect((await post({ type: 'github', secret: 'short' })).status).toBe(400);
      expect(
        (await relay.api('POST', '/api/v1/channels/ch_missing/connectors', { type: 'github' }))
          .status,
      ).toBe(404);
    });

    it('filters events per connector: others are answered 200 and not queued', async () => {
      const s = await createTeam(relay);
      const channel = await createChannel(relay, s, teams.workflowsUrl('filter'));
      const c = await createConnector(relay, s, channel.id, {
        type: 'github',
        events: ['pull_request'],
      });
      const res = await sendGitHub(c.ingestUrl, 'push', githubPush(1), { secret: c.secret! });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('ignored');
      expect(await deliveries(relay, channel.id)).toHaveLength(0);
    });
  });

  it('lists a team’s channels and a channel’s connectors to members only', async () => {
    const s = await createTeam(relay, { membersCanManageConnectors: false });
    const member = await newUser('reader');
    const outsider = await newUser('stranger');
    await relay.api(
      'PUT',
      `/api/v1/teams/${s.teamId}/members/${member.id}`,
      { role: 'member' },
      s.ownerToken,
    );
    const first = await createChannel(relay, s, teams.workflowsUrl('list-1'));
    const second = await createChannel(relay, s, teams.workflowsUrl('list-2'));
    const c1 = await createConnector(relay, s, first.id, { type: 'github' });
    const c2 = await createConnector(relay, s, first.id, { type: 'trello' });

    const channels = await relay.api(
      'GET',
      `/api/v1/teams/${s.teamId}/channels`,
      undefined,
      member.token,
    );
    expect(channels.status).toBe(200);
    expect(channels.body.channels.map((c: any) => c.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(JSON.stringify(channels.body)).not.toContain('sig=');

    const asMember = await relay.api(
      'GET',
      `/api/v1/channels/${first.id}/connectors`,
      undefined,
      member.token,
    );
    expect(asMember.body.connectors.map((c: any) => c.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(
      asMember.body.connectors.every(
        (c: any) => c.ingestUrl === undefined && c.secret === undefined,
      ),
    ).toBe(true);
    const asOwner = await relay.api(
      'GET',
      `/api/v1/channels/${first.id}/connectors`,
      undefined,
      s.ownerToken,
    );
    expect(asOwner.body.connectors.map((c: any) => c.ingestUrl)).toEqual([
      c1.ingestUrl,
      c2.ingestUrl,
    ]);

    expect(
      (await relay.api('GET', `/api/v1/teams/${s.teamId}/channels`, undefined, outsider.token))
        .status,
    ).toBe(403);
    expect(
      (await relay.api('GET', `/api/v1/channels/${first.id}/connectors`, undefined, outsider.token))
        .status,
    ).toBe(403);
  });

  it('tells a token who it is and which teams it can act in', async () => {
    const s = await createTeam(relay, { name: 'Alpha' });
    const other = await createTeam(relay, { name: 'Beta' });
    const me = await relay.api('GET', '/api/v1/me', undefined, s.ownerToken);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: s.ownerId,
      name: 'Owner',
      admin: false,
      teams: [{ id: s.teamId, name: 'Alpha', role: 'owner' }],
    });

    await relay.api(
      'PUT',
      `/api/v1/teams/${other.teamId}/members/${s.ownerId}`,
      { role: 'member' },
      other.ownerToken,
    );
    const both = await relay.api('GET', '/api/v1/me', undefined, s.ownerToken);
    expect(both.body.teams).toEqual([
      { id: s.teamId, name: 'Alpha', role: 'owner' },
      { id: other.teamId, name: 'Beta', role: 'member' },
    ]);
    await relay.api(
      'DELETE',
      `/api/v1/teams/${other.teamId}/members/${s.ownerId}`,
      undefined,
      other.ownerToken,
    );
    expect((await relay.api('GET', '/api/v1/me', undefined, s.ownerToken)).body.teams).toHaveLength(
      1,
    );

    expect((await relay.api('GET', '/api/v1/me')).body).toMatchObject({
      id: 'admin',
      admin: true,
      teams: [],
    });
  });

  it('in GCC, new teams start with connectors off', async () => {
    await relay.api('PATCH', '/api/v1/org', { cloud: 'gcc' });
    try {
      const team = await relay.api('POST', '/api/v1/teams', { name: 'gov' });
      expect(team.body.connectorsEnabled).toBe(false);
    } finally {
      await relay.api('PATCH', '/api/v1/org', { cloud: 'commercial' });
    }
  });
});
