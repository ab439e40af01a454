import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { grafanaSender } from '../../../src/connectors/grafana/index.js';
import { NOW, request } from '../../fixtures/grafana/payloads.js';

const SECRET = 'grafana-hmac-secret';
const BODY = '{"status":"firing","alerts":[]}';
const hex = (message: string, secret = SECRET) =>
  createHmac('sha256', secret).update(message).digest('hex');
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;
const verify = (headers: Record<string, string>, receivedAt = NOW, body = BODY) =>
  grafanaSender.verify(request(body, headers, receivedAt), [SECRET]);

const SIG = 'x-grafana-alerting-signature';
const TS = 'x-grafana-alerting-signature-timestamp';
const nowSeconds = String(NOW / 1000);

describe('Grafana HMAC signature', () => {
  it('accepts lower-case hex HMAC-SHA256 of the body', () => {
    expect(verify({ [SIG]: hex(BODY) })).toEqual({ ok: true });
  });

  it('accepts HMAC of "<timestamp>:<body>" with a fresh timestamp header', () => {
    expect(verify({ [SIG]: hex(`${nowSeconds}:${BODY}`), [TS]: nowSeconds })).toEqual({
      ok: true,
    });
    const fourMinutesLater = NOW + 240_000;
    expect(
      verify({ [SIG]: hex(`${nowSeconds}:${BODY}`), [TS]: nowSeconds }, fourMinutesLater),
    ).toEqual({ ok: true });
  });

  it('refuses a timestamped signature older or newer than 300 s', () => {
    const old = String(NOW / 1000 - 301);
    const ahead = String(NOW / 1000 + 400);
    expect(verify({ [SIG]: hex(`${old}:${BODY}`), [TS]: old })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ [SIG]: hex(`${ahead}:${BODY}`), [TS]: ahead })).toMatchObject({ ok: false });
  });

  it('refuses a timestamp that is not the one signed, and a body-only signature with a timestamp', () => {
    const other = String(NOW / 1000 - 10);
    expect(verify({ [SIG]: hex(`${nowSeconds}:${BODY}`), [TS]: other })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ [SIG]: hex(BODY), [TS]: nowSeconds })).toMatchObject({ ok: false });
  });

  it('refuses another secret, a changed body and a signature that is not hex', () => {
    expect(verify({ [SIG]: hex(BODY, 'other') })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ [SIG]: hex(BODY) }, NOW, `${BODY} `)).toMatchObject({ ok: false });
    expect(verify({ [SIG]: 'not-a-signature' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('decides by the signature alone when one is sent, whatever Authorization says', () => {
    expect(verify({ [SIG]: hex(BODY, 'other'), authorization: `Bearer ${SECRET}` })).toMatchObject({
      ok: false,
    });
  });

  it('checks either secret during a rotation and never an empty one', () => {
    const req = request(BODY, { [SIG]: hex(BODY, 'old') });
    expect(grafanaSender.verify(req, [SECRET, 'old'])).toEqual({ ok: true });
    const empty = request(BODY, { [SIG]: hex(BODY, '') });
    expect(grafanaSender.verify(empty, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('signs as Grafana does without a timestamp header', () => {
    const headers = grafanaSender.sign(request(BODY), SECRET);
    expect(headers).toEqual({ [SIG]: hex(BODY) });
  });
});

describe('Grafana Basic and Authorization credentials', () => {
  it('accepts the secret as a Basic auth password or Bearer credentials', () => {
    expect(verify({ authorization: basic(`grafana:${SECRET}`) })).toEqual({ ok: true });
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
  });

  it('refuses another password, and says what is missing when nothing is sent', () => {
    expect(verify({ authorization: basic('grafana:guess') })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    const missing = verify({});
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toMatch(/HMAC/);
  });
});
