import { describe, expect, it } from 'vitest';
import { pagerDutySender } from '../../../src/connectors/pagerduty/index.js';
import { SECRET, pdRequest, signature } from '../../fixtures/pagerduty/payloads.js';

const body = '{"event":{"id":"01X","event_type":"incident.triggered"}}';
const verify = (header: string | undefined, secrets: readonly string[] = [SECRET], raw = body) =>
  pagerDutySender.verify(pdRequest(raw, { 'x-pagerduty-signature': header }), secrets);

describe('PagerDuty signature', () => {
  it('accepts v1=<hex HMAC-SHA256 of the raw body>', () => {
    expect(verify(signature(body))).toEqual({ ok: true });
  });

  it('accepts a vector computed with openssl', () => {
    // printf '%s' '{"event":{"event_type":"pagey.ping"}}' | openssl dgst -sha256 -hmac whsec-vector
    const raw = '{"event":{"event_type":"pagey.ping"}}';
    const vector = 'v1=8d62f175e92bb7e62377ab7df0330251965b3c93ad585bddd533ccf30c428874';
    expect(verify(vector, ['whsec-vector'], raw)).toEqual({ ok: true });
    expect(verify(vector, ['whsec-other'], raw)).toMatchObject({ ok: false });
  });

  it('accepts any of several signatures, as PagerDuty sends during a key rotation', () => {
    const other = signature(body, 'retired-secret');
    expect(verify(`${other},${signature(body)}`)).toEqual({ ok: true });
    expect(verify(`${signature(body)}, ${other}`)).toEqual({ ok: true });
    // The documented layout: one signature per line after the header name.
    expect(verify(`\n${other},\n${signature(body)}`)).toEqual({ ok: true });
  });

  it('accepts a signature made with any configured secret', () => {
    const header = signature(body, 'next-secret');
    expect(verify(header, [SECRET, 'next-secret'])).toEqual({ ok: true });
    expect(verify(header, [SECRET])).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('skips signatures of other versions', () => {
    const digest = signature(body).slice(3);
    expect(verify(`v2=${digest}`)).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(verify(`v2=${digest},v1=${digest}`)).toEqual({ ok: true });
  });

  it('refuses a body changed after signing, and a re-serialised one', () => {
    expect(verify(signature(body), [SECRET], `${body} `)).toMatchObject({ ok: false });
    const spaced = '{ "event": {"id": "01X", "event_type": "incident.triggered"} }';
    expect(verify(signature(body), [SECRET], spaced)).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('reports a missing or blank header as SIGNATURE_MISSING', () => {
    expect(verify(undefined)).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    expect(verify(' , ')).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
  });

  it('refuses values that are not hex digests of the right length', () => {
    expect(verify('v1=abc')).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(verify(signature(body).replace('v1=', 'sha256='))).toMatchObject({ ok: false });
  });

  it('fails closed without a non-empty secret, even for a body signed with the empty key', () => {
    expect(verify(signature(body, ''), [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(signature(body), [])).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('checks at most 8 signatures of a header', () => {
    const wrong = Array.from({ length: 8 }, (_, i) => signature(body, `old-${i}`));
    expect(verify([...wrong, signature(body)].join(','))).toMatchObject({ ok: false });
    expect(verify([...wrong.slice(1), signature(body)].join(','))).toEqual({ ok: true });
  });

  it('signs as PagerDuty does', () => {
    const headers = pagerDutySender.sign(pdRequest(body), SECRET);
    expect(headers).toEqual({ 'x-pagerduty-signature': signature(body) });
  });
});
