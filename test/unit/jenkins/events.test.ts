import { describe, expect, it } from 'vitest';
import { adaptiveCard, contentOf, interpret, messageCard } from './fixtures.js';

describe('Jenkins: event names from the Status fact', () => {
  it.each([
    ['Started', 'started'],
    ['Build Success', 'success'],
    ['Build Failed', 'failure'],
    ['Repeated Failure', 'repeated_failure'],
    ['Back to Normal', 'back_to_normal'],
    ['Build Unstable', 'unstable'],
    ['Build Aborted', 'aborted'],
    ['NOT_BUILT', 'not_built'],
  ])('"%s" is %s', (status, event) => {
    expect(contentOf(messageCard({}, status)).eventName).toBe(event);
  });

  it('names a status the plugin does not write today from its words, on a build card', () => {
    expect(contentOf(messageCard({}, 'Build Skipped')).eventName).toBe('skipped');
  });

  it('a pipeline step with its own status or none is a message', () => {
    const step = messageCard({
      summary: 'api: Build #12',
      sections: [
        {
          facts: [{ name: 'Status', value: 'Deploying' }],
          activityTitle: 'Notification from api',
          activitySubtitle: 'Deploying 2.4 to staging',
        },
      ],
    });
    expect(contentOf(step).eventName).toBe('message');
    expect(contentOf({ text: 'Nightly backup done' }).eventName).toBe('message');
  });

  it('reads the status of an Adaptive Card from its FactSet', () => {
    expect(contentOf(adaptiveCard()).eventName).toBe('success');
  });
});

describe('Jenkins: de-duplication', () => {
  it('gives the plugin’s three back-to-back attempts one id, bounded and stable', () => {
    const first = contentOf(messageCard());
    const again = contentOf(messageCard());
    expect(first.deliveryId).toMatch(/^jenkins-[0-9a-f]{40}$/);
    expect(again.deliveryId).toBe(first.deliveryId);
  });

  it('tells apart the cards of one build, and two step messages of one build', () => {
    const started = contentOf(messageCard({ summary: 'api: Build #12' }, 'Started'));
    const failed = contentOf(messageCard({}, 'Build Failed'));
    const other = contentOf(messageCard({ summary: 'api: Build #13 Failed' }));
    expect(new Set([started.deliveryId, failed.deliveryId, other.deliveryId]).size).toBe(3);
    const step = (message: string) =>
      contentOf({
        summary: 'api: Build #12',
        sections: [{ activityTitle: 'Notification from api', activitySubtitle: message }],
      });
    expect(step('Deploying').deliveryId).not.toBe(step('Deployed').deliveryId);
  });
});

describe('Jenkins: what is not a plugin card', () => {
  it.each([
    ['an empty object', {}],
    [
      'a message without an Adaptive attachment',
      { type: 'message', attachments: [{ contentType: 'text/plain' }] },
    ],
    ['a MessageCard with nothing to show', { '@type': 'MessageCard', themeColor: 'FF0000' }],
    ['inherited keys only', { constructor: { prototype: 1 } }],
  ])('%s is malformed', (_label, payload) => {
    expect(interpret(payload)).toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('Office 365 Connector plugin'),
    });
  });

  it('refuses a body that is not one JSON object before reading it', () => {
    expect(interpret([1, 2])).toMatchObject({ kind: 'unparsed' });
    expect(interpret(undefined, '{"summary": ')).toMatchObject({ kind: 'unparsed' });
  });

  it('takes a bare Adaptive Card as well as the message envelope', () => {
    const envelope = adaptiveCard();
    const bare = envelope.attachments[0]!.content;
    expect(contentOf(bare).eventName).toBe('success');
  });
});
