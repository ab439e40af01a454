import { describe, expect, it } from 'vitest';
import { gitlabSender } from '../../../src/connectors/gitlab/index.js';
import { NOW, TOKEN, gitlabRequest, signingHeaders } from '../../fixtures/gitlab/request.js';

const SIGNING = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const BODY = '{"object_kind":"push"}';

/** A request carrying only the headers given (no default token). */
function request(headers: Record<string, string | undefined>, body = BODY, receivedAt = NOW) {
  return {
    ...gitlabRequest('Push Hook', body, { 'x-gitlab-token': undefined, ...headers }),
    receivedAt,
  };
}

const verify = (headers: Record<string, string | undefined>, secrets: string[], body = BODY) =>
  gitlabSender.verify(request(headers, body), secrets);

describe('GitLab secret token', () => {
  it('accepts the secret token sent verbatim, and either secret during a rotation', () => {
    expect(verify({ 'x-gitlab-token': TOKEN }, [TOKEN])).toEqual({ ok: true });
    expect(verify({ 'x-gitlab-token': TOKEN }, ['newer', TOKEN])).toEqual({ ok: true });
  });

  it('accepts the secret in a custom Authorization header too', () => {
    expect(verify({ authorization: `Bearer ${TOKEN}` }, [TOKEN])).toEqual({ ok: true });
  });

  it('refuses a wrong token, a prefix of the token, and no token at all', () => {
    expect(verify({ 'x-gitlab-token': 'guess' }, [TOKEN])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify({ 'x-gitlab-token': TOKEN.slice(0, -1) }, [TOKEN])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
    const missing = verify({}, [TOKEN]);
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toMatch(/Secret token/);
  });

  it('fails closed when every secret is empty, even for an empty token', () => {
    expect(verify({ 'x-gitlab-token': '' }, [''])).toMatchObject({ code: 'SIGNATURE_INVALID' });
    expect(verify({ 'x-gitlab-token': 'x' }, [])).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('treats webhook-id and webhook-timestamp without a signature as a token delivery', () => {
    // GitLab sends both headers on every delivery, signed or not.
    const headers = { 'webhook-id': 'abc', 'webhook-timestamp': '1', 'x-gitlab-token': TOKEN };
    expect(verify(headers, [TOKEN])).toEqual({ ok: true });
  });
});

describe('GitLab signing token (Standard Webhooks)', () => {
  it('accepts a signature made with the signing token as the connector secret', () => {
    expect(verify(signingHeaders(BODY, SIGNING), [SIGNING])).toEqual({ ok: true });
    expect(verify(signingHeaders(BODY, SIGNING), ['older', SIGNING])).toEqual({ ok: true });
  });

  it('refuses a signature over another body or made with another token', () => {
    expect(verify(signingHeaders('{"x":1}', SIGNING), [SIGNING])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    const other = 'whsec_' + Buffer.from('another key of some length').toString('base64');
    expect(verify(signingHeaders(BODY, other), [SIGNING])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
  });

  it('refuses a signed delivery replayed more than five minutes later or earlier', () => {
    const late = gitlabSender.verify(request(signingHeaders(BODY, SIGNING), BODY, NOW + 301_000), [
      SIGNING,
    ]);
    expect(late).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    if (!late.ok) expect(late.message).toMatch(/webhook-timestamp is 301 s old/);
    const early = gitlabSender.verify(request(signingHeaders(BODY, SIGNING), BODY, NOW - 400_000), [
      SIGNING,
    ]);
    expect(early).toMatchObject({ code: 'SIGNATURE_INVALID' });
    const fresh = gitlabSender.verify(request(signingHeaders(BODY, SIGNING), BODY, NOW + 290_000), [
      SIGNING,
    ]);
    expect(fresh).toEqual({ ok: true });
  });

  it('while moving between tokens, falls back to a matching secret token when the signature fails', () => {
    // The hook signs with a signing token the connector does not hold yet.
    const headers = { ...signingHeaders(BODY, SIGNING), 'x-gitlab-token': TOKEN };
    expect(verify(headers, [TOKEN])).toEqual({ ok: true });
    expect(verify({ ...headers, 'x-gitlab-token': 'wrong' }, [TOKEN])).toMatchObject({
      code: 'SIGNATURE_INVALID',
      message: expect.stringMatching(/webhook-signature/),
    });
  });

  it('never lets a secret token rescue a stale signed delivery', () => {
    const headers = { ...signingHeaders(BODY, SIGNING), 'x-gitlab-token': TOKEN };
    const replay = gitlabSender.verify(request(headers, BODY, NOW + 600_000), [TOKEN, SIGNING]);
    expect(replay).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('refuses a signing token secret whose base64 is unusable, and empty secrets', () => {
    expect(verify(signingHeaders(BODY, SIGNING), ['whsec_'])).toMatchObject({
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(signingHeaders(BODY, ''), [''])).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it('signs the relay’s own test requests with the secret token', () => {
    const signed = gitlabSender.sign(request({}), TOKEN);
    expect(signed).toEqual({ 'x-gitlab-token': TOKEN });
  });
});
