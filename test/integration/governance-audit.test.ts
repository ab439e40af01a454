/**
 * The audit log through the public API: every change an admin or owner makes, with who, what,
 * before → after and when (the relay's clock), newest first, paged, secrets masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';

/** A clock a day ahead of the real one: entries must carry the relay's time, not Redis's. */
const OFFSET = 24 * 3600_000;

describe('governance: audit log', () => {
  let teams: FakeTeams;
  let relay: TestRelay;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay(
      { DESTINATION_HOSTS: new URL(teams.origin).host },
      { clock: { now: () => Date.now() + OFFSET } },
    );
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  async function allEntries(limit: number): Promise<any[]> {
    const out: any[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await relay.api(
        'GET',
        `/api/v1/audit?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.entries.length).toBeLessThanOrEqual(limit);
      out.push(...res.body.entries);
      cursor = res.body.nextCursor;
      if (!cursor) return out;
    }
    throw new Error('the pages never ended');
  }

  it('records every admin and owner change, newest first, with secrets masked', async () => {
    const started = Date.now() + OFFSET;
    const ok = async (p: Promise<{ status: number; body: any }>, status: number) => {
      const res = await p;
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      return res.body;
    };
    await ok(relay.api('PATCH', '/api/v1/org', { actionableMessagesEnabled: false }), 200);
    const owner = await ok(relay.api('POST', '/api/v1/users', { name: 'Owner' }), 201);
    const member = await ok(relay.api('POST', '/api/v1/users', { name: 'Member' }), 201);
    const team = await ok(
      relay.api('POST', '/api/v1/teams', { name: 'Audited', owners: [owner.id] }),
      201,
    );
    await ok(
      relay.api(
        'PUT',
        `/api/v1/teams/${team.id}/members/${member.id}`,
        { role: 'member' },
        owner.token,
      ),
      200,
    );
    await ok(
      relay.api(
        'PATCH',
        `/api/v1/teams/${team.id}`,
        { membersCanManageConnectors: false },
        owner.token,
      ),
      200,
    );
    const url = teams.workflowsUrl('audited');
    const channel = await ok(
      relay.api(
        'POST',
        `/api/v1/teams/${team.id}/channels`,
        { name: 'c', webhookUrl: url },
        owner.token,
      ),
      201,
    );
    const url2 = teams.workflowsUrl('audited-2');
    await ok(
      relay.api('POST', `/api/v1/channels/${channel.id}/rotate`, { webhookUrl: url2 }, owner.token),
      200,
    );
    const secret = 'a-sender-secret-nobody-may-read';
    const connector = await ok(
      relay.api(
        'POST',
        `/api/v1/channels/${channel.id}/connectors`,
        { type: 'github', secret },
        owner.token,
      ),
      201,
    );
    const rotated = await ok(
      relay.api('POST', `/api/v1/connectors/${connector.id}/rotate`, undefined, owner.token),
      200,
    );
    await ok(
      relay.api('PATCH', `/api/v1/connectors/${connector.id}`, { events: ['push'] }, owner.token),
      200,
    );
    await ok(
      relay.api('DELETE', `/api/v1/connectors/${connector.id}`, undefined, owner.token),
      204,
    );
    await ok(relay.api('DELETE', `/api/v1/teams/${team.id}/members/${member.id}`), 204);
    await ok(relay.api('DELETE', `/api/v1/users/${member.id}`), 204);
    await ok(relay.api('DELETE', `/api/v1/channels/${channel.id}`, undefined, owner.token), 204);
    // Refused changes are not changes: not in the log.
    await ok(relay.api('PATCH', `/api/v1/teams/${team.id}`, { name: 'x' }, member.token), 401);
    await ok(relay.api('DELETE', `/api/v1/teams/${team.id}/members/${owner.id}`), 409);

    const entries = await allEntries(200);
    expect(entries.map((e) => e.action)).toEqual([
      'channel.delete',
      'user.delete',
      'team.member.remove',
      'connector.delete',
      'connector.update',
      'connector.rotate',
      'connector.create',
      'channel.rotate',
      'channel.create',
      'team.update',
      'team.member.set',
      'team.create',
      'user.create',
      'user.create',
      'org.update',
    ]);
    const byAction = (action: string) => entries.find((e) => e.action === action)!;

    // Who and when: the caller, at the relay's clock.
    const org = byAction('org.update');
    expect(org.actor).toEqual({ id: 'admin', name: 'admin', kind: 'admin' });
    expect(org.target).toEqual({ type: 'org' });
    expect(org.before).toEqual({ actionableMessagesEnabled: true });
    expect(org.after).toEqual({ actionableMessagesEnabled: false });
    expect(Date.parse(org.at)).toBeGreaterThanOrEqual(started);
    const created = byAction('channel.create');
    expect(created.actor).toEqual({ id: owner.id, name: 'Owner', kind: 'user' });
    expect(created.target).toEqual({ type: 'channel', id: channel.id });
    expect(created.after.destination).toBe(channel.destination);

    // Before → after, the changed fields only.
    expect(byAction('team.update')).toMatchObject({
      before: { membersCanManageConnectors: true },
      after: { membersCanManageConnectors: false },
    });
    expect(byAction('team.member.set')).toMatchObject({
      before: { userId: member.id, role: null },
      after: { userId: member.id, role: 'member' },
    });
    expect(byAction('connector.update')).toMatchObject({
      before: { events: null },
      after: { events: ['push'] },
    });
    const rotation = byAction('channel.rotate');
    expect(rotation.after.urlVersion).toBe(rotation.before.urlVersion + 1);
    expect(rotation.after.destination).toMatch(/…/);
    expect(byAction('connector.rotate').after).toMatchObject({
      previousValidUntil: rotated.previousValidUntil,
    });

    // No secret anywhere: destinations, ingest URLs and their tokens, sender secrets, tokens.
    const text = JSON.stringify(entries);
    for (const leaked of [
      url,
      url2,
      new URL(url).search,
      secret,
      connector.ingestUrl,
      connector.ingestUrl.split('/').at(-1),
      rotated.ingestUrl.split('/').at(-1),
      owner.token,
      member.token,
      relay.adminToken,
    ]) {
      expect(text).not.toContain(leaked);
    }
    expect(byAction('connector.create').after.hasSecret).toBe(true);
  });

  it('pages newest first with a stable cursor, bounded page size, for admins only', async () => {
    const whole = await allEntries(200);
    expect(whole.length).toBeGreaterThan(5);
    const paged = await allEntries(2);
    expect(paged).toEqual(whole);
    const ids = paged.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ats = paged.map((e) => Date.parse(e.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);

    // Entries added meanwhile do not shift the pages already handed out.
    const first = await relay.api('GET', '/api/v1/audit?limit=3');
    await relay.api('PATCH', '/api/v1/org', { actionableMessagesEnabled: true });
    const second = await relay.api('GET', `/api/v1/audit?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.entries[0].id).toBe(whole[3].id);

    expect((await relay.api('GET', '/api/v1/audit?limit=201')).status).toBe(400);
    expect((await relay.api('GET', '/api/v1/audit?limit=0')).status).toBe(400);
    const badCursor = await relay.api('GET', '/api/v1/audit?cursor=../../x');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toMatch(/cursor/);
    const user = (await relay.api('POST', '/api/v1/users', { name: 'Reader' })).body;
    expect((await relay.api('GET', '/api/v1/audit', undefined, user.token)).status).toBe(403);
    const admin = (await relay.api('POST', '/api/v1/users', { name: 'Root', admin: true })).body;
    expect((await relay.api('GET', '/api/v1/audit', undefined, admin.token)).status).toBe(200);
  });
  it('records catalog changes: lifecycle, and custom types created, replaced and removed', async () => {
    const retire = await relay.api('PATCH', '/api/v1/catalog/jenkins', { lifecycle: 'retired' });
    expect(retire.status).toBe(200);
    const definition = {
      id: 'audited-type',
      name: 'Audited Type',
      auth: { type: 'none' },
      eventType: { header: 'X-Event' },
      templates: {
        '*': {
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text: 'Event ${title}', wrap: true }],
        },
      },
    };
    expect((await relay.api('POST', '/api/v1/catalog', definition)).status).toBe(201);
    const renamed = { ...definition, name: 'Audited Type 2' };
    expect((await relay.api('PUT', '/api/v1/catalog/audited-type', renamed)).status).toBe(200);
    expect((await relay.api('DELETE', '/api/v1/catalog/audited-type')).status).toBe(204);
    const entries = await allEntries(50);
    const find = (action: string) => entries.find((e) => e.action === action);
    expect(find('catalog.lifecycle')).toMatchObject({
      target: { type: 'catalog', id: 'jenkins' },
      before: { lifecycle: 'available' },
      after: { lifecycle: 'retired' },
    });
    expect(find('catalog.create')).toMatchObject({ after: { name: 'Audited Type' } });
    expect(find('catalog.replace')).toMatchObject({
      before: { name: 'Audited Type' },
      after: { name: 'Audited Type 2' },
    });
    expect(find('catalog.delete')).toMatchObject({ target: { id: 'audited-type' } });
  });
});
