/**
 * Snapshots of the cards every registered sender's hand-made samples become, in both formats,
 * as files a reviewer can read: a change to wording, escaping or layout shows up in the diff.
 * Update them deliberately with `npx vitest run -u test/unit/cards/snapshots.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../../../src/cards/for-channel.js';
import { SENDERS } from '../../../src/connectors/registry.js';
import type { SampleEvent, Sender } from '../../../src/connectors/types.js';
import { MESSAGE_VERSION } from '../../../src/core/message.js';

const CALLBACK_URL = 'https://relay.example/hooks/con_snapshot/token';
const ORG = { actionableMessagesEnabled: false };

function render(sender: Sender, sample: SampleEvent, kind: 'workflows' | 'o365') {
  const rawBody = Buffer.from(sample.body, 'utf8');
  const req = {
    method: 'POST',
    headers: sample.headers,
    rawBody,
    callbackUrl: CALLBACK_URL,
    receivedAt: Date.now(),
  };
  const parsed = sender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  const meaning = sender.interpret(parsed.payload, req);
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  const message = { v: MESSAGE_VERSION, ...meaning.event };
  const rendered = renderForChannel(message, { kind, o365Format: 'messagecard' }, ORG, 24 * 1024);
  return `${JSON.stringify(JSON.parse(rendered.body), null, 2)}\n`;
}

describe.each(SENDERS.map((s) => [s.id, s] as const))('%s cards', (id, sender) => {
  const samples = [...sender.samples, sender.unknownEvent];
  it.each(samples.map((s) => [s.event, s] as const))('%s', async (event, sample) => {
    // File names that check out everywhere: no colons (Windows) or spaces in event names.
    const base = `./__snapshots__/cards/${id}.${event.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    await expect(render(sender, sample, 'workflows')).toMatchFileSnapshot(`${base}.adaptive.json`);
    await expect(render(sender, sample, 'o365')).toMatchFileSnapshot(`${base}.messagecard.json`);
  });
});
