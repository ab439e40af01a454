import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyTrello } from '../../../src/connectors/trello/verify.js';
import { CALLBACK_URL, fixtureBytes } from './fixtures.js';

const SECRET = 'app-secret';

/** Signs the way Trello's documentation describes: over body text followed by the URL. */
function sign(body: Buffer, callbackUrl: string, secret = SECRET): string {
  return createHmac('sha1', secret)
    .update(body.toString('utf8') + callbackUrl)
    .digest('base64');
}

function req(body: Buffer, signature: string | undefined, callbackUrl = CALLBACK_URL) {
  return {
    method: 'POST',
    headers: { 'x-trello-webhook': signature },
    rawBody: body,
    callbackUrl,
    receivedAt: Date.now(),
  };
}

describe('verifyTrello', () => {
  const body = fixtureBytes('move-card');

  it('matches an independently computed signature (openssl dgst -sha1 -hmac)', () => {
    const raw = Buffer.from('{"action":{"id":"1","type":"createCard"}}');
    expect(verifyTrello(req(raw, 'jZY5CBu5U8ZV9FYouqnp37rMN6Y='), [SECRET])).toEqual({ ok: true });
  });

  it('accepts a signature over the raw body and the callback URL', () => {
    expect(verifyTrello(req(body, sign(body, CALLBACK_URL)), [SECRET])).toEqual({ ok: true });
  });

  it('signs the UTF-8 bytes of bodies with non-ASCII text', () => {
    const raw = Buffer.from(
      '{"action":{"id":"1","type":"createCard","data":{"board":{"name":"Pendências"}}}}',
    );
    expect(verifyTrello(req(raw, sign(raw, CALLBACK_URL)), [SECRET]).ok).toBe(true);
  });

  it('reports a missing or blank header as SIGNATURE_MISSING', () => {
    expect(verifyTrello(req(body, undefined), [SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
    expect(verifyTrello(req(body, '  '), [SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
  });

  it('rejects a signature made with another secret', () => {
    const result = verifyTrello(req(body, sign(body, CALLBACK_URL, 'other')), [SECRET]);
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('rejects a body changed after signing', () => {
    const tampered = Buffer.from(body.toString('utf8').replace('Done', 'Gone'));
    const result = verifyTrello(req(tampered, sign(body, CALLBACK_URL)), [SECRET]);
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it.each([
    ['a trailing slash', `${CALLBACK_URL}/`],
    ['http instead of https', CALLBACK_URL.replace('https:', 'http:')],
    ['an explicit port', CALLBACK_URL.replace('example.com', 'example.com:443')],
    ['a query string', `${CALLBACK_URL}?x=1`],
  ])('rejects a callback URL differing by %s', (_label, registered) => {
    const signature = sign(body, registered);
    expect(verifyTrello(req(body, signature), [SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    // The same signature is good when the relay knows the URL as registered.
    expect(verifyTrello(req(body, signature, registered), [SECRET])).toEqual({ ok: true });
  });

  it('accepts any of several secrets during a rotation', () => {
    const signature = sign(body, CALLBACK_URL, 'new-secret');
    expect(verifyTrello(req(body, signature), [SECRET, 'new-secret'])).toEqual({ ok: true });
    expect(verifyTrello(req(body, signature), ['new-secret', SECRET])).toEqual({ ok: true });
    expect(verifyTrello(req(body, signature), [SECRET]).ok).toBe(false);
  });

  it('rejects garbage of any length without throwing', () => {
    for (const junk of ['x', 'not base64 at all!', 'A'.repeat(500)]) {
      expect(verifyTrello(req(body, junk), [SECRET])).toMatchObject({ code: 'SIGNATURE_INVALID' });
    }
  });

  it('rejects everything when given no secret', () => {
    expect(verifyTrello(req(body, sign(body, CALLBACK_URL)), []).ok).toBe(false);
  });

  it('fails closed when every secret is empty, since anyone can sign with an empty key', () => {
    const signedWithEmptyKey = sign(body, CALLBACK_URL, '');
    for (const secrets of [[''], ['', '']]) {
      expect(verifyTrello(req(body, signedWithEmptyKey), secrets)).toEqual({
        ok: false,
        code: 'SIGNATURE_INVALID',
        message: 'the connector has no non-empty secret to check X-Trello-Webhook against',
      });
      expect(verifyTrello(req(body, undefined), secrets)).toMatchObject({
        code: 'SIGNATURE_INVALID',
      });
    }
  });

  it('skips an empty secret among real ones', () => {
    const signedWithEmptyKey = sign(body, CALLBACK_URL, '');
    expect(verifyTrello(req(body, signedWithEmptyKey), ['', SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verifyTrello(req(body, sign(body, CALLBACK_URL)), ['', SECRET])).toEqual({ ok: true });
  });
});
