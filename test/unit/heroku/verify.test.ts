import { describe, expect, it } from 'vitest';
import { herokuSender } from '../../../src/connectors/heroku/index.js';
import { SECRET, rawRequest, sign } from '../../fixtures/heroku/payloads.js';

const BODY = '{"action":"update","data":{}}';
const verify = (body: string, signature: string | undefined, secrets = [SECRET]) =>
  herokuSender.verify(
    rawRequest(body, signature === undefined ? {} : { 'heroku-webhook-hmac-sha256': signature }),
    secrets,
  );

describe('Heroku signature', () => {
  it('accepts a base64 HMAC-SHA256 of the raw body', () => {
    expect(verify(BODY, sign(BODY))).toEqual({ ok: true });
  });

  it('refuses a hex digest, another secret, a changed body and a missing header', () => {
    const hex = Buffer.from(sign(BODY), 'base64').toString('hex');
    expect(verify(BODY, hex)).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(verify(BODY, sign(BODY, 'other'))).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(`${BODY}\n`, sign(BODY))).toMatchObject({ ok: false });
    expect(verify(BODY, undefined)).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
  });

  it('is not satisfied by the optional Authorization header alone', () => {
    const req = rawRequest(BODY, { authorization: `Bearer ${SECRET}` });
    expect(herokuSender.verify(req, [SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
  });

  it('accepts either secret during a rotation, never an empty one', () => {
    expect(verify(BODY, sign(BODY, 'old'), [SECRET, 'old'])).toEqual({ ok: true });
    expect(verify(BODY, sign(BODY, ''), [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('signs as Heroku does', () => {
    expect(herokuSender.sign(rawRequest(BODY), SECRET)).toEqual({
      'heroku-webhook-hmac-sha256': sign(BODY),
    });
  });
});
