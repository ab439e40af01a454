import { describe, expect, it } from 'vitest';
import { grafanaSender } from '../../../src/connectors/grafana/index.js';
import type { Interpretation } from '../../../src/connectors/types.js';
import {
  NOW,
  legacyPayload,
  request,
  unifiedAlert,
  unifiedPayload,
} from '../../fixtures/grafana/payloads.js';

function interpret(payload: unknown, receivedAt = NOW): Interpretation {
  const req = request(JSON.stringify(payload), {}, receivedAt);
  const parsed = grafanaSender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  return grafanaSender.interpret(parsed.payload, req);
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

describe('Grafana unified alerting', () => {
  it('names the event by the group status', () => {
    expect(interpret(unifiedPayload())).toMatchObject({ kind: 'event', eventName: 'firing' });
    const resolved = unifiedPayload({
      status: 'resolved',
      alerts: [unifiedAlert({ status: 'resolved', endsAt: '2026-06-01T11:50:00Z' })],
    });
    expect(interpret(resolved)).toMatchObject({ kind: 'event', eventName: 'resolved' });
  });

  it('gives a retry the same id, and a later reminder or another state a new one', () => {
    const id = idOf(unifiedPayload());
    expect(id).toMatch(/^firing:[0-9a-f]{64}$/);
    expect(idOf(unifiedPayload(), NOW + 5 * 60_000)).toBe(id);
    expect(idOf(unifiedPayload(), NOW + 4 * 3_600_000)).not.toBe(id);
    expect(idOf(unifiedPayload({ status: 'resolved' }))).not.toBe(id);
    expect(
      idOf(unifiedPayload({ alerts: [unifiedAlert({ fingerprint: 'ffff0000ffff0000' })] })),
    ).not.toBe(id);
  });

  it('shows firing, the rule, the folder, the value and the links', () => {
    const card = cardOf(unifiedPayload());
    expect(card.source).toBe('Grafana');
    expect(card.title).toBe('[FIRING:1] CPU high');
    expect(card.accent).toBe('attention');
    expect(card.text).toBe('CPU above 90% on node-1');
    expect(card.facts).toContainEqual({ title: 'Folder', value: 'Infra' });
    expect(card.list?.items[0]?.detail).toContain('B=93.5, C=1');
    expect(card.list?.items[0]?.text).toBe('instance=node-1:9100');
    expect(card.links.map((l) => l.title)).toEqual([
      'Open rule',
      'Open Grafana',
      'Silence',
      'Dashboard',
      'Panel',
    ]);
  });

  it("leaves out Grafana's default message, and shows a templated one when nothing else says more", () => {
    const bare = { commonAnnotations: {}, alerts: [unifiedAlert({ annotations: {} })] };
    expect(cardOf(unifiedPayload(bare)).text).toBeUndefined();
    const custom = cardOf(unifiedPayload({ ...bare, message: 'Node CPU alert, see the runbook.' }));
    expect(custom.text).toBe('Node CPU alert, see the runbook.');
  });

  it('shows a resolved group in green with how long it lasted', () => {
    const card = cardOf(
      unifiedPayload({
        status: 'resolved',
        alerts: [unifiedAlert({ status: 'resolved', endsAt: '2026-06-01T11:50:00Z' })],
      }),
    );
    expect(card.title).toBe('[RESOLVED] CPU high');
    expect(card.accent).toBe('good');
    expect(card.facts).toContainEqual({ title: 'Lasted', value: '20 min' });
  });

  it('refuses a group without a status word, and a body that is neither format', () => {
    expect(interpret(unifiedPayload({ status: 'on fire!' }))).toMatchObject({ kind: 'malformed' });
    expect(interpret(unifiedPayload({ status: 3 }))).toMatchObject({ kind: 'malformed' });
    expect(interpret({ hello: 'world' })).toMatchObject({ kind: 'malformed' });
  });

  it('keeps a notification of 5000 alerts with huge annotations bounded', () => {
    // Only the alerts that are read need to be huge to prove the cut.
    const alerts = Array.from({ length: 5000 }, (_, i) =>
      unifiedAlert({
        fingerprint: `f${i}`,
        annotations: i < 100 ? { description: 'x'.repeat(100_000) } : {},
      }),
    );
    const card = cardOf(unifiedPayload({ alerts, commonAnnotations: {} }));
    expect(card.list?.items).toHaveLength(20);
    expect(card.list?.total).toBe(5000);
    expect(card.title).toBe('[FIRING:100+] CPU high');
    expect(JSON.stringify(card).length).toBeLessThan(40_000);
  });
});

describe('Grafana legacy alerting', () => {
  it('names the event by the rule state and shows the rule, message and matches', () => {
    const meaning = interpret(legacyPayload());
    expect(meaning).toMatchObject({ kind: 'event', eventName: 'alerting' });
    const card = cardOf(legacyPayload());
    expect(card.title).toBe('[Alerting] Web CPU');
    expect(card.accent).toBe('attention');
    expect(card.text).toBe('CPU is high on the web tier.');
    expect(card.titleUrl).toBe(legacyPayload().ruleUrl);
    expect(card.facts).toContainEqual({ title: 'Tags', value: 'team=web, priority=high' });
    expect(card.list).toEqual({
      label: 'matches',
      items: [
        { text: 'node-1.cpu', detail: '91.2' },
        { text: 'node-2.cpu', detail: '88' },
      ],
      total: 2,
    });
    expect(card.links.map((l) => l.title)).toEqual(['Open rule', 'Image']);
  });

  it('colours ok green and no data as a warning', () => {
    const ok = cardOf(legacyPayload({ state: 'ok', evalMatches: [] }));
    expect(ok.title).toBe('[OK] Web CPU');
    expect(ok.accent).toBe('good');
    expect(ok.list).toBeUndefined();
    const noData = cardOf(legacyPayload({ state: 'no_data' }));
    expect(noData.title).toBe('[No data] Web CPU');
    expect(noData.accent).toBe('warning');
    expect(interpret(legacyPayload({ state: 'no_data' }))).toMatchObject({ eventName: 'no_data' });
  });

  it('gives the same body the same id within the hour and another state another id', () => {
    const id = idOf(legacyPayload());
    expect(id).toMatch(/^alerting:[0-9a-f]{64}$/);
    expect(idOf(legacyPayload(), NOW + 60_000)).toBe(id);
    expect(idOf(legacyPayload({ state: 'ok' }))).not.toBe(id);
  });

  it('caps the matches listed but counts them all', () => {
    const evalMatches = Array.from({ length: 500 }, (_, i) => ({ metric: `m${i}`, value: i }));
    const card = cardOf(legacyPayload({ evalMatches }));
    expect(card.list?.items).toHaveLength(20);
    expect(card.list?.total).toBe(500);
  });

  it('refuses a legacy body without a state', () => {
    expect(interpret(legacyPayload({ state: undefined }))).toMatchObject({ kind: 'malformed' });
  });
});
