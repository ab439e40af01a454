import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../../../src/cards/for-channel.js';
import { MESSAGE_VERSION, type QueuedMessage, type RawCard } from '../../../src/core/message.js';
import { fullModel } from './models.js';

const WORKFLOWS = { kind: 'workflows', o365Format: 'messagecard' } as const;
const O365 = { kind: 'o365', o365Format: 'messagecard' } as const;
const ON = { actionableMessagesEnabled: true };
const OFF = { actionableMessagesEnabled: false };
const BUDGET = 24 * 1024;

const finishedMessageCard: RawCard = {
  format: 'messagecard',
  content: {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: 'Build #42 failed',
    sections: [{ activityTitle: 'Build #42 failed' }],
    potentialAction: [
      { '@type': 'OpenUri', name: 'Open', targets: [{ os: 'default', uri: 'https://ci.example' }] },
      { '@type': 'HttpPOST', name: 'Retry', target: 'https://ci.example/retry' },
    ],
  },
};

const finishedAdaptive: RawCard = {
  format: 'adaptive',
  content: {
    type: 'AdaptiveCard',
    version: '1.4',
    body: [{ type: 'TextBlock', text: 'Deployed', wrap: true }],
    actions: [{ type: 'Action.Submit', title: 'Ack' }],
  },
};

function message(raw?: RawCard, test?: boolean): QueuedMessage {
  const card = fullModel();
  return {
    v: MESSAGE_VERSION,
    card,
    digest: { source: card.source, event: 'build', title: card.title },
    ...(raw ? { raw } : {}),
    ...(test ? { test } : {}),
  };
}

describe('rendering a queued message for a channel', () => {
  it('sends a finished MessageCard as it is to a legacy O365 URL, callback actions stripped when off', () => {
    const kept = JSON.parse(renderForChannel(message(finishedMessageCard), O365, ON, BUDGET).body);
    expect(kept.summary).toBe('Build #42 failed');
    expect(kept.potentialAction.map((a: { '@type': string }) => a['@type'])).toEqual([
      'OpenUri',
      'HttpPOST',
    ]);
    const stripped = JSON.parse(
      renderForChannel(message(finishedMessageCard), O365, OFF, BUDGET).body,
    );
    expect(stripped.potentialAction.map((a: { '@type': string }) => a['@type'])).toEqual([
      'OpenUri',
    ]);
  });

  it('renders the card model instead where the destination needs another format', () => {
    const body = JSON.parse(
      renderForChannel(message(finishedMessageCard), WORKFLOWS, ON, BUDGET).body,
    );
    expect(body.type).toBe('message');
    expect(JSON.stringify(body)).toContain(fullModel().source);
    expect(JSON.stringify(body)).not.toContain('Build #42 failed');
  });

  it('wraps a finished Adaptive Card in the envelope, never with Action.Submit', () => {
    const body = JSON.parse(
      renderForChannel(message(finishedAdaptive), WORKFLOWS, ON, BUDGET).body,
    );
    expect(body.attachments[0].content.body[0].text).toBe('Deployed');
    expect(JSON.stringify(body)).not.toContain('Action.Submit');
  });

  it('renders the card model instead of a finished Adaptive Card newer than Teams displays', () => {
    const newer: RawCard = {
      format: 'adaptive',
      content: { ...finishedAdaptive.content, version: '1.5' },
    };
    const body = renderForChannel(message(newer), WORKFLOWS, ON, BUDGET).body;
    expect(body).not.toContain('Deployed');
    expect(JSON.parse(body).attachments[0].content.version).toBe('1.4');
  });

  it('falls back to the card model when the finished card is over the budget', () => {
    const huge: RawCard = {
      format: 'adaptive',
      content: {
        ...finishedAdaptive.content,
        body: [{ type: 'TextBlock', text: 'x'.repeat(BUDGET) }],
      },
    };
    const rendered = renderForChannel(message(huge), WORKFLOWS, ON, BUDGET);
    expect(rendered.bytes).toBeLessThanOrEqual(BUDGET);
    expect(rendered.body).toContain(fullModel().source);
  });

  it('marks a test event on its source line and in the preview', () => {
    const body = JSON.parse(renderForChannel(message(undefined, true), O365, ON, BUDGET).body);
    expect(body.summary).toMatch(/^Test: /);
    expect(body.sections[0].activityTitle).toContain('test event');
  });

  it("marks a test even when the sender sent a finished card: the model is shown, not the sender's", () => {
    const body = JSON.parse(
      renderForChannel(message(finishedMessageCard, true), O365, ON, BUDGET).body,
    );
    expect(body.summary).toMatch(/^Test: /);
    expect(body.summary).not.toBe('Build #42 failed');
  });
});
