import { describe, expect, it } from 'vitest';
import { parseTrello } from '../../../src/connectors/trello/parse.js';
import { fixture, fixtureBytes, request } from './fixtures.js';

describe('parseTrello', () => {
  it('reads a JSON object body', () => {
    expect(parseTrello(request(fixtureBytes('create-card')))).toEqual({
      ok: true,
      payload: fixture('create-card'),
    });
  });

  it('refuses invalid JSON without echoing the body', () => {
    const result = parseTrello(request(Buffer.from('{"action": secret-token')));
    expect(result).toEqual({ ok: false, message: 'body is not valid JSON' });
  });

  it.each(['', 'null', '[]', '[{"action":{}}]', '42', '"text"', 'true'])(
    'refuses %j, which is not one JSON object',
    (body) => {
      expect(parseTrello(request(Buffer.from(body))).ok).toBe(false);
    },
  );
});
