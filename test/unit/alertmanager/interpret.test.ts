import { describe, expect, it } from 'vitest';
import { alertmanagerSender } from '../../../src/connectors/alertmanager/index.js';
import type { Interpretation } from '../../../src/connectors/types.js';
import { NOW, amAlert, amPayload, request } from '../../fixtures/alertmanager/payloads.js';

function interpret(payload: unknown, receivedAt = NOW): Interpretation {
  const req = request(JSON.stringify(payload), {}, receivedAt);
  const parsed = alertmanagerSender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  return alertmanagerSender.interpret(parsed.payload, req);
}

function cardOf(payload: unknown) {
  const meaning = interpret(payload);
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event.card;
}

const idOf = (payload: unknown, receivedAt = NOW) => {
  const meaning = interpret(payload, receivedAt);
  return meaning.kind === 'event' ? meaning.deliveryId : undefined;
};

describe('Alertmanager notifications', () => {
  it('reads version 4 only', () => {
    expect(interpret(amPayload())).toMatchObject({ kind: 'event', eventName: 'firing' });
    expect(interpret(amPayload({ version: '1' }))).toMatchObject({ kind: 'malformed' });
    expect(interpret(amPayload({ version: '40' }))).toMatchObject({ kind: 'malformed' });
    expect(interpret(amPayload({ version: undefined }))).toMatchObject({ kind: 'malformed' });
  });

  it('refuses a body without alerts or status', () => {
    expect(interpret(amPayload({ alerts: undefined }))).toMatchObject({ kind: 'malformed' });
    expect(interpret(amPayload({ status: 'not a word' }))).toMatchObject({ kind: 'malformed' });
    expect(interpret({})).toMatchObject({ kind: 'malformed' });
  });

  it('drops a retry within the hour but shows a repeat_interval reminder of the same group', () => {
    const id = idOf(amPayload());
    expect(idOf(amPayload(), NOW + 4 * 60_000)).toBe(id);
    expect(idOf(amPayload(), NOW + 4 * 3_600_000)).not.toBe(id);
  });

  it('tells apart notifications whose alerts changed', () => {
    const id = idOf(amPayload());
    const second = amAlert({
      fingerprint: '9e8d7c6b5a493827',
      labels: { alertname: 'PodCrashLooping', pod: 'api-7d9f-y3' },
    });
    expect(idOf(amPayload({ alerts: [amAlert(), second] }))).not.toBe(id);
    expect(
      idOf(amPayload({ status: 'resolved', alerts: [amAlert({ status: 'resolved' })] })),
    ).not.toBe(id);
  });

  it('shows the group, its severity, pod and namespace, and links into the Alertmanager UI', () => {
    const card = cardOf(amPayload());
    expect(card.source).toBe('Alertmanager');
    expect(card.title).toBe('[FIRING:1] PodCrashLooping');
    expect(card.accent).toBe('attention');
    expect(card.facts).toContainEqual({ title: 'Severity', value: 'critical' });
    expect(card.text).toBe(
      'A pod is crash looping\n\nPod prod/api-7d9f-x2 restarted 5 times in 10 minutes.',
    );
    expect(card.list?.items[0]?.text).toBe('pod=api-7d9f-x2, namespace=prod');
    expect(card.links).toEqual([
      { title: 'Open graph', url: amAlert().generatorURL },
      {
        title: 'Open Alertmanager',
        url: 'https://alertmanager.example.net/#/alerts?receiver=teams%20prod',
      },
      {
        title: 'Silence',
        url:
          'https://alertmanager.example.net/#/silences/new?filter=' +
          encodeURIComponent(
            '{alertname="PodCrashLooping", namespace="prod", severity="critical"}',
          ),
      },
    ]);
  });

  it('shows a resolved group in green, with the duration', () => {
    const card = cardOf(
      amPayload({
        status: 'resolved',
        alerts: [amAlert({ status: 'resolved', endsAt: '2026-06-01T11:47:30.5Z' })],
      }),
    );
    expect(card.title).toBe('[RESOLVED] PodCrashLooping');
    expect(card.accent).toBe('good');
    expect(card.facts).toContainEqual({ title: 'Lasted', value: '7 min' });
  });

  it('counts truncated alerts in the list total', () => {
    const card = cardOf(amPayload({ truncatedAlerts: 12 }));
    expect(card.list?.total).toBe(13);
  });

  it('has no Alertmanager links without an external URL', () => {
    const card = cardOf(amPayload({ externalURL: undefined }));
    expect(card.links.map((l) => l.title)).toEqual(['Open graph']);
  });
});
