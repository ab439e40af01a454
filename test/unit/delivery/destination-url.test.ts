import { describe, expect, it } from 'vitest';
import {
  checkDestination,
  classifyDestination,
  isTeamsHost,
  maskUrl,
  retiredGeneration,
} from '../../../src/delivery/destination-url.js';

const SIG = 'sig=KWy9_5AD4DFxxxxxxxxxxZeEgrAKs';
const Q = `api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&${SIG}`;
const PP = 'https://default0123456789abcdef.0c.environment.api.powerplatform.com';
const PP_URL = `${PP}:443/powerautomate/automations/direct/workflows/2550ce5f918e49fb9445d811f387ea9d/triggers/manual/paths/invoke?${Q}`;
const LOGIC_URL = `https://prod-05.switzerlandnorth.logic.azure.com:443/workflows/6f0e9271c5934e9a/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&${SIG}`;
const G1 = '3b359661-e945-4103-8cc8-2e572244d2c9';
const G2 = 'a7109315-9727-4adf-97ad-4849bb63edcb';
const G3 = '84b16ee0-4575-45d0-9876-b397b0f8c957';
const HEX = 'b3f8aa0c8fae43d49439d97c9de265a2';
const O365_V2 = `https://contoso.webhook.office.com/webhookb2/${G1}@${G2}/IncomingWebhook/${HEX}/${G3}`;
const O365_V3 = `${O365_V2}/V23ykMVedda32U93S6gp0Rkh8s9iMxQ5F5avRu8oWqZwg1`;
const O365_V1 = `https://outlook.office.com/webhook/${G1}@${G2}/IncomingWebhook/${HEX}/${G3}`;

const none = { extraHosts: [] };

describe('classifyDestination', () => {
  it.each([
    ['Power Platform with :443', PP_URL],
    ['Power Platform without port', PP_URL.replace(':443', '')],
    ['Power Platform /cu/3', PP_URL.replace('/direct/', '/direct/cu/3/')],
    ['legacy logic.azure.com', LOGIC_URL],
    ['trailing slash after invoke', PP_URL.replace('/invoke?', '/invoke/?')],
    ['other api-version', PP_URL.replace('api-version=1', 'api-version=2016-06-01')],
    ['sig first in the query', `${PP}/workflows/abc/triggers/manual/paths/invoke?${SIG}&x=1`],
    ['query over 255 chars', `${PP_URL}&pad=${'p'.repeat(300)}`],
    ['uppercase host', PP_URL.replace('environment.api', 'ENVIRONMENT.API')],
    [
      'any host (a test server)',
      `http://127.0.0.1:8080/workflows/x/triggers/manual/paths/invoke?sig=s`,
    ],
  ])('workflows: %s', (_, url) => {
    expect(classifyDestination(url)).toBe('workflows');
  });

  it.each([
    ['no sig', PP_URL.replace(`&${SIG}`, '')],
    ['empty sig', PP_URL.replace(SIG, 'sig=')],
    ['extra path after invoke', PP_URL.replace('/invoke?', '/invoke/more?')],
    ['wrong prefix', PP_URL.replace('/automations/direct/', '/automations/other/')],
    ['non-numeric cu', PP_URL.replace('/direct/', '/direct/cu/x/')],
    ['missing workflow id', `${PP}/workflows//triggers/manual/paths/invoke?${SIG}`],
  ])('not workflows: %s', (_, url) => {
    expect(classifyDestination(url)).toBe('other');
  });

  it.each([
    ['v1 outlook.office.com', O365_V1],
    ['v1 outlook.office365.com', O365_V1.replace('office.com', 'office365.com')],
    ['v2', O365_V2],
    ['v3 with /V2 segment', O365_V3],
    ['v2 with :443', O365_V2.replace('office.com/', 'office.com:443/')],
    [
      'uppercase guids and hex',
      O365_V2.replace(G1, G1.toUpperCase()).replace(HEX, HEX.toUpperCase()),
    ],
    ['government host', O365_V2.replace('webhook.office.com', 'webhook.office365.us')],
  ])('o365: %s', (_, url) => {
    expect(classifyDestination(url)).toBe('o365');
  });

  it.each([
    [
      'webhookb2 without IncomingWebhook',
      `https://x.webhook.office.com/webhookb2/${G1}@${G2}/${HEX}/${G3}`,
    ],
    ['webhookb2 with a non-guid owner', O365_V2.replace(G3, 'owner')],
    ['webhookb2 with a non-hex token', O365_V2.replace(HEX, 'xyz')],
    ['segment after owner that is not V2', `${O365_V2}/X2abc`],
    ['bare /webhook/', 'https://outlook.office.com/webhook/'],
    ['slack-ish', 'https://hooks.example.com/services/a/b/c'],
    ['not a URL', 'not a url'],
  ])('other: %s', (_, url) => {
    expect(classifyDestination(url)).toBe('other');
  });
});

describe('retiredGeneration', () => {
  it('names each retired generation', () => {
    expect(retiredGeneration(O365_V1)).toMatch(/first generation/);
    expect(retiredGeneration(O365_V1.replace('office.com', 'office365.com'))).toMatch(/2021/);
    expect(retiredGeneration(O365_V2)).toMatch(/without the \/V2 segment/);
    expect(retiredGeneration(O365_V3)).toMatch(/May 2026/);
    expect(retiredGeneration(LOGIC_URL)).toMatch(/logic\.azure\.com/);
    expect(retiredGeneration(LOGIC_URL.replace('prod-05', 'PROD-05'))).toBeDefined();
  });
  it('leaves current and unknown URLs alone', () => {
    expect(retiredGeneration(PP_URL)).toBeUndefined();
    expect(retiredGeneration(PP_URL.replace('/direct/', '/direct/cu/3/'))).toBeUndefined();
    expect(retiredGeneration('https://prod-1.westus.logic.azure.com/other/path')).toBeUndefined();
    expect(retiredGeneration('https://hooks.example.com/x')).toBeUndefined();
    expect(retiredGeneration('::')).toBeUndefined();
  });
  it('never repeats the URL in the reason', () => {
    for (const url of [O365_V1, O365_V2, O365_V3, LOGIC_URL]) {
      const reason = retiredGeneration(url)!;
      expect(reason).not.toContain(HEX);
      expect(reason).not.toContain('KWy9');
    }
  });
});

describe('isTeamsHost', () => {
  it.each([
    'contoso.webhook.office.com',
    'CONTOSO.Webhook.Office.com',
    'outlook.office.com',
    'outlook.office365.com',
    'prod-01.westus.logic.azure.com',
    'default0123.0c.environment.api.powerplatform.com',
    'contoso.webhook.office.com.',
    'prod-58.usgovtexas.logic.azure.us',
    'tenant.webhook.office365.us',
    'x.environment.api.gov.powerplatform.microsoft.us',
    'x.environment.api.high.powerplatform.microsoft.us',
  ])('accepts %s', (host) => {
    expect(isTeamsHost(host)).toBe(true);
  });
  it.each([
    'webhook.office.com',
    'logic.azure.com',
    'environment.api.powerplatform.com',
    'evilwebhook.office.com',
    'webhook.office.com.evil.example',
    'office.com',
    'x.office.com',
    'x.api.powerplatform.com',
    'example.com',
    '127.0.0.1',
    '',
  ])('refuses %s', (host) => {
    expect(isTeamsHost(host)).toBe(false);
  });
});

describe('checkDestination', () => {
  it('accepts every current and legacy Teams shape on https', () => {
    expect(checkDestination(PP_URL, none)).toEqual({ ok: true, kind: 'workflows' });
    expect(checkDestination(PP_URL.replace('/direct/', '/direct/cu/3/'), none)).toEqual({
      ok: true,
      kind: 'workflows',
    });
    expect(checkDestination(LOGIC_URL, none)).toEqual({ ok: true, kind: 'workflows' });
    expect(checkDestination(O365_V3, none)).toEqual({ ok: true, kind: 'o365' });
    expect(checkDestination(O365_V1, none)).toEqual({ ok: true, kind: 'o365' });
    expect(
      checkDestination(PP_URL.replace('https://default', 'https://DEFAULT'), none),
    ).toMatchObject({
      ok: true,
    });
    expect(checkDestination(`${PP_URL}&pad=${'p'.repeat(300)}`, none)).toMatchObject({ ok: true });
  });

  it('requires https and port 443 for Teams hosts', () => {
    expect(checkDestination(PP_URL.replace('https:', 'http:').replace(':443', ''), none)).toEqual({
      ok: false,
      reason: 'Teams hosts must be reached over https',
    });
    expect(checkDestination(PP_URL.replace(':443', ':8443'), none)).toMatchObject({ ok: false });
  });

  it('refuses other hosts unless listed, and allows http only for listed ones', () => {
    const url = 'http://relay-test.internal:8080/workflows/a/triggers/manual/paths/invoke?sig=s';
    expect(checkDestination(url, none)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a Teams host/),
    });
    expect(checkDestination(url, { extraHosts: ['relay-test.internal'] })).toEqual({
      ok: true,
      kind: 'workflows',
    });
    expect(checkDestination(url, { extraHosts: ['RELAY-TEST.internal:8080'] })).toMatchObject({
      ok: true,
    });
    expect(checkDestination(url, { extraHosts: ['relay-test.internal:9090'] })).toMatchObject({
      ok: false,
    });
    expect(
      checkDestination('https://hooks.example.com/x', { extraHosts: ['hooks.example.com:443'] }),
    ).toEqual({
      ok: true,
      kind: 'other',
    });
    expect(
      checkDestination('https://a.hooks.example.com/x', { extraHosts: ['hooks.example.com'] }),
    ).toMatchObject({
      ok: false,
    });
  });

  it.each([
    ['http://10.1.2.3/x', 'private'],
    ['http://172.16.0.1/x', 'private'],
    ['http://172.31.255.255/x', 'private'],
    ['http://192.168.1.1/x', 'private'],
    ['http://[fc00::1]/x', 'private'],
    ['http://[fd12:3456::1]/x', 'private'],
    ['http://127.0.0.1/x', 'loopback'],
    ['http://127.255.0.9/x', 'loopback'],
    ['http://2130706433/x', 'loopback'], // 127.0.0.1 as one number
    ['http://0x7f.1/x', 'loopback'],
    ['http://[::1]/x', 'loopback'],
    ['http://localhost:3000/x', 'loopback'],
    ['http://api.localhost/x', 'loopback'],
    ['http://[::ffff:127.0.0.1]/x', 'loopback'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[fe80::1]/x', 'link-local'],
    ['http://0.0.0.0/x', 'unspecified'],
    ['http://[::]/x', 'unspecified'],
  ])('refuses %s as %s', (url, category) => {
    const result = checkDestination(url, none);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toMatch(new RegExp(`^${category} address`));
  });

  it('does not treat public neighbours of private ranges as special', () => {
    for (const url of ['http://172.32.0.1/x', 'http://11.0.0.1/x', 'http://[2001:db8::1]/x']) {
      const result = checkDestination(url, none);
      expect(!result.ok && result.reason).toMatch(/not a Teams host/);
    }
  });

  it('allows a private address only when listed exactly', () => {
    const url = 'http://127.0.0.1:4010/other/a';
    expect(checkDestination(url, { extraHosts: ['127.0.0.1:4010'] })).toEqual({
      ok: true,
      kind: 'other',
    });
    expect(checkDestination(url, { extraHosts: ['127.0.0.1'] })).toMatchObject({ ok: true });
    expect(checkDestination(url, { extraHosts: ['127.0.0.2'] })).toMatchObject({ ok: false });
    expect(checkDestination(url, { extraHosts: ['localhost:4010'] })).toMatchObject({ ok: false });
    expect(checkDestination('http://[::1]:4010/x', { extraHosts: ['[::1]:4010'] })).toMatchObject({
      ok: true,
    });
    expect(checkDestination('http://[::1]:4010/x', { extraHosts: ['::1'] })).toMatchObject({
      ok: true,
    });
    expect(checkDestination('http://[::1]:4010/x', { extraHosts: ['[0:0::1]'] })).toMatchObject({
      ok: true,
    });
    expect(checkDestination('http://[::1]:4010/x', { extraHosts: ['[::1]:4011'] })).toMatchObject({
      ok: false,
    });
  });

  it('ignores malformed extraHosts entries instead of matching too much', () => {
    const url = 'http://10.0.0.5/x';
    expect(checkDestination(url, { extraHosts: ['10.0.0.5/x'] })).toMatchObject({ ok: false });
    expect(checkDestination(url, { extraHosts: ['user@10.0.0.5'] })).toMatchObject({ ok: false });
    expect(checkDestination(url, { extraHosts: [''] })).toMatchObject({ ok: false });
  });

  it.each([
    ['userinfo', PP_URL.replace('https://', 'https://user:pw@')],
    ['empty userinfo', PP_URL.replace('https://', 'https://@')],
    ['not a URL', 'contoso.webhook.office.com/webhookb2/x'],
    ['other scheme', PP_URL.replace('https:', 'ftp:')],
    ['javascript', 'javascript:alert(1)'],
    ['surrounding whitespace', ` ${PP_URL}`],
    ['newline inside', PP_URL.replace('sv=1.0', 'sv=1.0\n')],
    ['very long', `${PP_URL}&pad=${'p'.repeat(5000)}`],
  ])('refuses %s', (_, url) => {
    expect(checkDestination(url, { extraHosts: ['relay-test.internal'] })).toMatchObject({
      ok: false,
    });
  });

  it('keeps the secret parts out of reasons', () => {
    const result = checkDestination(PP_URL.replace('https:', 'http:').replace(':443', ''), none);
    expect(!result.ok && result.reason).not.toContain('KWy9');
  });
});

describe('maskUrl', () => {
  it('shows the host and the last four characters only', () => {
    expect(
      maskUrl(
        'https://prod-01.westus.logic.azure.com:443/workflows/x/triggers/manual/paths/invoke?sig=zzzza1b2',
      ),
    ).toBe('prod-01.westus.logic.azure.com/…a1b2');
    expect(maskUrl(O365_V2)).toBe(`contoso.webhook.office.com/…${G3.slice(-4)}`);
    expect(maskUrl('http://127.0.0.1:4010/other/some-long-id')).toBe('127.0.0.1:4010/…g-id');
    expect(maskUrl('HTTPS://Contoso.Webhook.Office.com/webhookb2/abcdefghijklmnop')).toBe(
      'contoso.webhook.office.com/…mnop',
    );
  });
  it('shows no tail when the secret part is short, and survives junk', () => {
    expect(maskUrl('https://hooks.example.com/abc')).toBe('hooks.example.com/…');
    expect(maskUrl('nope')).toBe('(invalid URL)');
  });
});
