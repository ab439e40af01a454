import { describe, expect, it } from 'vitest';
import { sentrySender } from '../../../src/connectors/sentry/index.js';
import { SECRET, rawRequest, sign } from '../../fixtures/sentry/request.js';

const BODY = '{"action":"created","data":{"issue":{"id":"1"}}}';
const verify = (body: string, headers: Record<string, string>, secrets = [SECRET]) =>
  sentrySender.verify(rawRequest(body, { 'sentry-hook-resource': 'issue', ...headers }), secrets);

describe('Sentry signature', () => {
  it('accepts a hex HMAC-SHA256 of the raw body made with the Client Secret', () => {
    expect(verify(BODY, { 'sentry-hook-signature': sign(BODY) })).toEqual({ ok: true });
  });

  it('accepts the digest in upper case', () => {
    expect(verify(BODY, { 'sentry-hook-signature': sign(BODY).toUpperCase() })).toEqual({
      ok: true,
    });
  });

  it('checks the raw bytes, not a re-serialisation of the JSON', () => {
    const spaced = '{ "action": "created" }';
    const result = verify(spaced, { 'sentry-hook-signature': sign('{"action":"created"}') });
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('refuses another secret, and names the Client Secret in the message', () => {
    const result = verify(BODY, { 'sentry-hook-signature': sign(BODY, 'other') });
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    if (!result.ok) expect(result.message).toMatch(/Client Secret/);
  });

  it('refuses a base64 digest or one with a prefix: Sentry sends bare hex', () => {
    const hex = sign(BODY);
    const base64 = Buffer.from(hex, 'hex').toString('base64');
    for (const value of [base64, `sha256=${hex}`, hex.slice(0, 63)]) {
      expect(verify(BODY, { 'sentry-hook-signature': value })).toMatchObject({
        ok: false,
        code: 'SIGNATURE_INVALID',
      });
    }
  });

  it('ignores the unsigned Sentry-Hook-Timestamp', () => {
    const headers = { 'sentry-hook-signature': sign(BODY), 'sentry-hook-timestamp': '1' };
    expect(verify(BODY, headers)).toEqual({ ok: true });
  });

  it('reports a missing signature, explaining the plugin case when no resource is named', () => {
    expect(verify(BODY, {})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    const plugin = sentrySender.verify(rawRequest(BODY, {}), [SECRET]);
    expect(plugin).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!plugin.ok) expect(plugin.message).toMatch(/legacy WebHooks plugin cannot sign/);
  });

  it('accepts the older secret during a rotation and never an empty one', () => {
    const headers = { 'sentry-hook-signature': sign(BODY, 'old') };
    expect(verify(BODY, headers, [SECRET, 'old'])).toEqual({ ok: true });
    const forged = { 'sentry-hook-signature': sign(BODY, '') };
    expect(verify(BODY, forged, [''])).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('signs as Sentry does', () => {
    const headers = sentrySender.sign(rawRequest(BODY), SECRET);
    expect(headers).toEqual({ 'sentry-hook-signature': sign(BODY) });
  });

  it('is optional, so a connector for the unsigned plugin can exist', () => {
    expect(sentrySender.secret).toBe('optional');
  });
});
