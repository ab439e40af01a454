import { describe, expect, it } from 'vitest';
import { circleciSender } from '../../../src/connectors/circleci/index.js';
import { SECRET, rawRequest, v1 } from '../../fixtures/circleci/request.js';

const verify = (body: string, signature: string | undefined, secrets = [SECRET]) =>
  circleciSender.verify(
    rawRequest(body, signature === undefined ? {} : { 'circleci-signature': signature }),
    secrets,
  );

describe('CircleCI signature', () => {
  it('accepts the test vector: secret "secret", body "hello World"', () => {
    const vector = 'v1=89de698efeb104ab3154ceea39bcd3b20fea70b2504f895fc8dcb1a0e654ea16';
    expect(verify('hello World', vector, ['secret'])).toEqual({ ok: true });
    expect(verify('hello World!', vector, ['secret'])).toMatchObject({ ok: false });
  });

  it('signs as CircleCI does', () => {
    expect(circleciSender.sign(rawRequest('hello World'), 'secret')).toEqual({
      'circleci-signature': 'v1=89de698efeb104ab3154ceea39bcd3b20fea70b2504f895fc8dcb1a0e654ea16',
    });
  });

  it('finds v1 among other versions, in any position', () => {
    const body = '{"type":"ping"}';
    expect(verify(body, `v1=${v1(body)},v2=abc`)).toEqual({ ok: true });
    expect(verify(body, `v2=abc, v1=${v1(body)}`)).toEqual({ ok: true });
  });

  it('requires v1 even when another version is offered', () => {
    const body = '{"type":"ping"}';
    const result = verify(body, `v2=${v1(body)}`);
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    if (!result.ok) expect(result.message).toMatch(/v1 is required/);
  });

  it('refuses another secret, a missing header, a bare digest and an overlong header', () => {
    const body = '{"a":1}';
    expect(verify(body, `v1=${v1(body, 'other')}`)).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(verify(body, undefined)).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    expect(verify(body, v1(body))).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(verify(body, `v1=${v1(body)},${'v9=0,'.repeat(500)}`)).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('fails closed with only empty secrets, whatever is sent', () => {
    const body = '{"a":1}';
    for (const signature of [`v1=${v1(body, '')}`, 'v2=abc', undefined]) {
      expect(verify(body, signature, [''])).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    }
  });

  it('accepts either secret during a rotation', () => {
    const body = '{"a":1}';
    expect(verify(body, `v1=${v1(body, 'old')}`, [SECRET, 'old'])).toEqual({ ok: true });
  });
});
