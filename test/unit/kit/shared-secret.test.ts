import { describe, expect, it } from 'vitest';
import {
  sharedSecretHeaders,
  verifySharedSecret,
} from '../../../src/connectors/kit/shared-secret.js';

const OWN = { header: 'x-gitlab-token', where: 'the Secret token field' };
const PLAIN = { where: 'the Authorization header' };
const basic = (pair: string) => `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;

describe('verifySharedSecret', () => {
  it('accepts the secret as a bearer token, a Basic password, a Basic pair or the own header', () => {
    const secrets = ['s3cret-token'];
    for (const headers of [
      { authorization: 'Bearer s3cret-token' },
      { authorization: 'token s3cret-token' },
      { authorization: basic('relay:s3cret-token') },
      { authorization: basic('anyone:s3cret-token') },
      { 'x-gitlab-token': 's3cret-token' },
      { 'x-relay-token': 's3cret-token' },
    ]) {
      expect(verifySharedSecret(OWN, headers, secrets), JSON.stringify(headers)).toEqual({
        ok: true,
      });
    }
    expect(verifySharedSecret(PLAIN, { authorization: basic('ops:pa:ss') }, ['ops:pa:ss'])).toEqual(
      { ok: true },
    );
  });

  it('accepts either secret during a rotation and refuses any other value', () => {
    const headers = { authorization: 'Bearer old-secret' };
    expect(verifySharedSecret(PLAIN, headers, ['new-secret', 'old-secret'])).toEqual({ ok: true });
    expect(verifySharedSecret(PLAIN, headers, ['new-secret'])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    // A prefix of the secret is not the secret.
    expect(
      verifySharedSecret(PLAIN, { authorization: 'Bearer new-secre' }, ['new-secret']),
    ).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('says where to put the secret when nothing was sent, and fails closed on empty secrets', () => {
    const missing = verifySharedSecret(OWN, {}, ['s3cret-token']);
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toContain('the Secret token field');
    expect(verifySharedSecret(OWN, { 'x-gitlab-token': '' }, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verifySharedSecret(PLAIN, { authorization: 'Bearer ' }, ['x'])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
  });

  it('signs as the sender would: its own header, or a bearer token', () => {
    expect(sharedSecretHeaders(OWN, 'abc')).toEqual({ 'x-gitlab-token': 'abc' });
    expect(sharedSecretHeaders(PLAIN, 'abc')).toEqual({ authorization: 'Bearer abc' });
  });
});
