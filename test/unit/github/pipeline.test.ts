import { describe, expect, it } from 'vitest';
import { githubSender } from '../../../src/connectors/github/index.js';
import { pushPayload } from '../../fixtures/github/payloads.js';
import { SECRET, rawRequest, sign } from '../../fixtures/github/request.js';

describe('GitHub delivery end to end', () => {
  it('verifies, parses and interprets a form-encoded push signed over the form bytes', () => {
    const body = `payload=${encodeURIComponent(JSON.stringify(pushPayload({}, 2)))}`;
    const req = rawRequest(body, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-github-event': 'push',
      'x-github-delivery': 'f0e1d2c3-0000-4000-8000-000000000001',
      'x-hub-signature-256': sign(body),
    });

    expect(githubSender.verify(req, [SECRET])).toEqual({ ok: true });
    const parsed = githubSender.parse(req);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = githubSender.interpret(parsed.payload, req);
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.deliveryId).toBe('f0e1d2c3-0000-4000-8000-000000000001');
    expect(result.event.card.title).toBe('[octo-org/octo-repo] 2 new commits to main');
    expect(result.event.digest).toEqual({
      source: 'GitHub',
      event: 'push',
      title: '[octo-org/octo-repo] 2 new commits to main',
      url: result.event.card.titleUrl,
    });
  });
});
