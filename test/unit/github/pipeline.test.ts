import { describe, expect, it } from 'vitest';
import { githubCard } from '../../../src/cards/github.js';
import { githubProvider } from '../../../src/connectors/github/index.js';
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

    expect(githubProvider.verify(req, [SECRET])).toEqual({ ok: true });
    const parsed = githubProvider.parse(req);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = githubProvider.interpret(parsed.payload, req);
    if (result.kind !== 'event' || result.event.source !== 'github') {
      throw new Error(JSON.stringify(result));
    }
    expect(result.deliveryId).toBe('f0e1d2c3-0000-4000-8000-000000000001');
    expect(githubCard(result.event).title).toBe('[octo-org/octo-repo] 2 new commits to main');
  });
});
