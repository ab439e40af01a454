import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trelloSender } from '../../../src/connectors/trello/index.js';
import { CALLBACK_URL, fixtureBytes, request } from './fixtures.js';

describe('trelloSender', () => {
  it('describes Trello: HEAD handshake, optional secret', () => {
    expect(trelloSender).toMatchObject({
      id: 'trello',
      name: 'Trello',
      secret: 'optional',
      handshakeMethods: ['HEAD'],
    });
  });

  it('lists each filterable action type once, including the ones with their own cards', () => {
    const { events } = trelloSender;
    expect(new Set(events).size).toBe(events.length);
    for (const name of [
      'createCard',
      'updateCard',
      'commentCard',
      'addMemberToCard',
      'deleteCard',
    ]) {
      expect(events).toContain(name);
    }
  });

  it('keeps the card move as the default sample and offers a checklist item completed', () => {
    const req = (body: string) => request(Buffer.from(body));
    const titles = trelloSender.samples.map((sample) => {
      const parsed = trelloSender.parse(req(sample.body));
      if (!parsed.ok) throw new Error(parsed.message);
      const result = trelloSender.interpret(parsed.payload, req(sample.body));
      if (result.kind !== 'event') throw new Error(result.kind);
      expect(trelloSender.events).toContain(sample.event);
      return [sample.event, result.event.card.title];
    });
    expect(titles).toEqual([
      ['updateCard', 'Ship release 0.0.1 moved to Done'],
      ['commentCard', 'New comment on Ship release 0.0.1'],
      ['updateCheckItemStateOnCard', 'Tag the release completed on Ship release 0.0.1'],
    ]);
  });

  it('verifies, parses and interprets a signed delivery', () => {
    const body = fixtureBytes('move-card');
    const signature = createHmac('sha1', 'app-secret')
      .update(Buffer.concat([body, Buffer.from(CALLBACK_URL)]))
      .digest('base64');
    const req = request(body, { 'x-trello-webhook': signature });

    expect(trelloSender.verify(req, ['app-secret'])).toEqual({ ok: true });
    const parsed = trelloSender.parse(req);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = trelloSender.interpret(parsed.payload, req);
    expect(result).toMatchObject({
      kind: 'event',
      eventName: 'updateCard',
      deliveryId: '6650b0000000000000000002',
      event: {
        card: {
          source: 'Trello',
          facts: expect.arrayContaining([{ title: 'List', value: 'Doing → Done' }]),
        },
        digest: { source: 'Trello', event: 'updateCard' },
      },
    });
    if (result.kind === 'event') expect(trelloSender.events).toContain(result.eventName);
  });
});
