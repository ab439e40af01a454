import { describe, expect, it } from 'vitest';
import { opsgenieSender } from '../../../src/connectors/opsgenie/index.js';
import { SECRET, ogRequest } from '../../fixtures/opsgenie/payloads.js';

const verify = (headers: Record<string, string>, secrets: readonly string[] = [SECRET]) =>
  opsgenieSender.verify(ogRequest('{}', headers), secrets);

const basic = (pair: string) => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;

describe('Opsgenie shared secret', () => {
  it('accepts the secret in X-Relay-Token, as a bearer token or as a Basic password', () => {
    expect(verify({ 'x-relay-token': SECRET })).toEqual({ ok: true });
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
    expect(verify({ authorization: basic(`relay:${SECRET}`) })).toEqual({ ok: true });
  });

  it('accepts either secret during a rotation', () => {
    expect(verify({ 'x-relay-token': 'next-secret' }, [SECRET, 'next-secret'])).toEqual({
      ok: true,
    });
  });

  it('refuses a wrong secret and a request with none', () => {
    expect(verify({ 'x-relay-token': 'guess' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ 'x-api-key': SECRET })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
    const missing = verify({});
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toMatch(/X-Relay-Token/);
  });

  it('fails closed without a non-empty secret', () => {
    expect(verify({ 'x-relay-token': '' }, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ 'x-relay-token': SECRET }, [])).toMatchObject({ ok: false });
  });

  it('signs with the header the setup hint names', () => {
    expect(opsgenieSender.sign(ogRequest('{}'), SECRET)).toEqual({ 'x-relay-token': SECRET });
    expect(opsgenieSender.setupHint).toMatch(/X-Relay-Token/);
  });
});
