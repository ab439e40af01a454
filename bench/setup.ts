import { request } from 'undici';
import type { Target } from './load.js';
import { sign } from './payload.js';
import type { Sink } from './sink.js';

/** Baseline channels: `/hooks/<i>` posting to workflow `b<i>`; the baseline checks no signature. */
export function baselineTargets(channels: number, body: string): Target[] {
  return Array.from({ length: channels }, (_, i) => ({
    sinkId: `b${i}`,
    path: `/hooks/${i}`,
    body,
    signature: sign(body, 'unused'),
  }));
}

async function api(
  origin: string,
  token: string,
  path: string,
  body: unknown,
): Promise<Record<string, any>> {
  const res = await request(origin + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
  });
  const text = await res.body.text();
  if (res.statusCode !== 201) throw new Error(`POST ${path}: ${res.statusCode} ${text}`);
  return JSON.parse(text) as Record<string, any>;
}

/**
 * Through the public API only: one owner, one team, `channels` Workflows channels on the sink
 * (budgets effectively off), one GitHub connector each. The ingest URL's path is used against
 * the relay's own address, so traffic stays on 127.0.0.1.
 */
export async function relayTargets(
  origin: string,
  adminToken: string,
  sink: Sink,
  channels: number,
  body: string,
  /** Hold every event after each channel's first: a budget of one post a day, no digests. */
  hold = false,
): Promise<Target[]> {
  const user = await api(origin, adminToken, '/api/v1/users', { name: 'Bench owner' });
  const team = await api(origin, adminToken, '/api/v1/teams', {
    name: 'Bench',
    owners: [user.id],
  });
  const one = async (i: number): Promise<Target> => {
    const channel = await api(origin, user.token, `/api/v1/teams/${team.id}/channels`, {
      name: `bench-${i}`,
      webhookUrl: sink.workflowsUrl(`r${i}`),
      ...(hold
        ? { rateLimit: [{ perSeconds: 86_400, max: 1 }], digest: false }
        : { rateLimit: [] }),
    });
    if (channel.kind !== 'workflows') throw new Error(`channel kind is ${channel.kind}`);
    const connector = await api(origin, user.token, `/api/v1/channels/${channel.id}/connectors`, {
      type: 'github',
    });
    return {
      sinkId: `r${i}`,
      path: new URL(String(connector.ingestUrl)).pathname,
      body,
      signature: sign(body, String(connector.secret)),
    };
  };
  const targets: Target[] = [];
  for (let i = 0; i < channels; i += 10) {
    const batch = Array.from({ length: Math.min(10, channels - i) }, (_, k) => one(i + k));
    targets.push(...(await Promise.all(batch)));
  }
  return targets;
}
