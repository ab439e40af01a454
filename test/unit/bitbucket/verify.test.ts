import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bitbucketSender } from '../../../src/connectors/bitbucket/index.js';
import { bitbucketRequest } from '../../fixtures/bitbucket/request.js';

const SECRET = 'bitbucket-webhook-secret';
const BODY = '{"push":{"changes":[]}}';

/** Independently computed: what Bitbucket sends once a webhook has a secret. */
const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

const verify = (headers: Record<string, string | undefined>, secrets = [SECRET], body = BODY) =>
  bitbucketSender.verify(bitbucketRequest('repo:push', body, headers), secrets);

describe('Bitbucket signature', () => {
  it('accepts X-Hub-Signature: sha256=<hex> over the raw body, and either rotation secret', () => {
    expect(verify({ 'x-hub-signature': sign(BODY) })).toEqual({ ok: true });
    expect(verify({ 'x-hub-signature': sign(BODY, 'old') }, [SECRET, 'old'])).toEqual({ ok: true });
    expect(bitbucketSender.sign(bitbucketRequest('repo:push', BODY), SECRET)).toEqual({
      'x-hub-signature': sign(BODY),
    });
  });

  it('refuses another secret, a changed body and a re-serialised body', () => {
    expect(verify({ 'x-hub-signature': sign(BODY, 'other') })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: expect.stringMatching(/Secret in Bitbucket/),
    });
    expect(verify({ 'x-hub-signature': sign(`${BODY} `) })).toMatchObject({ ok: false });
    const spaced = '{ "push": { "changes": [] } }';
    expect(verify({ 'x-hub-signature': sign(BODY) }, [SECRET], spaced)).toMatchObject({
      ok: false,
    });
  });

  it('reports an unsigned delivery (a webhook without a secret) as SIGNATURE_MISSING', () => {
    expect(verify({})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
  });

  it('refuses GitHub’s -256 header name and malformed values', () => {
    expect(verify({ 'x-hub-signature-256': sign(BODY) })).toMatchObject({
      code: 'SIGNATURE_MISSING',
    });
    const hex = sign(BODY).slice('sha256='.length);
    for (const value of [hex, `sha1=${hex}`, `sha256=${hex.slice(1)}`]) {
      expect(verify({ 'x-hub-signature': value }), value).toMatchObject({
        code: 'SIGNATURE_INVALID',
      });
    }
  });

  it('fails closed with only empty secrets', () => {
    expect(verify({ 'x-hub-signature': sign(BODY, '') }, [''])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });
});
