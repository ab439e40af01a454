import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { startRelay, type RelayOverrides, type RunningRelay } from '../../src/main/relay.js';

/** A key prefix no other test file uses, so files can share the throwaway Redis. */
export function uniquePrefix(label = 't'): string {
  return `${label}-${randomBytes(5).toString('hex')}`;
}

export function testRedisUrl(): string {
  return inject('redisUrl');
}

export interface TestRelay extends RunningRelay {
  adminToken: string;
  prefix: string;
  /** JSON request against the relay's API with a bearer token (admin by default). */
  api(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: any }>;
}

/** Starts the real relay (all roles, real Redis, real HTTP) as `npm start` would. */
export async function startTestRelay(
  env: Record<string, string> = {},
  overrides: RelayOverrides = {},
  logger: Logger = silentLogger,
): Promise<TestRelay> {
  const adminToken = `admin-${randomBytes(12).toString('hex')}`;
  const prefix = env.REDIS_PREFIX ?? uniquePrefix();
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_TOKEN: adminToken,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    ...env,
  });
  // PUBLIC_URL defaults to the configured port; with port 0 the tests set it after listen.
  const relay = await startRelay(config, logger, { reconcileIntervalMs: 500, ...overrides });
  const api: TestRelay['api'] = async (method, path, body, token = adminToken) => {
    const res = await fetch(relay.url + path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : null,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { ...relay, close: () => relay.close(), adminToken, prefix, api };
}

export async function eventually<T>(
  fn: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
