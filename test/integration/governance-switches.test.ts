/**
 * Rule 1 through the public API: the effective switch (org AND org-for-Teams AND team), what
 * a refusal names, events held while a switch is off and released when it turns back on, and
 * the hold window's end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { githubPush } from '../e2e/payloads.js';

/** A push whose card names `label`, so posts can be told apart and ordered. */
function push(label: string) {
  const p = githubPush(1);
  return { ...p, commits: p.commits.map((c) => ({ ...c, message: label })) };
}

type Level = 'organisation' | 'organisation-for-teams' | 'team';

/** Who turns each level off and on, and how. */
function switchAt(relay: TestRelay, s: Scenario, level: Level, on: boolean) {
  if (level === 'organisation') return relay.api('PATCH', '/api/v1/org', { connectorsEnabled: on });
  if (level === 'organisation-for-teams')
    return relay.api('PATCH', '/api/v1/org', { connectorsEnabledForTeams: on });
  return relay.api('PATCH', `/api/v1/teams/${s.teamId}`, { connectorsEnabled: on }, s.ownerToken);
}

describe('governance: switches', () => {
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

  describe('precedence: org AND org-for-Teams AND team; the tenant always wins', () => {
    // [org, org-for-Teams, team, the level a refusal names (none: on)]
    const rows: Array<[boolean, boolean, boolean, Level | undefined]> = [
      [true, true, true, undefined],
      [true, true, false, 'team'],
      [true, false, true, 'organisation-for-teams'],
      [true, false, false, 'organisation-for-teams'],
      [false, true, true, 'organisation'],
      [false, true, false, 'organisation'],
      [false, false, true, 'organisation'],
      [false, false, false, 'organisation'],
    ];
    it.each(rows)(
      'org %s, org-for-Teams %s, team %s → refused by %s',
      async (orgOn, forTeams, teamOn, level) => {
        const s = await createTeam(relay);
        const channel = await createChannel(relay, s, teams.workflowsUrl(`p-${s.teamId}`));
        const connector = await createConnector(relay, s, channel.id, { type: 'github' });
        try {
          expect(
            (
              await relay.api('PATCH', '/api/v1/org', {
                connectorsEnabled: orgOn,
                connectorsEnabledForTeams: forTeams,
              })
            ).status,
          ).toBe(200);
          // The team switch can be set whatever the org says; it does not override it.
          const team = await relay.api(
            'PATCH',
            `/api/v1/teams/${s.teamId}`,
            { connectorsEnabled: teamOn },
            s.ownerToken,
          );
          expect(team.status).toBe(200);
          expect(team.body.connectorsEnabled).toBe(teamOn);

          const sent = await sendGitHub(connector.ingestUrl, 'push', push('precedence'), {
            secret: connector.secret!,
          });
          const create = await relay.api(
            'POST',
            `/api/v1/channels/${channel.id}/connectors`,
            { type: 'generic' },
            s.ownerToken,
          );
          if (level === undefined) {
            expect(sent.status).toBe(202);
            expect(create.status).toBe(201);
            return;
          }
          expect(sent.status).toBe(403);
          expect(sent.body.error.code).toBe('CONNECTORS_DISABLED');
          expect(await deliveries(relay, channel.id)).toHaveLength(0); // nothing queued
          expect(create.status).toBe(403);
          expect(create.body.error.code).toBe('CONNECTORS_DISABLED');
          expect(create.body.error.details).toEqual({ level });
          const words = {
            organisation: 'org connectorsEnabled',
            'organisation-for-teams': 'org connectorsEnabledForTeams',
            team: 'team connectorsEnabled',
          };
          expect(create.body.error.message).toContain(words[level]);
          const listed = await relay.api('GET', `/api/v1/channels/${channel.id}/connectors`);
          expect(listed.body.connectors).toHaveLength(1); // refused creation added nothing
        } finally {
          await relay.api('PATCH', '/api/v1/org', {
            connectorsEnabled: true,
            connectorsEnabledForTeams: true,
          });
        }
      },
    );
  });

  describe('events queued when a switch turns off are held, then sent in order when it turns on', () => {
    it.each<Level>(['organisation', 'organisation-for-teams', 'team'])(
      'switched off at the %s level',
      async (level) => {
        const s = await createTeam(relay);
        const id = `hold-${s.teamId}`;
        const channel = await createChannel(relay, s, teams.workflowsUrl(id), { digest: false });
        const connector = await createConnector(relay, s, channel.id, { type: 'github' });
        const send = async (label: string) => {
          const res = await sendGitHub(connector.ingestUrl, 'push', push(label), {
            secret: connector.secret!,
          });
          expect(res.status).toBe(202);
          return res.body.deliveryId as string;
        };
        // The first post is slow: the others are queued behind it when the switch turns off.
        teams.script(id, [{ delayMs: 1500 }]);
        await send('first');
        await teams.waitForPosts(id, 1);
        const held = [await send('second'), await send('third')];
        expect((await switchAt(relay, s, level, false)).status).toBe(200);

        // The flush stopped at the switch: the channel says it holds its events, and until when.
        const detail = await eventually(async () => {
          const res = await relay.api('GET', `/api/v1/channels/${channel.id}`);
          return res.body.held ? res.body : undefined;
        });
        const since = Date.parse(detail.held.since);
        expect(Date.parse(detail.held.until) - since).toBe(24 * 3600_000);
        expect(teams.posts(id)).toHaveLength(1);
        const waiting = await deliveries(relay, channel.id);
        for (const deliveryId of held)
          expect(waiting.find((d) => d.id === deliveryId)?.state).toBe('queued');

        const turnedOn = Date.now();
        expect((await switchAt(relay, s, level, true)).status).toBe(200);
        const posts = await teams.waitForPosts(id, 3);
        // Released at once, not at the hold's next look.
        expect(Date.now() - turnedOn).toBeLessThan(3000);
        expect(posts.map((p) => (/second|third|first/.exec(p.raw) ?? [])[0])).toEqual([
          'first',
          'second',
          'third',
        ]);
        await eventually(async () => {
          const all = await deliveries(relay, channel.id);
          return held.every((d) => all.find((x) => x.id === d)?.state === 'delivered') || undefined;
        });
        expect(
          (await relay.api('GET', `/api/v1/channels/${channel.id}`)).body.held,
        ).toBeUndefined();
      },
    );

    it('a team switch turning on does not release what the org still holds', async () => {
      const s = await createTeam(relay);
      const id = `nested-${s.teamId}`;
      const channel = await createChannel(relay, s, teams.workflowsUrl(id), { digest: false });
      const connector = await createConnector(relay, s, channel.id, { type: 'github' });
      const send = (label: string) =>
        sendGitHub(connector.ingestUrl, 'push', push(label), { secret: connector.secret! });
      teams.script(id, [{ delayMs: 1500 }]);
      expect((await send('first')).status).toBe(202);
      await teams.waitForPosts(id, 1);
      expect((await send('second')).status).toBe(202);
      try {
        await switchAt(relay, s, 'team', false);
        await switchAt(relay, s, 'organisation', false);
        await eventually(
          async () => (await relay.api('GET', `/api/v1/channels/${channel.id}`)).body.held,
        );
        // The org is still off: nothing moves. A release ends the hold before the PATCH
        // answers, so the hold still being there proves the team switch released nothing.
        await switchAt(relay, s, 'team', true);
        const detail = await relay.api('GET', `/api/v1/channels/${channel.id}`);
        expect(detail.body.held).toBeDefined();
        expect(detail.body.queue.queued + detail.body.queue.inflight).toBe(1);
      } finally {
        await switchAt(relay, s, 'organisation', true);
      }
      const posts = await teams.waitForPosts(id, 2);
      expect(posts[1]!.raw).toContain('second');
    });
  });

  describe('the cloud', () => {
    it('moving to gcc, gcch or dod turns the tenant switches off unless the change sets them', async () => {
      try {
        for (const cloud of ['gcc', 'gcch', 'dod'] as const) {
          await relay.api('PATCH', '/api/v1/org', {
            cloud: 'commercial',
            connectorsEnabled: true,
            connectorsEnabledForTeams: true,
          });
          const moved = await relay.api('PATCH', '/api/v1/org', { cloud });
          expect(moved.status).toBe(200);
          expect(moved.body).toMatchObject({
            cloud,
            connectorsEnabled: false,
            connectorsEnabledForTeams: false,
          });
          // Turning them on again is the admin's decision, and it sticks.
          const on = await relay.api('PATCH', '/api/v1/org', { connectorsEnabled: true });
          expect(on.body).toMatchObject({ cloud, connectorsEnabled: true });
          const same = await relay.api('PATCH', '/api/v1/org', { cloud });
          expect(same.body.connectorsEnabled).toBe(true); // no move, no change
        }
        const explicit = await relay.api('PATCH', '/api/v1/org', {
          cloud: 'commercial',
        });
        expect(explicit.body.connectorsEnabledForTeams).toBe(false); // leaving changes nothing
        const both = await relay.api('PATCH', '/api/v1/org', {
          cloud: 'gcch',
          connectorsEnabled: true,
          connectorsEnabledForTeams: true,
        });
        expect(both.body).toMatchObject({
          connectorsEnabled: true,
          connectorsEnabledForTeams: true,
        });
        // A new team in gcc/gcch starts with its own switch off too.
        const team = await relay.api('POST', '/api/v1/teams', { name: 'gov' });
        expect(team.body.connectorsEnabled).toBe(false);
      } finally {
        await relay.api('PATCH', '/api/v1/org', {
          cloud: 'commercial',
          connectorsEnabled: true,
          connectorsEnabledForTeams: true,
        });
      }
    });
  });
});

describe('governance: the hold window', () => {
  let teams: FakeTeams;
  let relay: TestRelay;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({
      DESTINATION_HOSTS: new URL(teams.origin).host,
      CONNECTORS_OFF_HOLD_SECONDS: '1',
    });
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  it('dead-letters held events with the reason once the window is over, and sends none of them', async () => {
    const s = await createTeam(relay);
    const id = 'expire';
    const channel = await createChannel(relay, s, teams.workflowsUrl(id), { digest: false });
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const send = async (label: string) => {
      const res = await sendGitHub(connector.ingestUrl, 'push', push(label), {
        secret: connector.secret!,
      });
      expect(res.status).toBe(202);
      return res.body.deliveryId as string;
    };
    teams.script(id, [{ delayMs: 1000 }]);
    await send('first');
    await teams.waitForPosts(id, 1);
    const held = [await send('second'), await send('third')];
    await switchAt(relay, s, 'organisation', false);

    const dead = await eventually(async () => {
      const all = await relay.api('GET', `/api/v1/channels/${channel.id}/deliveries?state=dead`);
      return all.body.deliveries.length === 2 ? all.body.deliveries : undefined;
    });
    expect(dead.map((d: any) => d.id).sort()).toEqual([...held].sort());
    for (const d of dead) {
      expect(d.lastError).toMatch(
        /connectors were switched off for the organisation \(connectorsEnabled\) at .* not switched back on within the hold window \(1 s\)/,
      );
      expect(d.log.at(-1)).toMatchObject({ outcome: 'expired' });
    }
    expect((await relay.api('GET', `/api/v1/channels/${channel.id}`)).body.held).toBeUndefined();

    // Switched on again: a sentinel goes out, and the expired events never do.
    await switchAt(relay, s, 'organisation', true);
    await send('sentinel');
    const posts = await teams.waitForPosts(id, 2);
    expect(posts.map((p) => (/first|second|third|sentinel/.exec(p.raw) ?? [])[0])).toEqual([
      'first',
      'sentinel',
    ]);
    // Dead letters can still be sent deliberately, like any other.
    const replay = await relay.api('POST', `/api/v1/channels/${channel.id}/replay`, {
      since: '2020-01-01T00:00:00Z',
    });
    expect(replay.body.replayed).toHaveLength(2);
    await teams.waitForPosts(id, 4);
  });
});
