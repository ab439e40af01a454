import { describe, expect, it } from 'vitest';
import { githubSender } from '../../../src/connectors/github/index.js';
import { rawRequest } from '../../fixtures/github/request.js';

const parse = (body: string, contentType?: string) =>
  githubSender.parse(rawRequest(body, { 'content-type': contentType }));

const form = (json: string) => `payload=${encodeURIComponent(json)}`;

describe('GitHub body parsing', () => {
  it('reads a JSON body', () => {
    expect(parse('{"action":"opened","number":2}', 'application/json')).toEqual({
      ok: true,
      payload: { action: 'opened', number: 2 },
    });
  });

  it('reads a JSON body whose content type carries a charset', () => {
    expect(parse('{"a":1}', 'application/json; charset=utf-8')).toEqual({
      ok: true,
      payload: { a: 1 },
    });
  });

  it('reads a form body (payload=<urlencoded JSON>)', () => {
    const result = parse(
      form('{"ref":"refs/heads/main","n":"a+b & c"}'),
      'application/x-www-form-urlencoded',
    );
    expect(result).toEqual({ ok: true, payload: { ref: 'refs/heads/main', n: 'a+b & c' } });
  });

  it('decodes "+" in a form body as a space', () => {
    expect(parse('payload={"zen":"keep+it+simple"}', 'application/x-www-form-urlencoded')).toEqual({
      ok: true,
      payload: { zen: 'keep it simple' },
    });
  });

  it('sniffs a form body when the content type is absent', () => {
    expect(parse(form('{"a":1}'))).toEqual({ ok: true, payload: { a: 1 } });
  });

  it('reads JSON when the content type is absent', () => {
    expect(parse('{"a":1}')).toEqual({ ok: true, payload: { a: 1 } });
  });

  it('does not treat a declared JSON body as a form', () => {
    const result = parse(form('{"a":1}'), 'application/json');
    expect(result).toMatchObject({ ok: false, message: 'body is not valid JSON' });
  });

  it('reports a form body without a payload field', () => {
    expect(parse('other=1', 'application/x-www-form-urlencoded')).toEqual({
      ok: false,
      message: 'form body has no payload field',
    });
  });

  it.each([
    ['garbage', 'not json at all', 'body is not valid JSON'],
    ['an empty body', '', 'body is not valid JSON'],
    ['truncated JSON', '{"action":', 'body is not valid JSON'],
    ['a JSON array', '[1,2]', 'body is not a JSON object'],
    ['JSON null', 'null', 'body is not a JSON object'],
    ['a JSON string', '"push"', 'body is not a JSON object'],
  ])('refuses %s without throwing', (_name, body, message) => {
    expect(parse(body, 'application/json')).toEqual({ ok: false, message });
  });

  it('refuses a form payload that is not JSON', () => {
    expect(parse('payload=%7Bnope', 'application/x-www-form-urlencoded')).toEqual({
      ok: false,
      message: 'body is not valid JSON',
    });
  });
});
