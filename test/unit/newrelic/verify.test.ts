import { describe, expect, it } from 'vitest';
import { newRelicSender } from '../../../src/connectors/newrelic/index.js';
import { SECRET, nrRequest } from '../../fixtures/newrelic/payloads.js';

const verify = (headers: Record<string, string>, secrets: readonly string[] = [SECRET]) =>
  newRelicSender.verify(nrRequest('{}', headers), secrets);

describe('New Relic destination auth', () => {
  it('accepts the secret as a Bearer token, a Basic password or an X-Relay-Token header', () => {
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
    const basic = Buffer.from(`newrelic:${SECRET}`).toString('base64');
    expect(verify({ authorization: `Basic ${basic}` })).toEqual({ ok: true });
    expect(verify({ 'x-relay-token': SECRET })).toEqual({ ok: true });
  });

  it('refuses a wrong or missing credential, and fails closed without a secret', () => {
    expect(verify({ authorization: 'Bearer nope' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    expect(verify({ authorization: 'Bearer ' }, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('is optional, and signs as a Bearer token', () => {
    expect(newRelicSender.secret).toBe('optional');
    expect(newRelicSender.sign(nrRequest('{}'), SECRET)).toEqual({
      authorization: `Bearer ${SECRET}`,
    });
  });
});
