import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../src/core/logger.js';
import { MAX_DEPTH, REDACTED, isSecretKey, redactSecrets } from '../../src/main/logger.js';
import { captureLogs } from '../support/logs.js';

describe('the production logger (pino)', () => {
  it('writes one JSON object per line: level word, ISO time, fields, msg', () => {
    const { logger, lines, text } = captureLogs('info');
    logger.info('event queued', { channelId: 'ch_1', n: 2 });
    expect(text().split('\n').filter(Boolean)).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'event queued', channelId: 'ch_1', n: 2 });
    expect(lines[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines[0]).toHaveProperty('pid', process.pid);
  });

  it.each([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ] as const)('LOG_LEVEL=%s writes %j', (level, written) => {
    const { logger, lines } = captureLogs(level);
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((l) => l.level)).toEqual(written);
  });

  it('writes an Error under err or error with its type, message and stack', () => {
    const { logger, lines } = captureLogs();
    logger.error('request failed', { err: new TypeError('boom') });
    logger.error('worker stopped', { error: new Error('bang') });
    expect(lines[0]!.err).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String((lines[0]!.err as { stack: string }).stack)).toMatch(/TypeError: boom\n\s+at /);
    expect(lines[1]!.error).toMatchObject({ type: 'Error', message: 'bang' });
  });

  it('child loggers add their bindings to every line', () => {
    const { logger, lines } = captureLogs();
    const child = logger.child({ reqId: 'r-1' });
    child.info('one');
    child.child({ connectorId: 'con_1' }).warn('two', { x: 1 });
    logger.info('three');
    expect(lines.map((l) => [l.msg, l.reqId, l.connectorId])).toEqual([
      ['one', 'r-1', undefined],
      ['two', 'r-1', 'con_1'],
      ['three', undefined, undefined],
    ]);
  });

  describe('redaction, the second line of defence', () => {
    const secrets = {
      webhookUrl: 'https://x.powerplatform.com/workflows/w1?sig=SECRET-URL',
      ingestUrl: 'http://relay/hooks/con_1/SECRET-INGEST',
      secret: 'SECRET-1',
      secrets: ['SECRET-2', 'SECRET-3'],
      token: 'SECRET-TOKEN',
      adminToken: 'SECRET-ADMIN',
      client_secret: 'SECRET-CLIENT',
      password: 'SECRET-PW',
      authorization: 'Bearer SECRET-BEARER',
      Authorization: 'Bearer SECRET-BEARER-2',
      cookie: 'sid=SECRET-COOKIE',
      'x-hub-signature-256': 'sha256=SECRET-HUB',
      'x-trello-webhook': 'SECRET-TRELLO',
      'x-signature-256': 'sha256=SECRET-GENERIC',
    };

    it('replaces every secret-named field at every depth up to the limit, in arrays too', () => {
      const { logger, lines, text } = captureLogs();
      // The line's fields are depth 0; `nested` is depth 1, its `inner` depth 2, and so on.
      let nested: Record<string, unknown> = { keep: `visible-${MAX_DEPTH + 1}`, token: 'SECRET' };
      for (let depth = MAX_DEPTH; depth >= 1; depth--) {
        nested = { ...secrets, keep: `visible-${depth}`, list: [{ ...secrets }], inner: nested };
      }
      logger.info('deep', { ...secrets, headers: { ...secrets }, nested });
      expect(text()).not.toMatch(/SECRET/);
      expect(lines[0]!.token).toBe(REDACTED);
      expect((lines[0]!.headers as Record<string, unknown>)['x-hub-signature-256']).toBe(REDACTED);
      for (let depth = 1; depth <= MAX_DEPTH; depth++) expect(text()).toContain(`visible-${depth}`);
      // Deeper than the limit the value is not written at all, rather than written unchecked.
      expect(text()).not.toContain(`visible-${MAX_DEPTH + 1}`);
      expect(text()).toContain('"inner":"[omitted]"');
    });

    it('redacts child bindings too, and leaves the caller’s objects alone', () => {
      const { logger, text } = captureLogs();
      const fields = { headers: { authorization: 'Bearer SECRET-X', accept: 'json' } };
      logger.child({ token: 'SECRET-CHILD' }).info('x', fields);
      expect(text()).not.toMatch(/SECRET/);
      expect(text()).toContain('"accept":"json"');
      expect(fields.headers.authorization).toBe('Bearer SECRET-X');
    });

    it('knows secret names, and only those', () => {
      for (const k of Object.keys(secrets)) expect(isSecretKey(k), k).toBe(true);
      for (const k of [
        'channelId',
        'deliveryId',
        'reason',
        'status',
        'path',
        'kind',
        'tokens_used',
      ])
        expect(isSecretKey(k), k).toBe(false);
    });

    it('does bounded work on a huge or cyclic-looking object', () => {
      const wide = Object.fromEntries(
        Array.from({ length: 5000 }, (_, i) => [`k${i}`, { token: `SECRET-${i}` }]),
      );
      const out = JSON.stringify(redactSecrets({ wide }));
      expect(out).not.toMatch(/SECRET/);
      expect(out).toContain('[omitted]');
    });
  });
});

describe('the logger in core (no I/O, for tests)', () => {
  it('hands lines to a callback, supports children and keeps Error stacks', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      (l) => lines.push(l),
      () => new Date(0),
    );
    logger.debug('hidden');
    logger.child({ reqId: 'r' }).error('failed', { err: new Error('boom') });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ time: '1970-01-01T00:00:00.000Z', level: 'error', reqId: 'r' });
    expect(line.err.stack).toMatch(/Error: boom/);
  });

  it('silentLogger writes nothing, children included', () => {
    expect(() => silentLogger.child({ a: 1 }).error('x')).not.toThrow();
  });
});
