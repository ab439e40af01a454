import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  signStandardWebhook,
  standardWebhookKey,
  standardWebhookSignature,
  verifyStandardWebhook,
} from '../../../src/connectors/kit/standard-webhooks.js';

// The Standard Webhooks libraries' own test vector (libraries/python/tests/test_webhooks.py).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const VECTOR_TIME = 1614265330 * 1000;

const NOW = Date.parse('2026-06-01T12:00:00Z');
const SECRET = 'plain-shared-secret';

function request(headers: Record<string, string>, body: string, receivedAt = NOW) {
  return { headers, rawBody: Buffer.from(body, 'utf8'), receivedAt };
}

/** An independent signer: node:crypto with the key the spec names, not the module's own code. */
function sign(key: Buffer, id: string, ts: string, body: string): string {
  const mac = createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64');
  return `v1,${mac}`;
}

function signed(body: string, key = Buffer.from(SECRET, 'utf8'), at = NOW, id = 'msg_1') {
  const ts = String(Math.floor(at / 1000));
  return {
    'webhook-id': id,
    'webhook-timestamp': ts,
    'webhook-signature': sign(key, id, ts, body),
  };
}

describe('Standard Webhooks keys', () => {
  it('decodes the base64 after whsec_, and takes an unprefixed secret as UTF-8 bytes', () => {
    expect(standardWebhookKey(VECTOR.secret)?.toString('base64')).toBe(
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    expect(standardWebhookKey('s3cret')).toEqual(Buffer.from('s3cret', 'utf8'));
  });

  it('has no key for an empty secret, a bare prefix or a prefix followed by non-base64', () => {
    for (const secret of ['', 'whsec_', 'whsec_not base64!', 'whsec_==']) {
      expect(standardWebhookKey(secret), secret).toBeUndefined();
    }
  });
});

describe('verifyStandardWebhook', () => {
  it('accepts the libraries’ test vector, and signs it the same way', () => {
    const headers = {
      'webhook-id': VECTOR.id,
      'webhook-timestamp': VECTOR.timestamp,
      'webhook-signature': VECTOR.signature,
    };
    expect(
      verifyStandardWebhook(request(headers, VECTOR.body, VECTOR_TIME), [VECTOR.secret]),
    ).toEqual({ ok: true });
    const body = Buffer.from(VECTOR.body, 'utf8');
    expect(standardWebhookSignature(VECTOR.secret, VECTOR.id, VECTOR.timestamp, body)).toBe(
      VECTOR.signature,
    );
  });

  it('accepts an unprefixed secret used as raw bytes, and either secret of a rotation', () => {
    const body = '{"type":"a.b"}';
    expect(verifyStandardWebhook(request(signed(body), body), [SECRET])).toEqual({ ok: true });
    expect(verifyStandardWebhook(request(signed(body), body), ['new', SECRET])).toEqual({
      ok: true,
    });
  });

  it('accepts when any entry of a space-separated list matches, skipping v1a entries', () => {
    const body = '{}';
    const good = signed(body)['webhook-signature'];
    const headers = {
      ...signed(body),
      'webhook-signature': `v1a,${'A'.repeat(86)}== v1,${'B'.repeat(43)}= ${good}`,
    };
    expect(verifyStandardWebhook(request(headers, body), [SECRET])).toEqual({ ok: true });
  });

  it('refuses a wrong secret, a changed body, a changed id and a changed timestamp', () => {
    const body = '{"a":1}';
    const headers = signed(body);
    expect(verifyStandardWebhook(request(headers, body), ['other'])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verifyStandardWebhook(request(headers, '{"a":2}'), [SECRET])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
    expect(
      verifyStandardWebhook(request({ ...headers, 'webhook-id': 'msg_2' }, body), [SECRET]),
    ).toMatchObject({ code: 'SIGNATURE_INVALID' });
    const later = String(Number(headers['webhook-timestamp']) + 1);
    expect(
      verifyStandardWebhook(request({ ...headers, 'webhook-timestamp': later }, body), [SECRET]),
    ).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('refuses a timestamp more than five minutes either side of the receive time', () => {
    const body = '{}';
    const at = (offset: number) => request(signed(body, undefined, NOW + offset * 1000), body);
    expect(verifyStandardWebhook(at(-299), [SECRET])).toEqual({ ok: true });
    expect(verifyStandardWebhook(at(299), [SECRET])).toEqual({ ok: true });
    const old = verifyStandardWebhook(at(-400), [SECRET]);
    expect(old).toMatchObject({ code: 'SIGNATURE_INVALID', message: expect.stringMatching(/old/) });
    expect(verifyStandardWebhook(at(400), [SECRET])).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('names a missing signature, id or timestamp as SIGNATURE_MISSING', () => {
    const body = '{}';
    const full = signed(body);
    for (const header of ['webhook-signature', 'webhook-id', 'webhook-timestamp'] as const) {
      const { [header]: _dropped, ...rest } = full;
      const result = verifyStandardWebhook(request(rest, body), [SECRET]);
      expect(result, header).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
      if (!result.ok) expect(result.message).toContain(header);
    }
  });

  it('refuses a signature list without any v1 entry of the right length', () => {
    const body = '{}';
    for (const value of ['v1a,abc', 'v2,' + 'A'.repeat(43) + '=', 'v1,c2hvcnQ=', 'garbage']) {
      const headers = { ...signed(body), 'webhook-signature': value };
      expect(verifyStandardWebhook(request(headers, body), [SECRET]), value).toMatchObject({
        code: 'SIGNATURE_INVALID',
      });
    }
  });

  it('fails closed with no usable secret, even for a body signed with the empty key', () => {
    const body = '{}';
    const headers = signed(body, Buffer.alloc(0));
    for (const secrets of [[], [''], ['', ''], ['whsec_'], ['whsec_!!']]) {
      const result = verifyStandardWebhook(request(headers, body), secrets);
      expect(result, JSON.stringify(secrets)).toMatchObject({
        ok: false,
        code: 'SIGNATURE_INVALID',
      });
    }
  });

  it('reads the header names it is given (Svix senders use svix-*)', () => {
    const body = '{}';
    const names = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' };
    const std = signed(body);
    const headers = {
      'svix-id': std['webhook-id'],
      'svix-timestamp': std['webhook-timestamp'],
      'svix-signature': std['webhook-signature'],
    };
    expect(verifyStandardWebhook(request(headers, body), [SECRET], names)).toEqual({ ok: true });
    expect(verifyStandardWebhook(request(headers, body), [SECRET])).toMatchObject({
      code: 'SIGNATURE_MISSING',
    });
  });
});

describe('signStandardWebhook', () => {
  it('signs at the receive time with the request’s own id, verifiably', () => {
    const body = Buffer.from('{"type":"x"}', 'utf8');
    const req = {
      rawBody: body,
      callbackUrl: '',
      receivedAt: NOW,
      headers: { 'webhook-id': 'm1' },
    };
    const headers = signStandardWebhook(req, SECRET);
    expect(headers['webhook-id']).toBe('m1');
    expect(headers['webhook-timestamp']).toBe(String(NOW / 1000));
    expect(verifyStandardWebhook({ ...req, headers }, [SECRET])).toEqual({ ok: true });
  });

  it('derives a stable id from the body when the request has none', () => {
    const req = (body: string) => ({
      rawBody: Buffer.from(body),
      callbackUrl: '',
      receivedAt: NOW,
      headers: {},
    });
    const first = signStandardWebhook(req('{"a":1}'), SECRET)['webhook-id'];
    expect(first).toMatch(/^msg_[0-9a-f]{26}$/);
    expect(signStandardWebhook(req('{"a":1}'), SECRET)['webhook-id']).toBe(first);
    expect(signStandardWebhook(req('{"a":2}'), SECRET)['webhook-id']).not.toBe(first);
  });
});
