import { describe, expect, it } from 'vitest';
import { standardWebhooksSender as sender } from '../../../src/connectors/standard-webhooks/index.js';
import type { IngestRequest } from '../../../src/connectors/types.js';

function interpret(payload: unknown, headers: Record<string, string> = { 'webhook-id': 'msg_1' }) {
  const req: IngestRequest = {
    method: 'POST',
    headers,
    rawBody: Buffer.from(JSON.stringify(payload) ?? '', 'utf8'),
    callbackUrl: 'https://relay.example/hooks/sw/c1',
    receivedAt: Date.now(),
  };
  return sender.interpret(payload, req);
}

function card(payload: unknown) {
  const result = interpret(payload);
  if (result.kind !== 'event') throw new Error(JSON.stringify(result));
  return result.event.card;
}

const facts = (payload: unknown) =>
  Object.fromEntries(card(payload).facts.map((f) => [f.title, f.value]));

describe('Standard Webhooks events', () => {
  it('names the event by its type and de-duplicates on webhook-id', () => {
    const result = interpret({ type: 'contact.created', data: {} });
    expect(result).toMatchObject({
      kind: 'event',
      eventName: 'contact.created',
      deliveryId: 'msg_1',
    });
  });

  it('takes Stripe’s body id, or the bytes, when there is no webhook-id', () => {
    expect(interpret({ type: 'a.b', id: 'evt_1' }, {})).toMatchObject({ deliveryId: 'evt_1' });
    const first = interpret({ type: 'a.b' }, {});
    const again = interpret({ type: 'a.b' }, {});
    expect(first).toMatchObject({ deliveryId: expect.stringMatching(/^body-[0-9a-f]{64}$/) });
    expect(again).toMatchObject({ deliveryId: (first as { deliveryId: string }).deliveryId });
  });

  it('refuses a payload without a type, or with one that is not a name', () => {
    expect(interpret({ data: { a: 1 } })).toEqual({
      kind: 'malformed',
      message: 'payload is missing type: Standard Webhooks events are {type, timestamp, data}',
    });
    for (const type of [42, '', 'has space', 'x'.repeat(101), '<script>']) {
      expect(interpret({ type }), String(type)).toMatchObject({ kind: 'malformed' });
    }
  });
});

describe('Standard Webhooks card', () => {
  it('shows the type as title, the time, and the data as facts', () => {
    const c = card({
      type: 'contact.created',
      timestamp: '2022-11-03T20:26:10.344522Z',
      data: { id: 'c1', fullName: 'John Smith', age: 40, vip: true, nothing: null },
    });
    expect(c.title).toBe('contact.created');
    expect(c.subtitle).toBe('2022-11-03 20:26 UTC');
    expect(c.facts).toEqual([
      { title: 'id', value: 'c1' },
      { title: 'fullName', value: 'John Smith' },
      { title: 'age', value: '40' },
      { title: 'vip', value: 'true' },
    ]);
    expect(c.accent).toBe('default');
  });

  it('reads nested objects as dotted keys, three levels deep at most', () => {
    const f = facts({
      type: 'x.y',
      data: { customer: { name: 'Ada', address: { city: 'London', geo: { lat: 51.5 } } } },
    });
    expect(f).toEqual({ 'customer.name': 'Ada', 'customer.address.city': 'London' });
  });

  it('shows short lists of values inline and counts lists of objects', () => {
    const f = facts({
      type: 'x.y',
      data: {
        roles: ['admin', 'billing'],
        tags: [1, 2, 3, 4, 5, 6, 7],
        items: [{ a: 1 }, { a: 2 }],
      },
    });
    expect(f).toEqual({
      roles: 'admin, billing',
      tags: '1, 2, 3, 4, 5 … (7 items)',
      items: '2 items',
    });
  });

  it('turns URL fields into links, the first one also the title link', () => {
    const c = card({
      type: 'invoice.paid',
      data: {
        id: 'in_1',
        hosted_invoice_url: 'https://pay.example.com/i/1',
        receipt: { pdfUrl: 'https://pay.example.com/r/1.pdf' },
        sneaky: 'javascript:alert(1)',
      },
    });
    expect(c.titleUrl).toBe('https://pay.example.com/i/1');
    expect(c.links).toEqual([
      { title: 'Open hosted invoice', url: 'https://pay.example.com/i/1' },
      { title: 'Open receipt pdf', url: 'https://pay.example.com/r/1.pdf' },
    ]);
    // Not a link: shown as the text it is.
    expect(c.facts).toContainEqual({ title: 'sneaky', value: 'javascript:alert(1)' });
  });

  it.each([
    ['invoice.payment_failed', 'attention'],
    ['charge.dispute.created', 'attention'],
    ['payment_intent.requires_action', 'warning'],
    ['invoice.paid', 'good'],
    ['deployment.succeeded', 'good'],
    ['contact.created', 'default'],
  ])('colours %s as %s', (type, accent) => {
    expect(card({ type, data: {} }).accent).toBe(accent);
  });

  it('reads Stripe’s data.object and its created time', () => {
    const c = card({
      id: 'evt_1',
      object: 'event',
      type: 'charge.succeeded',
      created: 1748772000,
      data: { object: { id: 'ch_1', amount: 500, currency: 'usd' } },
    });
    expect(c.subtitle).toBe('2025-06-01 10:00 UTC');
    expect(c.facts.map((f) => f.title)).toEqual(['id', 'amount', 'currency']);
  });

  it('shows a scalar data as one fact, and a card for a type alone', () => {
    expect(facts({ type: 'ping', data: 'hello' })).toEqual({ data: 'hello' });
    expect(card({ type: 'ping' }).facts).toEqual([]);
  });

  it('bounds the work and the card whatever data holds', () => {
    const wide = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 'x'.repeat(1000)]),
    );
    const c = card({ type: 'big.event', data: { ...wide, deep: { a: { b: { c: { d: 1 } } } } } });
    expect(c.facts).toHaveLength(12);
    expect(c.facts.every((f) => Array.from(f.value).length <= 200)).toBe(true);
    expect(JSON.stringify(c).length).toBeLessThan(4_000);
    const longKey = card({ type: 'k.k', data: { ['k'.repeat(10_000)]: 1 } });
    expect(longKey.facts[0]?.title).toHaveLength(64);
  });
});
