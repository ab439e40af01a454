import { describe, expect, it } from 'vitest';
import { signAzureDevOps, verifyAzureDevOps } from '../../../src/connectors/azure-devops/verify.js';

const SECRET = 'hook-secret-1';
const body = Buffer.from('{"eventType":"git.push"}');

function req(headers: Record<string, string | undefined>) {
  return { method: 'POST', headers, rawBody: body, callbackUrl: 'https://r/h', receivedAt: 0 };
}

/** What Azure DevOps sends for basicAuthUsername / basicAuthPassword, computed here. */
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

describe('verifyAzureDevOps', () => {
  it('accepts the secret as the Basic password under any user name', () => {
    for (const user of ['azure-devops', 'ops', '']) {
      expect(verifyAzureDevOps(req({ authorization: basic(user, SECRET) }), [SECRET])).toEqual({
        ok: true,
      });
    }
  });

  it('accepts the secret in an X-Relay-Token header line or as a bearer token', () => {
    expect(verifyAzureDevOps(req({ 'x-relay-token': SECRET }), [SECRET])).toEqual({ ok: true });
    expect(verifyAzureDevOps(req({ authorization: `Bearer ${SECRET}` }), [SECRET])).toEqual({
      ok: true,
    });
  });

  it('accepts either secret during a rotation', () => {
    const headers = { authorization: basic('ops', 'old-secret') };
    expect(verifyAzureDevOps(req(headers), [SECRET, 'old-secret'])).toEqual({ ok: true });
  });

  it('refuses a wrong password and names where the secret goes when none was sent', () => {
    expect(verifyAzureDevOps(req({ authorization: basic('ops', 'nope') }), [SECRET])).toMatchObject(
      { ok: false, code: 'SIGNATURE_INVALID' },
    );
    const missing = verifyAzureDevOps(req({}), [SECRET]);
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toMatch(/Basic authentication password/);
  });

  it('fails closed with no usable secret, even for an empty Basic password', () => {
    expect(verifyAzureDevOps(req({ authorization: basic('ops', '') }), [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });
});

describe('signAzureDevOps', () => {
  it('sends the secret as a Basic password, as a subscription with Basic credentials does', () => {
    const headers = signAzureDevOps(
      { rawBody: body, callbackUrl: '', headers: {}, receivedAt: 0 },
      SECRET,
    );
    expect(headers).toEqual({ authorization: basic('azure-devops', SECRET) });
    expect(verifyAzureDevOps(req(headers), [SECRET])).toEqual({ ok: true });
  });
});
