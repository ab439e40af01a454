import { describe, expect, it } from 'vitest';
import { datadogSender } from '../../../src/connectors/datadog/index.js';
import { request } from '../../fixtures/datadog/payloads.js';

const SECRET = 'dd-shared-secret';
const JSON_HEADERS = { 'content-type': 'application/json' };
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;
const verify = (
  body: string,
  headers: Record<string, string> = JSON_HEADERS,
  secrets: string[] = [SECRET],
) => datadogSender.verify(request(body, headers), secrets);

describe('Datadog credentials', () => {
  it('accepts the secret in a custom Authorization or X-Relay-Token header, or as Basic password', () => {
    const headers: Record<string, string>[] = [
      { authorization: `Bearer ${SECRET}` },
      { 'x-relay-token': SECRET },
      { authorization: basic(`datadog:${SECRET}`) },
    ];
    for (const header of headers) {
      expect(verify('{}', { ...JSON_HEADERS, ...header }), JSON.stringify(header)).toEqual({
        ok: true,
      });
    }
  });

  it('accepts a secret field of a JSON or form-encoded payload', () => {
    expect(verify(JSON.stringify({ title: 't', secret: SECRET }))).toEqual({ ok: true });
    expect(verify(`title=t&secret=${SECRET}`, FORM_HEADERS)).toEqual({ ok: true });
  });

  it('refuses a wrong secret field, and a wrong header with no field', () => {
    expect(verify(JSON.stringify({ secret: 'guess' }))).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify('{}', { ...JSON_HEADERS, authorization: 'Bearer guess' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(JSON.stringify({ secret: 42 }))).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
  });

  it('reports a request with no credential anywhere as missing', () => {
    const result = verify(JSON.stringify({ title: 'x' }));
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!result.ok) expect(result.message).toMatch(/secret/);
  });

  it('never matches an empty secret, in a header or in the payload', () => {
    expect(verify(JSON.stringify({ secret: '' }), JSON_HEADERS, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(JSON.stringify({ secret: SECRET }), JSON_HEADERS, [''])).toMatchObject({
      ok: false,
    });
  });

  it('accepts either secret during a rotation', () => {
    expect(verify(JSON.stringify({ secret: 'old' }), JSON_HEADERS, [SECRET, 'old'])).toEqual({
      ok: true,
    });
  });

  it('signs as a Custom Headers Authorization would send it, and the secret is optional', () => {
    expect(datadogSender.sign(request('{}'), SECRET)).toEqual({
      authorization: `Bearer ${SECRET}`,
    });
    expect(datadogSender.secret).toBe('optional');
  });
});
