import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  classifyResponse,
  type DeliveryResponse,
  type DeliveryResult,
} from '../../src/delivery/classify.js';
import { createDeliveryClient, type DeliveryClient } from '../../src/delivery/client.js';
import { startFakeTeams, TEAMS_MAX_BODY_BYTES, type FakeTeams } from '../support/fake-teams.js';

const card = (text = 'hello', version = '1.4'): string =>
  JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: { type: 'AdaptiveCard', version, body: [{ type: 'TextBlock', text }] },
      },
    ],
  });
const messageCard = JSON.stringify({ '@type': 'MessageCard', summary: 'hi', text: 'hello' });

let fake: FakeTeams;
let client: DeliveryClient;
let seq = 0;
const nextId = (): string => `dest-${++seq}`;

function response(result: DeliveryResult): DeliveryResponse {
  if ('networkError' in result) throw new Error(`expected a response, got ${result.networkError}`);
  return result;
}

function networkError(result: DeliveryResult): string {
  if (!('networkError' in result))
    throw new Error(`expected a network error, got HTTP ${result.status}`);
  return result.networkError;
}

beforeAll(async () => {
  fake = await startFakeTeams();
  client = createDeliveryClient({ timeoutMs: 2_000, userAgent: 'relay-test' });
});

afterAll(async () => {
  await client.close();
  await fake.close();
});

describe('delivery client against the fake Teams', () => {
  it('posts an Adaptive envelope to Workflows and gets 202', async () => {
    const id = nextId();
    const result = response(await client.post(fake.workflowsUrl(id), card('hi')));
    expect(result.status).toBe(202);
    expect(result.body).toBe('');
    expect(classifyResponse('workflows', result, Date.now())).toEqual({ type: 'delivered' });
    const [post] = fake.posts(id);
    expect(post).toMatchObject({ kind: 'workflows', landed: true, status: 202 });
    expect(post!.headers['content-type']).toBe('application/json');
    expect(post!.headers['user-agent']).toBe('relay-test');
    expect((post!.body as { attachments: unknown[] }).attachments).toHaveLength(1);
  });

  it('posts a MessageCard to O365 and gets 200 1', async () => {
    const id = nextId();
    const result = response(await client.post(fake.o365Url(id), messageCard));
    expect(result).toMatchObject({ status: 200, body: '1' });
    expect(classifyResponse('o365', result, Date.now())).toEqual({ type: 'delivered' });
    expect(fake.posts(id)).toHaveLength(1);
  });

  it('returns a scripted 429 with its Retry-After', async () => {
    const id = nextId();
    fake.script(id, [{ status: 429, headers: { 'retry-after': '1' }, body: '{"error":{}}' }]);
    const result = response(await client.post(fake.workflowsUrl(id), card()));
    expect(result.status).toBe(429);
    expect(result.headers['retry-after']).toBe('1');
    expect(classifyResponse('workflows', result, Date.now())).toMatchObject({
      type: 'retry',
      retryAfterMs: 1_000,
    });
    // the script is used up: the next post is answered normally
    expect(response(await client.post(fake.workflowsUrl(id), card())).status).toBe(202);
  });

  it('returns the O365 200-with-429 text, which classifies as a retry', async () => {
    const id = nextId();
    fake.script(id, [
      {
        status: 200,
        body: 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=x,cv=y',
      },
    ]);
    const result = response(await client.post(fake.o365Url(id), messageCard));
    expect(classifyResponse('o365', result, Date.now())).toMatchObject({
      type: 'retry',
      retryAfterMs: 15_000,
    });
  });

  it('turns a destroyed socket into a network error code, without the URL', async () => {
    const id = nextId();
    fake.script(id, [{ destroy: true }]);
    const url = fake.workflowsUrl(id);
    const code = networkError(await client.post(url, card()));
    expect(['UND_ERR_SOCKET', 'ECONNRESET']).toContain(code);
    expect(fake.posts(id)).toHaveLength(1);
  });

  it('times out on a slow server with a short timeout', async () => {
    const id = nextId();
    fake.script(id, [{ delayMs: 2_000 }]);
    const quick = createDeliveryClient({ timeoutMs: 100 });
    try {
      const started = Date.now();
      const code = networkError(await quick.post(fake.workflowsUrl(id), card()));
      expect(code).toBe('UND_ERR_HEADERS_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(1_500); // undici's timers tick every ~0.5 s
      // The slow answer still lands: this is how a retry after a timeout posts twice.
      await vi.waitFor(
        () => expect(fake.posts(id)[0]).toMatchObject({ landed: true, status: 202 }),
        {
          timeout: 3_000,
        },
      );
    } finally {
      await quick.close();
    }
  });

  it('reads at most 64 KB of a big body and stays usable', async () => {
    const id = nextId();
    fake.script(id, [{ status: 500, body: 'x'.repeat(2_000_000) }]);
    const result = response(await client.post(fake.otherUrl(id), '{}'));
    expect(result.status).toBe(500);
    expect(result.body).toHaveLength(64 * 1024);
    expect(response(await client.post(fake.otherUrl(id), '{}')).status).toBe(200);
  });

  it('cancels the rest of a body that never ends once 64 KB are read', async () => {
    const endless = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('y'.repeat(100_000)); // and never end
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const { port } = endless.address() as AddressInfo;
    const patient = createDeliveryClient({ timeoutMs: 5_000 });
    try {
      const started = Date.now();
      const result = response(await patient.post(`http://127.0.0.1:${port}/x`, '{}'));
      expect(result.body).toBe('y'.repeat(64 * 1024));
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await patient.close();
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  });

  it('stops reading a trickling body at the overall deadline, keeping the status', async () => {
    const timers = new Set<NodeJS.Timeout>();
    const trickle = createServer((_req, res) => {
      res.writeHead(200);
      timers.add(setInterval(() => res.write('z'), 50));
    });
    await new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve));
    const { port } = trickle.address() as AddressInfo;
    const quick = createDeliveryClient({ timeoutMs: 200 });
    try {
      const started = Date.now();
      const result = response(await quick.post(`http://127.0.0.1:${port}/x`, '{}'));
      expect(result.status).toBe(200);
      expect(result.body).toMatch(/^z+$/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const t of timers) clearInterval(t);
      await quick.close();
      trickle.closeAllConnections();
      await new Promise<void>((resolve) => trickle.close(() => resolve()));
    }
  });

  it('does not follow redirects', async () => {
    const id = nextId();
    const target = nextId();
    fake.script(id, [{ status: 307, headers: { location: fake.workflowsUrl(target) } }]);
    const result = response(await client.post(fake.workflowsUrl(id), card()));
    expect(result.status).toBe(307);
    expect(classifyResponse('workflows', result, Date.now())).toMatchObject({ type: 'gone' });
    expect(fake.posts(target)).toHaveLength(0);
  });

  it('reports a refused connection and bad URLs as codes, never throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const secret = `http://127.0.0.1:${port}/workflows/x/triggers/manual/paths/invoke?sig=SECRET`;
    const refused = networkError(await client.post(secret, card()));
    expect(refused).toBe('ECONNREFUSED');
    for (const bad of ['not a url', 'ftp://example.com/x?sig=SECRET']) {
      const code = networkError(await client.post(bad, '{}'));
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(code).not.toContain('SECRET');
    }
  });
});

describe('fake Teams behaves like TEAMS.md', () => {
  it('refuses a Workflows body that is not an Adaptive envelope', async () => {
    for (const body of [messageCard, '{"type":"message","attachments":[]}', 'garbage']) {
      const result = response(await client.post(fake.workflowsUrl(nextId()), body));
      expect(result.status).toBe(400);
      expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'InvalidRequestContent' } });
    }
  });

  it('refuses a Workflows URL with a wrong signature', async () => {
    const url = fake.workflowsUrl(nextId()).replace('sig=abc', 'sig=wrong');
    const result = response(await client.post(url, card()));
    expect(result.status).toBe(401);
    expect(classifyResponse('workflows', result, Date.now())).toMatchObject({ type: 'gone' });
  });

  it('accepts a 1.5 card on Workflows but it does not land', async () => {
    const id = nextId();
    expect(response(await client.post(fake.workflowsUrl(id), card('x', '1.5'))).status).toBe(202);
    expect(fake.posts(id)[0]).toMatchObject({
      landed: false,
      problem: 'card version 1.5 cannot be displayed',
    });
  });

  it('answers O365 errors as Teams does', async () => {
    const garbage = response(await client.post(fake.o365Url(nextId()), 'garbage'));
    expect(garbage).toMatchObject({
      status: 400,
      body: 'Bad payload received by generic incoming webhook.',
    });
    const noText = response(
      await client.post(fake.o365Url(nextId()), '{"@type":"MessageCard","title":"t"}'),
    );
    expect(noText).toMatchObject({ status: 400, body: 'Summary or Text is required.' });
    const adaptive = response(await client.post(fake.o365Url(nextId()), card()));
    expect(adaptive).toMatchObject({ status: 200, body: '1' });
  });

  it('signals oversized cards per kind', async () => {
    const big = card('x'.repeat(TEAMS_MAX_BODY_BYTES));
    const o365 = response(await client.post(fake.o365Url(nextId()), big));
    expect(o365.status).toBe(200);
    expect(classifyResponse('o365', o365, Date.now())).toMatchObject({ type: 'too_large' });
    const wf = response(await client.post(fake.workflowsUrl(nextId()), big));
    expect(wf.status).toBe(413);
    expect(classifyResponse('workflows', wf, Date.now())).toMatchObject({ type: 'too_large' });
  });

  it('enforces the O365 4-per-second limit as the 200-with-429 text when asked', async () => {
    const limited = await startFakeTeams({ enforceRateLimits: true });
    try {
      const id = nextId();
      const url = limited.o365Url(id);
      const results = [];
      for (let i = 0; i < 5; i++) results.push(response(await client.post(url, messageCard)));
      expect(results.slice(0, 4).map((r) => r.body)).toEqual(['1', '1', '1', '1']);
      expect(classifyResponse('o365', results[4]!, Date.now())).toMatchObject({ type: 'retry' });
      expect(limited.posts(id).filter((p) => p.landed)).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });

  it('waits for posts and times out with a count', async () => {
    const id = nextId();
    const waiting = fake.waitForPosts(id, 2, 2_000);
    await client.post(fake.otherUrl(id), '{}');
    await client.post(fake.otherUrl(id), '{}');
    expect(await waiting).toHaveLength(2);
    await expect(fake.waitForPosts(id, 3, 50)).rejects.toThrow(/2 of 3 posts/);
  });
});
