import { describe, expect, it } from 'vitest';
import { alertmanagerSender } from '../../../src/connectors/alertmanager/index.js';
import { request } from '../../fixtures/alertmanager/payloads.js';

const SECRET = 'am-webhook-credential';
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;
const verify = (headers: Record<string, string>, secrets = [SECRET]) =>
  alertmanagerSender.verify(request('{}', headers), secrets);

describe('Alertmanager credentials', () => {
  it('accepts http_config.authorization (Bearer) and basic_auth', () => {
    expect(verify({ authorization: `Bearer ${SECRET}` })).toEqual({ ok: true });
    expect(verify({ authorization: basic(`alertmanager:${SECRET}`) })).toEqual({ ok: true });
  });

  it('refuses another credential and reports a missing one', () => {
    expect(verify({ authorization: 'Bearer guess' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    const missing = verify({});
    expect(missing).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!missing.ok) expect(missing.message).toMatch(/http_config/);
  });

  it('accepts either secret during a rotation and fails closed on empty secrets', () => {
    expect(verify({ authorization: 'Bearer old' }, [SECRET, 'old'])).toEqual({ ok: true });
    expect(verify({ authorization: 'Bearer ' }, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('signs as http_config.authorization sends it', () => {
    expect(alertmanagerSender.sign(request('{}'), SECRET)).toEqual({
      authorization: `Bearer ${SECRET}`,
    });
  });

  it('requires a secret: Alertmanager can always send one', () => {
    expect(alertmanagerSender.secret).toBe('required');
    expect(alertmanagerSender.auth.scheme).toBe('shared-secret');
  });
});
