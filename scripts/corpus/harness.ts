import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { startRelay, type RunningRelay } from '../../src/main/relay.js';
import { startFakeTeams, type FakeTeams } from '../../test/support/fake-teams.js';
import { startThrowawayRedis, type ThrowawayRedis } from '../../test/support/throwaway-redis.js';
import type { z } from 'zod';
import { Created } from './answers.js';

/** The fake Teams workflow every corpus card is posted to. */
export const WORKFLOW_ID = 'corpus';

export interface CreatedConnector {
  id: string;
  ingestUrl: string;
  secret?: string;
}

export interface ApiAnswer {
  status: number;
  /** Parsed JSON; undefined for an empty body. */
  body: unknown;
}

/** A real relay on its own Redis, one team with one Workflows channel on a fake Teams. */
export interface Harness {
  relayUrl: string;
  teams: FakeTeams;
  channelId: string;
  /** JSON request with the team owner's token. */
  api(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
  createConnector(type: string, secret: string | undefined): Promise<CreatedConnector>;
  close(): Promise<void>;
}

async function call(
  url: string,
  token: string,
  method: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : null,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

function created<T>(what: string, shape: z.ZodType<T>, answer: ApiAnswer): T {
  if (answer.status !== 201) {
    throw new Error(`could not create ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return shape.parse(answer.body);
}

export async function startHarness(): Promise<Harness> {
  let redis: ThrowawayRedis | undefined;
  let teams: FakeTeams | undefined;
  let relay: RunningRelay | undefined;
  const close = async () => {
    await relay?.close();
    await teams?.close();
    redis?.stop();
  };
  try {
    redis = await startThrowawayRedis({ label: 'corpus' });
    teams = await startFakeTeams();
    const adminToken = `corpus-admin-${randomBytes(12).toString('hex')}`;
    const config = loadConfig({
      REDIS_URL: redis.url,
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_TOKEN: adminToken,
      DESTINATION_HOSTS: new URL(teams.origin).host,
      REDIS_PREFIX: 'corpus',
      LOG_LEVEL: 'silent',
    });
    relay = await startRelay(config, silentLogger);
    const relayUrl = relay.url;
    const admin = (method: string, path: string, body?: unknown) =>
      call(relayUrl + path, adminToken, method, body);

    const owner = created(
      'the owner',
      Created.user,
      await admin('POST', '/api/v1/users', { name: 'Corpus' }),
    );
    const team = created(
      'the team',
      Created.team,
      await admin('POST', '/api/v1/teams', { name: 'Corpus', owners: [owner.id] }),
    );
    const api = (method: string, path: string, body?: unknown) =>
      call(relayUrl + path, owner.token, method, body);
    const channel = created(
      'the channel',
      Created.channel,
      await api('POST', `/api/v1/teams/${team.id}/channels`, {
        name: 'corpus',
        webhookUrl: teams.workflowsUrl(WORKFLOW_ID),
        // Budgets effectively off, as in the bench: this run checks cards, not pacing.
        rateLimit: [],
      }),
    );
    if (channel.kind !== 'workflows') throw new Error(`the channel is ${channel.kind}`);
    const channelId = channel.id;
    return {
      relayUrl,
      teams,
      channelId,
      api,
      async createConnector(type, secret) {
        // Every event, not the sender's default selection: the corpus holds all kinds.
        const body = { type, name: `corpus ${type}`, events: ['*'], ...(secret ? { secret } : {}) };
        return created(
          `a ${type} connector`,
          Created.connector,
          await api('POST', `/api/v1/channels/${channelId}/connectors`, body),
        );
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
