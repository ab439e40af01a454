import { describe, expect, it } from 'vitest';
import { genericSender } from '../../../src/connectors/generic/index.js';
import type { IngestRequest } from '../../../src/connectors/types.js';

function request(body: string, headers: Record<string, string> = {}): IngestRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    rawBody: Buffer.from(body, 'utf8'),
    callbackUrl: 'https://relay.example/hooks/con_g/t',
    receivedAt: Date.now(),
  };
}

function interpret(payload: unknown, headers: Record<string, string> = {}) {
  const req = request(JSON.stringify(payload), headers);
  const parsed = genericSender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  const meaning = genericSender.interpret(parsed.payload, req);
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning;
}

describe('generic JSON sender', () => {
  it('finds the title, text, link and status by their usual names', () => {
    const { event, eventName, deliveryId } = interpret({
      id: 42,
      event: 'backup.failed',
      title: 'Nightly backup failed',
      message: 'Disk full on db-2',
      status: 'failed',
      html_url: 'https://backup.example.com/jobs/42',
      host: 'db-2',
    });
    expect(eventName).toBe('backup.failed');
    expect(deliveryId).toBe('42');
    expect(event.card).toMatchObject({
      title: 'Nightly backup failed',
      titleUrl: 'https://backup.example.com/jobs/42',
      text: 'Disk full on db-2',
      accent: 'attention',
      subtitle: 'Event: backup.failed',
    });
    expect(event.card.facts).toEqual([
      { title: 'Status', value: 'failed' },
      { title: 'Host', value: 'db-2' },
    ]);
  });

  it('looks one level into a wrapper object when the top level names nothing', () => {
    const { event } = interpret({ data: { summary: 'Payment received', state: 'succeeded' } });
    expect(event.card).toMatchObject({ title: 'Payment received', accent: 'good' });
  });

  it('makes a card of any valid JSON, never an error', () => {
    for (const payload of [[1, 2], 'just text', 7, null, {}, { constructor: 'x' }]) {
      const { event, eventName } = interpret(payload);
      expect(eventName).toBe('message');
      expect(event.card.title).not.toBe('');
    }
  });

  it('takes the event name and delivery id from headers first, and ignores unusable ones', () => {
    const fromHeaders = interpret(
      { event: 'body.event' },
      { 'x-event-type': 'deploy.started', 'idempotency-key': 'abc-1' },
    );
    expect(fromHeaders).toMatchObject({ eventName: 'deploy.started', deliveryId: 'abc-1' });
    const unusable = interpret({ event: 'has spaces and ** stars', id: 'x'.repeat(200) });
    expect(unusable).toMatchObject({ eventName: 'message', deliveryId: undefined });
  });

  it('links only http(s) URLs and colours by status words', () => {
    const { event } = interpret({ title: 't', url: 'javascript:alert(1)', level: 'warning' });
    expect(event.card.titleUrl).toBeUndefined();
    expect(event.card.links).toEqual([]);
    expect(event.card.accent).toBe('warning');
  });

  it('reads a bounded number of keys whatever the sender posts', () => {
    const huge = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 'v']));
    const { event } = interpret({ ...huge, title: 'after the first 200 keys' });
    expect(event.card.title).toBe('Webhook received');
    expect(event.card.facts.length).toBeLessThanOrEqual(9);
  });

  it('checks X-Signature-256 when the connector has a secret', () => {
    const req = request('{"title":"t"}');
    const signed = {
      ...req,
      headers: { ...req.headers, ...genericSender.sign(req, 's3cret-value') },
    };
    expect(genericSender.verify(signed, ['s3cret-value'])).toEqual({ ok: true });
    expect(genericSender.verify(req, ['s3cret-value'])).toMatchObject({
      code: 'SIGNATURE_MISSING',
    });
  });
});
