import { describe, expect, it } from 'vitest';
import {
  classifyResponse,
  retryAfterMs,
  type DeliveryResponse,
} from '../../../src/delivery/classify.js';

const NOW = Date.parse('2026-11-15T12:00:00Z');

function res(
  status: number,
  body = '',
  headers: DeliveryResponse['headers'] = {},
): DeliveryResponse {
  return { status, body, headers };
}

const inner = (code: number): string =>
  `Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error ${code} with ContextId tcid=0,server=msgapi-production-eus-azsc2-4-170,cv=abc.0`;

const wfError = (code: string, message: string): string =>
  JSON.stringify({ error: { code, message } });

describe('classifyResponse: O365 (TEAMS.md responses table)', () => {
  it('delivers only on 200 with the body 1', () => {
    expect(classifyResponse('o365', res(200, '1'), NOW)).toEqual({ type: 'delivered' });
    expect(classifyResponse('o365', res(200, '1\r\n'), NOW)).toEqual({ type: 'delivered' });
  });

  it('does not count other successes as delivered', () => {
    for (const r of [
      res(200, ''),
      res(200, '0'),
      res(200, '11'),
      res(200, 'OK'),
      res(202, '1'),
      res(204),
    ]) {
      expect(classifyResponse('o365', r, NOW).type).toBe('retry');
    }
  });

  it('retries the 200-with-429 text with a 15 s pause, since it carries no Retry-After', () => {
    expect(classifyResponse('o365', res(200, inner(429)), NOW)).toEqual({
      type: 'retry',
      reason: 'Teams reported HTTP 429 inside a 200 answer (throttled)',
      retryAfterMs: 15_000,
    });
  });

  it('honours a Retry-After on the 200-with-429 text when one appears', () => {
    const outcome = classifyResponse('o365', res(200, inner(429), { 'retry-after': '40' }), NOW);
    expect(outcome).toMatchObject({ type: 'retry', retryAfterMs: 40_000 });
  });

  it('classifies the other inner codes', () => {
    expect(classifyResponse('o365', res(200, inner(413)), NOW)).toMatchObject({
      type: 'too_large',
    });
    expect(classifyResponse('o365', res(200, inner(400)), NOW)).toMatchObject({ type: 'rejected' });
    expect(classifyResponse('o365', res(200, inner(500)), NOW)).toMatchObject({ type: 'retry' });
    expect(classifyResponse('o365', res(200, inner(502)), NOW)).toMatchObject({ type: 'retry' });
    expect(classifyResponse('o365', res(200, inner(404)), NOW)).toMatchObject({ type: 'gone' });
    expect(classifyResponse('o365', res(200, inner(410)), NOW)).toMatchObject({ type: 'gone' });
  });

  it('keeps an unknown 200 text visible in a retry reason', () => {
    const outcome = classifyResponse('o365', res(200, 'Something odd happened'), NOW);
    expect(outcome).toEqual({
      type: 'retry',
      reason: 'unrecognised 200 answer: Something odd happened',
    });
    expect(classifyResponse('o365', res(200, inner(200)), NOW)).toMatchObject({
      type: 'retry',
      reason: expect.stringMatching(/^unrecognised 200 answer/),
    });
    expect(classifyResponse('o365', res(200, ''), NOW)).toMatchObject({
      reason: 'unrecognised 200 answer: (empty body)',
    });
  });

  it('dead-letters bad cards with the error text', () => {
    expect(
      classifyResponse('o365', res(400, 'Bad payload received by generic incoming webhook.'), NOW),
    ).toEqual({
      type: 'rejected',
      reason: 'HTTP 400: Bad payload received by generic incoming webhook.',
    });
    expect(classifyResponse('o365', res(400, 'Summary or Text is required.'), NOW)).toEqual({
      type: 'rejected',
      reason: 'HTTP 400: Summary or Text is required.',
    });
  });

  it('parks on 410 (connector removed) and 404', () => {
    expect(classifyResponse('o365', res(410), NOW)).toMatchObject({ type: 'gone' });
    expect(classifyResponse('o365', res(404, 'Not Found'), NOW)).toMatchObject({ type: 'gone' });
  });

  it('shrinks on a real 413', () => {
    expect(classifyResponse('o365', res(413), NOW)).toMatchObject({ type: 'too_large' });
  });
});

describe('classifyResponse: Workflows (TEAMS.md responses table)', () => {
  it('delivers on 202 empty, and on 200', () => {
    expect(classifyResponse('workflows', res(202), NOW)).toEqual({ type: 'delivered' });
    expect(classifyResponse('workflows', res(200, '{}'), NOW)).toEqual({ type: 'delivered' });
  });

  it('parks on 401/403: only a new URL can fix a refused signature', () => {
    const body = wfError(
      'DirectApiInvalidAuthorizationSignature',
      'The provided signature is not valid.',
    );
    expect(classifyResponse('workflows', res(401, body), NOW)).toEqual({
      type: 'gone',
      reason:
        'HTTP 401, the webhook URL is refused: DirectApiInvalidAuthorizationSignature: The provided signature is not valid.',
    });
    expect(classifyResponse('workflows', res(403, body), NOW)).toMatchObject({ type: 'gone' });
  });

  it('parks on 404 (unknown flow)', () => {
    const body = wfError('WorkflowNotFound', "The workflow 'x' could not be found.");
    expect(classifyResponse('workflows', res(404, body), NOW)).toMatchObject({
      type: 'gone',
      reason: expect.stringContaining('WorkflowNotFound'),
    });
  });

  it('retries 429 and 5xx with Retry-After honoured', () => {
    const body = wfError('WorkflowTriggerIsThrottled', 'Rate limit reached.');
    expect(classifyResponse('workflows', res(429, body, { 'retry-after': '7' }), NOW)).toEqual({
      type: 'retry',
      reason: 'HTTP 429: WorkflowTriggerIsThrottled: Rate limit reached.',
      retryAfterMs: 7_000,
    });
    expect(classifyResponse('workflows', res(500), NOW)).toEqual({
      type: 'retry',
      reason: 'HTTP 500',
    });
    expect(classifyResponse('workflows', res(503, '', { 'retry-after': '30' }), NOW)).toMatchObject(
      {
        type: 'retry',
        retryAfterMs: 30_000,
      },
    );
    expect(classifyResponse('workflows', res(408), NOW)).toMatchObject({ type: 'retry' });
  });

  it('dead-letters 400 and shrinks on 413', () => {
    expect(
      classifyResponse('workflows', res(400, wfError('InvalidRequestContent', 'bad')), NOW),
    ).toMatchObject({
      type: 'rejected',
    });
    expect(classifyResponse('workflows', res(413), NOW)).toMatchObject({ type: 'too_large' });
  });

  it('does not follow or accept redirects', () => {
    expect(
      classifyResponse('workflows', res(302, '', { location: 'https://x/' }), NOW),
    ).toMatchObject({
      type: 'gone',
    });
  });
});

describe('classifyResponse: other', () => {
  it('delivers on any 2xx', () => {
    for (const status of [200, 201, 202, 204, 299]) {
      expect(classifyResponse('other', res(status, 'whatever'), NOW)).toEqual({
        type: 'delivered',
      });
    }
  });
  it('applies the shared failure rules', () => {
    expect(classifyResponse('other', res(422), NOW)).toMatchObject({ type: 'rejected' });
    expect(classifyResponse('other', res(410), NOW)).toMatchObject({ type: 'gone' });
    expect(classifyResponse('other', res(504), NOW)).toMatchObject({ type: 'retry' });
    expect(classifyResponse('other', res(100), NOW)).toMatchObject({ type: 'retry' });
  });
});

describe('classifyResponse: network errors', () => {
  it('retries every kind, naming the code', () => {
    for (const kind of ['o365', 'workflows', 'other'] as const) {
      expect(classifyResponse(kind, { networkError: 'UND_ERR_CONNECT_TIMEOUT' }, NOW)).toEqual({
        type: 'retry',
        reason: 'network error UND_ERR_CONNECT_TIMEOUT',
      });
    }
  });
});

describe('reasons', () => {
  it('are one short line with URLs blanked', () => {
    const body = `line one\n\nsee https://prod-1.westus.logic.azure.com/workflows/x?sig=SECRET ${'x'.repeat(500)}`;
    const outcome = classifyResponse('workflows', res(400, body), NOW);
    const reason = outcome.type === 'rejected' ? outcome.reason : '';
    expect(reason).toMatch(/^HTTP 400: line one see \[url\] x+…$/);
    expect(reason).not.toContain('SECRET');
    expect(reason.length).toBeLessThanOrEqual(220);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, bounded to 1 s..1 h', () => {
    expect(retryAfterMs({ 'retry-after': '1' }, NOW)).toBe(1_000);
    expect(retryAfterMs({ 'retry-after': '0' }, NOW)).toBe(1_000);
    expect(retryAfterMs({ 'retry-after': '120' }, NOW)).toBe(120_000);
    expect(retryAfterMs({ 'retry-after': '86400' }, NOW)).toBe(3_600_000);
    expect(retryAfterMs({ 'retry-after': new Date(NOW + 90_000).toUTCString() }, NOW)).toBe(90_000);
    expect(retryAfterMs({ 'retry-after': new Date(NOW - 90_000).toUTCString() }, NOW)).toBe(1_000);
    expect(retryAfterMs({ 'Retry-After': ['5', '9'] }, NOW)).toBe(5_000);
  });
  it('ignores absent or unreadable values', () => {
    expect(retryAfterMs({}, NOW)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': undefined }, NOW)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': 'soon' }, NOW)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': '-5' }, NOW)).toBeUndefined();
    expect(retryAfterMs({ 'retry-after': '1.5' }, NOW)).toBeUndefined();
  });
});
