import { describe, expect, it } from 'vitest';
import { githubSender } from '../../../src/connectors/github/index.js';
import { SECRET, rawRequest, sign } from '../../fixtures/github/request.js';

const verify = (body: string, headers: Record<string, string>, secrets = [SECRET]) =>
  githubSender.verify(rawRequest(body, headers), secrets);

describe('GitHub signature', () => {
  it("accepts GitHub's documented test vector", () => {
    const result = verify(
      'Hello, World!',
      {
        'x-hub-signature-256':
          'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
      },
      ["It's a Secret to Everybody"],
    );
    expect(result).toEqual({ ok: true });
  });

  it('rejects a signature made with another secret', () => {
    const body = '{"zen":"x"}';
    const result = verify(body, { 'x-hub-signature-256': sign(body, 'someone-else') });
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('rejects a body changed after signing', () => {
    const result = verify('{"zen":"y"}', { 'x-hub-signature-256': sign('{"zen":"x"}') });
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('checks the raw bytes, not a re-serialisation of the JSON', () => {
    const sent = '{ "zen" : "x" }';
    const result = verify(sent, { 'x-hub-signature-256': sign(JSON.stringify({ zen: 'x' })) });
    expect(result.ok).toBe(false);
  });

  it('reports a missing header as SIGNATURE_MISSING', () => {
    expect(verify('{}', {})).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    expect(verify('{}', { 'x-hub-signature-256': '  ' })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
  });

  it('does not accept the legacy sha1 header alone', () => {
    const result = verify('{}', {
      'x-hub-signature': 'sha1=7d38cdd689735b008b3c702edd92eea23791c5f6',
    });
    expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_MISSING' });
    if (!result.ok) expect(result.message).toMatch(/legacy sha1/);
  });

  it('accepts a delivery signed with the second secret during a rotation', () => {
    const body = '{"action":"opened"}';
    const result = verify(body, { 'x-hub-signature-256': sign(body, 'new-secret') }, [
      'old-secret',
      'new-secret',
    ]);
    expect(result).toEqual({ ok: true });
  });

  it('rejects when no secret is configured at all', () => {
    const body = '{}';
    expect(verify(body, { 'x-hub-signature-256': sign(body) }, [])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('never accepts a signature made with an empty secret', () => {
    const body = '{"a":1}';
    const forged = { 'x-hub-signature-256': sign(body, '') };
    expect(verify(body, forged, [''])).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
    expect(verify(body, forged, ['', SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('skips an empty secret and still checks the others', () => {
    const body = '{"a":1}';
    expect(verify(body, { 'x-hub-signature-256': sign(body) }, ['', SECRET])).toEqual({ ok: true });
  });

  it('fails closed when every configured secret is empty, whatever was sent', () => {
    const body = '{"a":1}';
    const sent: Record<string, string>[] = [{}, { 'x-hub-signature-256': sign(body, '') }];
    for (const headers of sent) {
      const result = verify(body, headers, ['', '']);
      expect(result).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
      if (!result.ok) expect(result.message).toMatch(/no non-empty secret/);
    }
  });

  it.each([
    ['a sha1 prefix on the sha256 header', (hex: string) => `sha1=${hex}`],
    ['no prefix', (hex: string) => hex],
    ['a truncated digest', (hex: string) => `sha256=${hex.slice(0, 63)}`],
    ['a non-hex digest', (hex: string) => `sha256=${hex.slice(0, 63)}g`],
    ['two signatures joined', (hex: string) => `sha256=${hex}, sha256=${hex}`],
  ])('rejects %s as SIGNATURE_INVALID', (_name, shape) => {
    const body = '{"a":1}';
    const hex = sign(body).slice('sha256='.length);
    expect(verify(body, { 'x-hub-signature-256': shape(hex) })).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('accepts an upper-case hex digest for the right secret', () => {
    const body = '{"a":1}';
    const upper = `sha256=${sign(body).slice('sha256='.length).toUpperCase()}`;
    expect(verify(body, { 'x-hub-signature-256': upper })).toEqual({ ok: true });
  });
});
