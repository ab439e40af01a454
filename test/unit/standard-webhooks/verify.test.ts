import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { standardWebhooksSender as sender } from '../../../src/connectors/standard-webhooks/index.js';
import type { IngestRequest } from '../../../src/connectors/types.js';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const TS = String(NOW / 1000);
const BODY = '{"type":"user.created","timestamp":"2026-06-01T12:00:00Z","data":{"id":"u1"}}';
const WHSEC = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const STRIPE_SECRET = 'whsec_stripe_endpoint_secret';

function request(headers: Record<string, string>, body = BODY, receivedAt = NOW): IngestRequest {
  return {
    method: 'POST',
    headers,
    rawBody: Buffer.from(body, 'utf8'),
    callbackUrl: 'https://relay.example/hooks/sw/c1',
    receivedAt,
  };
}

/** Independent signers, from the schemes' own definitions. */
function v1(secret: string, id: string, ts: string, body: string): string {
  const key = secret.startsWith('whsec_')
    ? Buffer.from(secret.slice(6), 'base64')
    : Buffer.from(secret, 'utf8');
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}
function stripe(secret: string, ts: string, body: string): string {
  return `t=${ts},v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
}

describe('Standard Webhooks sender: verification', () => {
  it('accepts webhook-* headers signed with a whsec_ secret, and with a raw one', () => {
    const headers = (secret: string) => ({
      'webhook-id': 'msg_1',
      'webhook-timestamp': TS,
      'webhook-signature': v1(secret, 'msg_1', TS, BODY),
    });
    expect(sender.verify(request(headers(WHSEC)), [WHSEC])).toEqual({ ok: true });
    expect(sender.verify(request(headers('plain')), ['plain'])).toEqual({ ok: true });
    expect(sender.verify(request(headers('plain')), [WHSEC])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('accepts Svix’s own svix-* header names', () => {
    const headers = {
      'svix-id': 'msg_1',
      'svix-timestamp': TS,
      'svix-signature': v1(WHSEC, 'msg_1', TS, BODY),
    };
    expect(sender.verify(request(headers), [WHSEC])).toEqual({ ok: true });
  });

  it('accepts Stripe-Signature with the endpoint secret used as typed, any v1 of several', () => {
    const good = stripe(STRIPE_SECRET, TS, BODY);
    expect(sender.verify(request({ 'stripe-signature': good }), [STRIPE_SECRET])).toEqual({
      ok: true,
    });
    const digest = good.split('v1=')[1];
    const rotated = `t=${TS},v1=${'0'.repeat(64)},v0=abc,v1=${digest}`;
    expect(sender.verify(request({ 'stripe-signature': rotated }), [STRIPE_SECRET])).toEqual({
      ok: true,
    });
  });

  it('refuses a Stripe signature over another body, or with another secret', () => {
    const headers = { 'stripe-signature': stripe(STRIPE_SECRET, TS, BODY) };
    expect(sender.verify(request(headers, `${BODY} `), [STRIPE_SECRET])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
    expect(sender.verify(request(headers), ['other'])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('refuses a Stripe signature more than five minutes old or ahead', () => {
    const old = String(NOW / 1000 - 301);
    const late = sender.verify(request({ 'stripe-signature': stripe(STRIPE_SECRET, old, BODY) }), [
      STRIPE_SECRET,
    ]);
    expect(late).toMatchObject({ code: 'SIGNATURE_INVALID' });
    if (!late.ok) expect(late.message).toMatch(/Stripe-Signature t is 301 s old/);
    const ahead = String(NOW / 1000 + 400);
    expect(
      sender.verify(request({ 'stripe-signature': stripe(STRIPE_SECRET, ahead, BODY) }), [
        STRIPE_SECRET,
      ]),
    ).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('refuses a Stripe header without t or without a v1 digest', () => {
    for (const value of [`v1=${'a'.repeat(64)}`, `t=${TS}`, `t=${TS},v0=${'a'.repeat(64)}`]) {
      expect(
        sender.verify(request({ 'stripe-signature': value }), [STRIPE_SECRET]),
        value,
      ).toMatchObject({ code: 'SIGNATURE_INVALID' });
    }
  });

  it('says which signatures it takes when none was sent, and fails closed on empty secrets', () => {
    const none = sender.verify(request({ 'webhook-id': 'msg_1' }), [WHSEC]);
    expect(none).toMatchObject({ code: 'SIGNATURE_MISSING' });
    if (!none.ok)
      expect(none.message).toMatch(/webhook-signature, svix-signature or Stripe-Signature/);
    const emptyStripe = { 'stripe-signature': stripe('', TS, BODY) };
    expect(sender.verify(request(emptyStripe), [''])).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('declares the five-minute tolerance the contract checks', () => {
    expect(sender.auth.scheme).toBe('timestamped-hmac');
    expect(sender.replayToleranceSeconds).toBe(300);
  });
});
