import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('config', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      role: 'all',
      redisUrl: undefined,
      publicUrl: undefined,
      ingestMaxBytes: 5 * 1024 * 1024,
    });
    expect(c.destinationHosts).toEqual([]);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('parses the contract variables', () => {
    const c = loadConfig({
      PORT: '8080',
      REDIS_URL: 'redis://redis:6379/2',
      PUBLIC_URL: 'https://relay.example.com/',
      DESTINATION_HOSTS: 'teams.internal, 127.0.0.1:9000 ,',
      RELAY_ROLE: 'worker',
      ADMIN_TOKEN: 'x'.repeat(32),
    });
    expect(c.port).toBe(8080);
    expect(c.publicUrl).toBe('https://relay.example.com');
    expect(c.destinationHosts).toEqual(['teams.internal', '127.0.0.1:9000']);
    expect(c.role).toBe('worker');
  });

  it('names every bad variable and never echoes the admin token', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        RELAY_ROLE: 'boss',
        PUBLIC_URL: 'ftp://x',
        ADMIN_TOKEN: 'short-secret',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/RELAY_ROLE:/);
    expect(message).toMatch(/PUBLIC_URL:/);
    expect(message).toMatch(/ADMIN_TOKEN:/);
    expect(message).not.toContain('short-secret');
  });

  it('keeps a rotated ingest URL working for 7 days by default, 0 to 90 days when set', () => {
    expect(loadConfig({}).ingestUrlGraceSeconds).toBe(7 * 24 * 3600);
    expect(loadConfig({ INGEST_URL_GRACE_SECONDS: '0' }).ingestUrlGraceSeconds).toBe(0);
    expect(loadConfig({ INGEST_URL_GRACE_SECONDS: '7776000' }).ingestUrlGraceSeconds).toBe(
      7_776_000,
    );
    for (const bad of ['-1', '1.5', '7776001', 'a week']) {
      expect(() => loadConfig({ INGEST_URL_GRACE_SECONDS: bad }), bad).toThrow(
        /INGEST_URL_GRACE_SECONDS:/,
      );
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' }).port).toBe(3000);
  });
});
