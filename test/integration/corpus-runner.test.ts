import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cardProblem } from '../../scripts/corpus/card-check.js';
import { EXIT, main } from '../../scripts/corpus/main.js';
import { subjectOf } from '../../scripts/corpus/subjects.js';
import type { PayloadFile } from '../../scripts/corpus/folders.js';
import type { ReceivedPost } from '../support/fake-teams.js';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** Runs `npm run corpus -- <args>` in-process: its own redis-server, relay and fake Teams. */
async function runCorpus(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { write: (t) => void out.push(t) },
    { write: (t) => void err.push(t) },
  );
  return { code, out: out.join(''), err: err.join('') };
}

const failuresOf = (out: string) =>
  out
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.trim());

describe('npm run corpus', () => {
  const temp = mkdtempSync(join(tmpdir(), 'corpus-runner-test-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('counts per type the payloads that became valid cards naming their subject, and lists each failure with its reason', async () => {
    const { code, out } = await runCorpus(CORPUS);
    expect(out).toMatch(/^github {2}2\/3 valid cards naming their subject \(1 handshake\)$/m);
    expect(out).toMatch(/^trello {2}2\/2 valid cards naming their subject$/m);
    expect(out).toMatch(/^nosuch {2}0\/1 no such connector type 'nosuch'$/m);
    expect(failuresOf(out)).toEqual([
      expect.stringMatching(
        /^github\/push-broken\.json: answered 400 MALFORMED_PAYLOAD: push payload .*ref/,
      ),
      "nosuch/event.json: no such connector type 'nosuch'",
    ]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('total 4/6');
    expect(code).toBe(EXIT.failed);
  });

  it('exits 0 when every payload is correct', async () => {
    const dir = join(temp, 'good');
    cpSync(join(CORPUS, 'trello'), join(dir, 'trello'), { recursive: true });
    cpSync(join(CORPUS, 'github', 'ping.json'), join(dir, 'github', 'ping.json'));
    const { code, out } = await runCorpus(dir);
    expect(out).not.toContain('failures:');
    expect(out).toMatch(/^github {2}1\/1 valid cards naming their subject \(1 handshake\)$/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('total 3/3');
    expect(code).toBe(EXIT.ok);
  });

  it('refuses a missing directory before starting anything', async () => {
    const none = await runCorpus();
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toContain('usage: npm run corpus -- <dir>');
    const missing = await runCorpus(join(temp, 'nope'));
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain('not a directory');
  });
});

describe('the card check', () => {
  const file = (json: unknown): PayloadFile => ({
    folder: 'github',
    name: 'x.json',
    stem: 'x',
    bytes: Buffer.from(JSON.stringify(json)),
    json,
  });
  const post = (body: object[]): ReceivedPost => {
    const envelope = {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            type: 'AdaptiveCard',
            version: '1.4',
            msteams: { width: 'Full' },
            body,
          },
        },
      ],
    };
    const raw = JSON.stringify(envelope);
    return {
      kind: 'workflows',
      id: 'x',
      body: envelope,
      raw,
      headers: {},
      at: 0,
      status: 202,
      landed: true,
    };
  };
  const subject = subjectOf('github', file({ repository: { full_name: 'acme/widgets' } }));

  it('passes a card whose text names the subject, markdown escapes and all', () => {
    const text = '[[acme/widgets] Issue \\_7\\_](https://github.com/acme/widgets/issues/7)';
    expect(cardProblem(post([{ type: 'TextBlock', text, wrap: true }]), subject)).toBeUndefined();
  });

  it('fails a card that names its subject only in a link target', () => {
    const text = '[Issue 7](https://github.com/acme/widgets/issues/7)';
    expect(cardProblem(post([{ type: 'TextBlock', text, wrap: true }]), subject)).toBe(
      'the card does not name its subject "acme/widgets" (repository.full_name)',
    );
  });

  it('fails a card Teams would not parse as Adaptive 1.4, and a payload with no subject', () => {
    expect(cardProblem(post([{ type: 'Table', rows: [] }]), subject)).toMatch(
      /^not a valid Adaptive Card 1\.4: /,
    );
    expect(subjectOf('github', file({ sender: { login: 'ada' } }))).toEqual({
      ok: false,
      reason:
        'none of the subject paths is in the payload: repository.full_name, organization.login',
    });
  });
});
