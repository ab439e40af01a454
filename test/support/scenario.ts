import { expect } from 'vitest';
import type { TestRelay } from './relay.js';

export interface Scenario {
  teamId: string;
  ownerToken: string;
  ownerId: string;
}

/** A team with an owner, created through the public API. */
export async function createTeam(
  relay: TestRelay,
  teamBody: Record<string, unknown> = {},
): Promise<Scenario> {
  const owner = await relay.api('POST', '/api/v1/users', { name: 'Owner' });
  expect(owner.status).toBe(201);
  const team = await relay.api('POST', '/api/v1/teams', {
    name: 'Team',
    owners: [owner.body.id],
    ...teamBody,
  });
  expect(team.status).toBe(201);
  return { teamId: team.body.id, ownerToken: owner.body.token, ownerId: owner.body.id };
}

export async function createChannel(
  relay: TestRelay,
  s: Scenario,
  webhookUrl: string,
  extra: Record<string, unknown> = {},
) {
  const res = await relay.api(
    'POST',
    `/api/v1/teams/${s.teamId}/channels`,
    { name: 'chan', webhookUrl, ...extra },
    s.ownerToken,
  );
  expect(res.status).toBe(201);
  return res.body as { id: string; kind: string; status: string };
}

export async function createConnector(
  relay: TestRelay,
  s: Scenario,
  channelId: string,
  body: Record<string, unknown>,
) {
  const res = await relay.api(
    'POST',
    `/api/v1/channels/${channelId}/connectors`,
    body,
    s.ownerToken,
  );
  expect(res.status).toBe(201);
  return res.body as { id: string; ingestUrl: string; secret?: string };
}

export async function deliveries(relay: TestRelay, channelId: string): Promise<any[]> {
  const res = await relay.api('GET', `/api/v1/channels/${channelId}/deliveries`);
  expect(res.status).toBe(200);
  return res.body.deliveries;
}
