import { describe, expect, it } from 'vitest';
import { zendeskSender } from '../../../src/connectors/zendesk/index.js';
import { NOW, SECRET, STAMP, rawRequest, sign } from '../../fixtures/zendesk/request.js';

const BODY = '{"type":"zen:event-type:ticket.created"}';
const verify = (
  headers: Record<string, string | undefined>,
  { body = BODY, secrets = [SECRET], at = NOW } = {},
) => zendeskSender.verify(rawRequest(body, headers, at), secrets);
const signed = (timestamp = STAMP, body = BODY, secret = SECRET) => ({
  'x-zendesk-webhook-signature-timestamp': timestamp,
  'x-zendesk-webhook-signature': sign(timestamp, body, secret),
});

describe('Zendesk signature', () => {
  it('accepts base64 HMAC-SHA256 of the timestamp followed by the body', () => {
    expect(verify(signed())).toEqual({ ok: true });
  });

  it('signs the timestamp, so changing it breaks the signature', () => {
    const headers = {
      ...signed(),
      'x-zendesk-webhook-signature-timestamp': '2026-06-01T12:00:01Z',
    };
    expect(verify(headers)).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('does not accept a signature of the body alone', () => {
    const headers = {
      'x-zendesk-webhook-signature-timestamp': STAMP,
      'x-zendesk-webhook-signature': sign('', BODY),
    };
    expect(verify(headers)).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('accepts a timestamp within five minutes either side, and refuses one beyond', () => {
    expect(verify(signed('2026-06-01T11:55:30Z'))).toEqual({ ok: true });
    expect(verify(signed('2026-06-01T12:04:30Z'))).toEqual({ ok: true });
    const old = verify(signed('2026-06-01T11:54:00Z'));
    expect(old).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    if (!old.ok) expect(old.message).toMatch(/360 s old/);
    expect(verify(signed('2026-06-01T12:06:00Z'))).toMatchObject({ ok: false });
  });

  it('refuses a timestamp that is not ISO 8601, even correctly signed', () => {
    for (const stamp of ['1780315200', 'June 1, 2026 12:00', '2026-06-01 12:00:00']) {
      expect(verify(signed(stamp))).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    }
  });

  it('reports a missing signature or timestamp as missing', () => {
    expect(verify({})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    const noStamp = { 'x-zendesk-webhook-signature': sign(STAMP, BODY) };
    expect(verify(noStamp)).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
  });

  it('refuses another secret and a changed body', () => {
    expect(verify(signed(STAMP, BODY, 'other'))).toMatchObject({ ok: false });
    expect(verify(signed(), { body: `${BODY} ` })).toMatchObject({ ok: false });
  });

  it('accepts either secret during a rotation and fails closed with only empty ones', () => {
    expect(verify(signed(STAMP, BODY, 'old'), { secrets: [SECRET, 'old'] })).toEqual({ ok: true });
    expect(verify(signed(STAMP, BODY, ''), { secrets: [''] })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('signs as Zendesk does, with a whole-second UTC timestamp', () => {
    const headers = zendeskSender.sign(rawRequest(BODY, {}, NOW + 750), SECRET);
    expect(headers).toEqual(signed());
  });

  it('declares its replay window to the catalog', () => {
    expect(zendeskSender.auth.scheme).toBe('timestamped-hmac');
    expect(zendeskSender.replayToleranceSeconds).toBe(300);
  });
});
