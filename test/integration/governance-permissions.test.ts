/**
 * Rule 3 as a matrix over the public API: every kind of caller against every action on
 * connectors, channels and deliveries; then the people-side rules (a connector outlives its
 * creator's membership and account; a team keeps an owner).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

type Actor =
  | 'org admin'
  | 'admin user'
  | 'team owner'
  | 'member with permission'
  | 'member without permission'
  | 'non-member'
  | 'no token'
  | 'bad token';

type Action =
  | 'create connector'
  | 'change connector'
  | 'remove connector'
  | 'create channel'
  | 'rotate channel'
  | 'delete channel'
  | 'read deliveries'
  | 'replay delivery'
  | 'replay channel';

const ACTORS: Actor[] = [
  'org admin',
  'admin user',
  'team owner',
  'member with permission',
  'member without permission',
  'non-member',
  'no token',
  'bad token',
];

/** Who may: everyone else is refused (403 for a known token, 401 without a good one). */
const ALLOWED: Record<Action, Actor[]> = {
  'create connector': ['org admin', 'admin user', 'team owner', 'member with permission'],
  'change connector': ['org admin', 'admin user', 'team owner', 'member with permission'],
  'remove connector': ['org admin', 'admin user', 'team owner', 'member with permission'],
  'create channel': ['org admin', 'admin user', 'team owner'],
  'rotate channel': ['org admin', 'admin user', 'team owner'],
  'delete channel': ['org admin', 'admin user', 'team owner'],
  'read deliveries': [
    'org admin',
    'admin user',
    'team owner',
    'member with permission',
    'member without permission',
  ],
  'replay delivery': ['org admin', 'admin user', 'team owner', 'member with permission'],
  'replay channel': ['org admin', 'admin user', 'team owner', 'member with permission'],
};

interface Fixture {
  teamId: string;
  channelId: string;
  /** Set up by the team owner, so members act on a connector someone else created. */
  connectorId: string;
  deliveryId: string;
  /** The channel's masked destination as created. */
  destination: string;
}

interface Step {
  method: string;
  path: string;
  body?: unknown;
  success: number[];
  /** After a refusal: nothing changed. */
  unchanged?: (relay: TestRelay, f: Fixture) => Promise<void>;
}

const connectorIntact = async (relay: TestRelay, f: Fixture) => {
  const res = await relay.api('GET', `/api/v1/connectors/${f.connectorId}`);
  expect(res.status).toBe(200);
  expect(res.body.name).toBe('GitHub');
};
const channelIntact = async (relay: TestRelay, f: Fixture) => {
  const res = await relay.api('GET', `/api/v1/channels/${f.channelId}`);
  expect(res.status).toBe(200);
  expect(res.body.destination).toBe(f.destination);
};

function step(action: Action, f: Fixture, teams: FakeTeams): Step {
  switch (action) {
    case 'create connector':
      return {
        method: 'POST',
        path: `/api/v1/channels/${f.channelId}/connectors`,
        body: { type: 'generic' },
        success: [201],
        unchanged: async (relay) => {
          const res = await relay.api('GET', `/api/v1/channels/${f.channelId}/connectors`);
          expect(res.body.connectors).toHaveLength(1);
        },
      };
    case 'change connector':
      return {
        method: 'PATCH',
        path: `/api/v1/connectors/${f.connectorId}`,
        body: { name: 'Renamed' },
        success: [200],
        unchanged: connectorIntact,
      };
    case 'remove connector':
      return {
        method: 'DELETE',
        path: `/api/v1/connectors/${f.connectorId}`,
        success: [204],
        unchanged: connectorIntact,
      };
    case 'create channel':
      return {
        method: 'POST',
        path: `/api/v1/teams/${f.teamId}/channels`,
        body: { name: `after-${f.channelId}`, webhookUrl: teams.workflowsUrl('perm-new') },
        success: [201],
        unchanged: async (relay) => {
          const res = await relay.api('GET', `/api/v1/teams/${f.teamId}/channels`);
          const names = res.body.channels.map((c: { name: string }) => c.name);
          expect(names).not.toContain(`after-${f.channelId}`);
        },
      };
    case 'rotate channel':
      return {
        method: 'POST',
        path: `/api/v1/channels/${f.channelId}/rotate`,
        body: { webhookUrl: teams.otherUrl(`rotated-${f.channelId}`) },
        success: [200],
        unchanged: channelIntact,
      };
    case 'delete channel':
      return {
        method: 'DELETE',
        path: `/api/v1/channels/${f.channelId}`,
        success: [204],
        unchanged: channelIntact,
      };
    case 'read deliveries':
      return {
        method: 'GET',
        path: `/api/v1/channels/${f.channelId}/deliveries`,
        success: [200],
      };
    case 'replay delivery':
      return {
        method: 'POST',
        path: `/api/v1/deliveries/${f.deliveryId}/replay`,
        success: [200, 202],
      };
    case 'replay channel':
      return {
        method: 'POST',
        path: `/api/v1/channels/${f.channelId}/replay`,
        body: { since: '2020-01-01T00:00:00Z' },
        success: [200],
      };
  }
}

describe('governance: who may do what', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  const tokens = new Map<Actor, string | null>();
  let ownerId = '';
  let allowTeam = '';
  let denyTeam = '';
  let n = 0;

  const user = async (name: string, admin = false) => {
    const res = await relay.api('POST', '/api/v1/users', { name, admin });
    expect(res.status).toBe(201);
    return res.body as { id: string; token: string };
  };
  const join = async (teamId: string, userId: string, role: 'owner' | 'member') =>
    expect(
      (await relay.api('PUT', `/api/v1/teams/${teamId}/members/${userId}`, { role })).status,
    ).toBe(200);

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    const owner = await user('Owner');
    ownerId = owner.id;
    const adminUser = await user('Admin user', true);
    const withPerm = await user('Member with permission');
    const withoutPerm = await user('Member without permission');
    const outsider = await user('Outsider');
    allowTeam = (
      await relay.api('POST', '/api/v1/teams', {
        name: 'Allows',
        owners: [owner.id],
        membersCanManageConnectors: true,
      })
    ).body.id;
    denyTeam = (
      await relay.api('POST', '/api/v1/teams', {
        name: 'Denies',
        owners: [owner.id],
        membersCanManageConnectors: false,
      })
    ).body.id;
    await join(allowTeam, withPerm.id, 'member');
    await join(denyTeam, withoutPerm.id, 'member');
    tokens.set('org admin', relay.adminToken);
    tokens.set('admin user', adminUser.token);
    tokens.set('team owner', owner.token);
    tokens.set('member with permission', withPerm.token);
    tokens.set('member without permission', withoutPerm.token);
    tokens.set('non-member', outsider.token);
    tokens.set('no token', null);
    tokens.set('bad token', 'not-a-token-anyone-was-given');
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  /** A channel with one connector and one delivery, set up by the team's owner. */
  async function fixture(actor: Actor): Promise<Fixture> {
    const teamId = actor === 'member without permission' ? denyTeam : allowTeam;
    const ownerToken = tokens.get('team owner')!;
    const channel = await relay.api(
      'POST',
      `/api/v1/teams/${teamId}/channels`,
      { name: 'c', webhookUrl: teams.workflowsUrl(`perm-${n++}`) },
      ownerToken,
    );
    expect(channel.status).toBe(201);
    const connector = await relay.api(
      'POST',
      `/api/v1/channels/${channel.body.id}/connectors`,
      { type: 'github' },
      ownerToken,
    );
    expect(connector.status).toBe(201);
    expect(connector.body.createdBy).toBe(ownerId);
    const test = await relay.api(
      'POST',
      `/api/v1/connectors/${connector.body.id}/test`,
      {},
      ownerToken,
    );
    expect(test.status).toBe(202);
    return {
      teamId,
      channelId: channel.body.id,
      connectorId: connector.body.id,
      deliveryId: test.body.deliveryId,
      destination: channel.body.destination,
    };
  }

  const cells = (Object.keys(ALLOWED) as Action[]).flatMap((action) =>
    ACTORS.map((actor) => [action, actor] as const),
  );

  it.each(cells)('%s by %s', async (action, actor) => {
    const f = await fixture(actor);
    const s = step(action, f, teams);
    const token = tokens.get(actor)!;
    const res = await fetch(relay.url + s.path, {
      method: s.method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(s.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: s.body !== undefined ? JSON.stringify(s.body) : null,
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : undefined;
    if (ALLOWED[action].includes(actor)) {
      expect(s.success, text).toContain(res.status);
      return;
    }
    const expected = actor === 'no token' || actor === 'bad token' ? 401 : 403;
    expect(res.status, text).toBe(expected);
    expect(body.error.code).toBe(expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    await s.unchanged?.(relay, f);
  });

  describe('a connector belongs to its channel, not to the person who set it up', () => {
    const post = async (connector: { ingestUrl: string; secret: string }, label: string) => {
      const p = githubPush(1);
      const payload = { ...p, commits: p.commits.map((c) => ({ ...c, message: label })) };
      const res = await sendGitHub(connector.ingestUrl, 'push', payload, {
        secret: connector.secret,
      });
      expect(res.status).toBe(202);
    };

    it('keeps delivering after its creator leaves the team, and after the account is deleted', async () => {
      const ownerToken = tokens.get('team owner')!;
      const creator = await user('Creator');
      await join(allowTeam, creator.id, 'member');
      const channel = await relay.api(
        'POST',
        `/api/v1/teams/${allowTeam}/channels`,
        { name: 'outlives', webhookUrl: teams.workflowsUrl('outlives') },
        ownerToken,
      );
      const connector = await relay.api(
        'POST',
        `/api/v1/channels/${channel.body.id}/connectors`,
        { type: 'github' },
        creator.token,
      );
      expect(connector.status).toBe(201);
      expect(connector.body.createdBy).toBe(creator.id);

      const left = await relay.api(
        'DELETE',
        `/api/v1/teams/${allowTeam}/members/${creator.id}`,
        undefined,
        ownerToken,
      );
      expect(left.status).toBe(204);
      await post(connector.body, 'after-leaving');
      expect((await teams.waitForPosts('outlives', 1))[0]!.raw).toContain('after-leaving');
      // The creator, gone from the team, may no longer change it; members who may still can.
      const gone = await relay.api(
        'PATCH',
        `/api/v1/connectors/${connector.body.id}`,
        { name: 'mine' },
        creator.token,
      );
      expect(gone.status).toBe(403);
      const other = await relay.api(
        'PATCH',
        `/api/v1/connectors/${connector.body.id}`,
        { name: 'Kept by the team' },
        tokens.get('member with permission')!,
      );
      expect(other.status).toBe(200);

      expect((await relay.api('DELETE', `/api/v1/users/${creator.id}`)).status).toBe(204);
      expect((await relay.api('GET', '/api/v1/me', undefined, creator.token)).status).toBe(401);
      await post(connector.body, 'after-deletion');
      const posts = await teams.waitForPosts('outlives', 2);
      expect(posts[1]!.raw).toContain('after-deletion');
      expect(posts[1]!.landed).toBe(true);
      const still = await relay.api('GET', `/api/v1/connectors/${connector.body.id}`);
      expect(still.body).toMatchObject({ createdBy: creator.id, name: 'Kept by the team' });
    });
  });

  describe('a team keeps an owner', () => {
    it('refuses to remove or demote the last owner (409), allows it while another remains', async () => {
      const a = await user('Owner A');
      const b = await user('Owner B');
      const team = await relay.api('POST', '/api/v1/teams', { name: 'Owned', owners: [a.id] });
      const members = `/api/v1/teams/${team.body.id}/members`;

      const remove = await relay.api('DELETE', `${members}/${a.id}`, undefined, a.token);
      expect(remove.status).toBe(409);
      expect(remove.body.error).toMatchObject({ code: 'CONFLICT' });
      expect(remove.body.error.message).toMatch(
        new RegExp(`'${a.id}' is the only owner of this team .*make another member an owner first`),
      );
      const demote = await relay.api('PUT', `${members}/${a.id}`, { role: 'member' });
      expect(demote.status).toBe(409);
      const deleted = await relay.api('DELETE', `/api/v1/users/${a.id}`);
      expect(deleted.status).toBe(409);
      expect(deleted.body.error.message).toContain(team.body.id);
      expect((await relay.api('GET', `/api/v1/teams/${team.body.id}`)).body.members).toEqual([
        { userId: a.id, role: 'owner' },
      ]);

      expect(
        (await relay.api('PUT', `${members}/${b.id}`, { role: 'owner' }, a.token)).status,
      ).toBe(200);
      expect(
        (await relay.api('PUT', `${members}/${a.id}`, { role: 'member' }, b.token)).status,
      ).toBe(200);
      // Now B is the only owner.
      expect((await relay.api('PUT', `${members}/${b.id}`, { role: 'member' })).status).toBe(409);
      expect((await relay.api('DELETE', `${members}/${a.id}`, undefined, b.token)).status).toBe(
        204,
      );
      expect((await relay.api('DELETE', `${members}/${b.id}`)).status).toBe(409);
    });

    it('settles two owners demoting each other at once: exactly one succeeds', async () => {
      const a = await user('Owner A');
      const b = await user('Owner B');
      const team = await relay.api('POST', '/api/v1/teams', {
        name: 'Race',
        owners: [a.id, b.id],
      });
      const members = `/api/v1/teams/${team.body.id}/members`;
      const [one, two] = await Promise.all([
        relay.api('PUT', `${members}/${b.id}`, { role: 'member' }, a.token),
        relay.api('PUT', `${members}/${a.id}`, { role: 'member' }, b.token),
      ]);
      // The loser is refused either as no longer an owner (403) or as the last one (409).
      expect([one.status, two.status].filter((status) => status === 200)).toHaveLength(1);
      expect([403, 409]).toContain(Math.max(one.status, two.status));
      const owners = (await relay.api('GET', `/api/v1/teams/${team.body.id}`)).body.members.filter(
        (m: { role: string }) => m.role === 'owner',
      );
      expect(owners).toHaveLength(1);
    });
  });
});
