import { describe, expect, it } from 'vitest';
import {
  MAX_ALERTS,
  alertGroupCard,
  alertGroupDeliveryId,
  alertGroupSchema,
  durationText,
  groupEventName,
  type AlertGroup,
} from '../../../src/connectors/kit/alert-group.js';

const ZERO = '0001-01-01T00:00:00Z';

function alert(overrides: Record<string, unknown> = {}) {
  return {
    status: 'firing',
    labels: { alertname: 'HighLatency', instance: 'api-1:9100', severity: 'critical' },
    annotations: { description: 'p99 is 2.3 s on api-1' },
    startsAt: '2026-05-01T10:00:00.123456789Z',
    endsAt: ZERO,
    generatorURL: 'https://prom.example.com/graph?g0.expr=latency',
    fingerprint: 'aa11bb22cc33dd44',
    ...overrides,
  };
}

function payload(overrides: Record<string, unknown> = {}) {
  return {
    version: '4',
    status: 'firing',
    receiver: 'ops',
    groupKey: '{}:{alertname="HighLatency"}',
    groupLabels: { alertname: 'HighLatency' },
    commonLabels: { alertname: 'HighLatency', severity: 'critical' },
    commonAnnotations: { summary: 'API latency is high' },
    externalURL: 'https://am.example.com',
    truncatedAlerts: 0,
    alerts: [
      alert(),
      alert({
        labels: { alertname: 'HighLatency', instance: 'api-2:9100', severity: 'critical' },
        annotations: { description: 'p99 is 1.9 s on api-2' },
        fingerprint: 'ee55ff66aa77bb88',
        startsAt: '2026-05-01T10:05:00Z',
      }),
    ],
    ...overrides,
  };
}

function group(overrides: Record<string, unknown> = {}): AlertGroup {
  const parsed = alertGroupSchema.safeParse(payload(overrides));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const card = (g: AlertGroup) =>
  alertGroupCard(g, {
    source: 'Test',
    home: { title: 'Open', url: 'https://am.example.com/#/alerts' },
    generatorTitle: 'Open graph',
  });

describe('alert group schema', () => {
  it('reads at most MAX_ALERTS alerts but counts them all', () => {
    const g = group({
      alerts: Array.from({ length: 5000 }, (_, i) => alert({ fingerprint: `f${i}` })),
    });
    expect(g.alerts.items).toHaveLength(MAX_ALERTS);
    expect(g.alerts.count).toBe(5000);
  });

  it('caps labels in number and length, and reads a label named constructor as a label', () => {
    const labels = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`l${i}`, 'x'.repeat(10_000)]),
    );
    const g = group({ alerts: [alert({ labels: { constructor: 'yes', ...labels } })] });
    const read = g.alerts.items[0]!.labels;
    expect(read.size).toBeLessThanOrEqual(64);
    expect(read.get('constructor')).toBe('yes');
    expect(Array.from(read.get('l0') ?? '')).toHaveLength(256);
  });

  it('skips alerts that are not objects and keeps a bad field from costing the alert', () => {
    const g = group({
      alerts: [null, 'x', 3, alert({ generatorURL: 'javascript:alert(1)', labels: 7 })],
    });
    expect(g.alerts.items).toHaveLength(1);
    expect(g.alerts.items[0]!.generatorURL).toBeUndefined();
    expect(g.alerts.items[0]!.labels.size).toBe(0);
    expect(g.alerts.count).toBe(4);
  });

  it('needs a status and an alerts array', () => {
    expect(alertGroupSchema.safeParse({ alerts: [] }).success).toBe(false);
    expect(alertGroupSchema.safeParse({ status: 'firing', alerts: {} }).success).toBe(false);
    expect(alertGroupSchema.safeParse({ status: 'firing', alerts: [] }).success).toBe(true);
  });
});

describe('groupEventName', () => {
  it('is the status as a lower-case token, and nothing for other text', () => {
    expect(groupEventName({ status: 'Firing' })).toBe('firing');
    expect(groupEventName({ status: 'resolved' })).toBe('resolved');
    expect(groupEventName({ status: 'fir ing' })).toBeUndefined();
    expect(groupEventName({ status: '' })).toBeUndefined();
  });
});

describe('alertGroupDeliveryId', () => {
  it('is stable, bounded and independent of the order of the alerts', () => {
    const g = group();
    const reversed = group({ alerts: [...payload().alerts].reverse() });
    const id = alertGroupDeliveryId(g, 7);
    expect(alertGroupDeliveryId(g, 7)).toBe(id);
    expect(alertGroupDeliveryId(reversed, 7)).toBe(id);
    expect(id.length).toBeLessThanOrEqual(128);
    expect(id).toMatch(/^firing:[0-9a-f]{64}$/);
  });

  it('differs by status, by alert state, by the alerts held, by group and by window', () => {
    const id = alertGroupDeliveryId(group(), 7);
    const [first, second] = payload().alerts;
    const others = [
      group({ status: 'resolved' }),
      group({ alerts: [first, { ...second, status: 'resolved' }] }),
      group({ alerts: [first] }),
      group({ alerts: [first, { ...second, startsAt: '2026-05-01T11:00:00Z' }] }),
      group({ groupKey: '{}:{alertname="Other"}' }),
    ].map((g) => alertGroupDeliveryId(g, 7));
    others.push(alertGroupDeliveryId(group(), 8));
    expect(new Set([id, ...others]).size).toBe(others.length + 1);
  });

  it('stays bounded for a huge group key', () => {
    expect(
      alertGroupDeliveryId(group({ groupKey: 'k'.repeat(1_000_000) }), 1).length,
    ).toBeLessThanOrEqual(128);
  });
});

describe('alertGroupCard', () => {
  it('says firing and how many at a glance, in red for a critical group', () => {
    const c = card(group());
    expect(c.title).toBe('[FIRING:2] HighLatency');
    expect(c.accent).toBe('attention');
    expect(c.summary).toBe('[FIRING:2] HighLatency (critical)');
    expect(c.facts).toContainEqual({ title: 'Severity', value: 'critical' });
    expect(c.facts).toContainEqual({ title: 'Status', value: 'Firing' });
    expect(c.facts).toContainEqual({ title: 'Started', value: '2026-05-01 10:00 UTC' });
    expect(c.text).toBe('API latency is high');
    expect(c.subtitle).toBe('Receiver: ops');
  });

  it('colours by severity: warning, informational and none', () => {
    const withSeverity = (severity?: string) =>
      card(
        group({
          commonLabels: severity ? { alertname: 'X', severity } : { alertname: 'X' },
          alerts: [alert({ labels: { alertname: 'X' } })],
        }),
      );
    expect(withSeverity('warning').accent).toBe('warning');
    expect(withSeverity('Warning').accent).toBe('warning');
    expect(withSeverity('info').accent).toBe('accent');
    expect(withSeverity(undefined).accent).toBe('attention');
  });

  it('takes the most urgent severity of the alerts when the group shares none', () => {
    const c = card(
      group({
        commonLabels: { alertname: 'X' },
        alerts: [
          alert({ labels: { alertname: 'X', severity: 'warning' } }),
          alert({ labels: { alertname: 'X', severity: 'critical' }, fingerprint: 'b' }),
        ],
      }),
    );
    expect(c.facts).toContainEqual({ title: 'Severity', value: 'critical' });
    expect(c.accent).toBe('attention');
  });

  it('says resolved in green, with when it ended and how long it lasted', () => {
    const c = card(
      group({
        status: 'resolved',
        alerts: [alert({ status: 'resolved', endsAt: '2026-05-01T11:25:30Z' })],
      }),
    );
    expect(c.title).toBe('[RESOLVED] HighLatency');
    expect(c.accent).toBe('good');
    expect(c.facts).toContainEqual({ title: 'Ended', value: '2026-05-01 11:25 UTC' });
    expect(c.facts).toContainEqual({ title: 'Lasted', value: '1 h 25 min' });
    expect(c.list?.items[0]?.detail).toContain('2026-05-01 10:00 UTC → 11:25 UTC (1 h 25 min)');
  });

  it('does not take the zero end time of a resolved alert for an end', () => {
    const c = card(
      group({ status: 'resolved', alerts: [alert({ status: 'resolved', endsAt: ZERO })] }),
    );
    expect(c.facts.map((f) => f.title)).not.toContain('Ended');
    expect(c.list?.items[0]?.detail).toContain('started 2026-05-01 10:00 UTC');
  });

  it('lists every alert with where it fires, since when and a link to its graph', () => {
    const c = card(group());
    expect(c.list?.label).toBe('alerts');
    expect(c.list?.items).toEqual([
      {
        text: 'p99 is 2.3 s on api-1',
        url: 'https://prom.example.com/graph?g0.expr=latency',
        detail: 'instance=api-1:9100 · since 2026-05-01 10:00 UTC',
      },
      {
        text: 'p99 is 1.9 s on api-2',
        url: 'https://prom.example.com/graph?g0.expr=latency',
        detail: 'instance=api-2:9100 · since 2026-05-01 10:05 UTC',
      },
    ]);
  });

  it('shows pod and namespace labels, and at most three key labels an alert', () => {
    const labels = { alertname: 'X', instance: 'i', host: 'h', pod: 'p', namespace: 'n' };
    const c = card(
      group({ commonLabels: { alertname: 'X' }, alerts: [alert({ labels, annotations: {} })] }),
    );
    expect(c.list?.items[0]?.text).toBe('instance=i, host=h, pod=p');
    const k8s = card(
      group({
        commonLabels: { alertname: 'X' },
        alerts: [
          alert({ labels: { alertname: 'X', pod: 'web-0', namespace: 'shop' }, annotations: {} }),
        ],
      }),
    );
    expect(k8s.list?.items[0]?.text).toBe('pod=web-0, namespace=shop');
  });

  it('counts alerts the sender truncated in the total, and caps the listed ones', () => {
    const many = Array.from({ length: 60 }, (_, i) => alert({ fingerprint: `f${i}` }));
    const c = card(group({ alerts: many, truncatedAlerts: 40 }));
    expect(c.list?.items).toHaveLength(20);
    expect(c.list?.total).toBe(100);
    expect(c.list?.moreUrl).toBe('https://am.example.com/#/alerts');
  });

  it('names the alerts when the group shares no alert name, and marks mixed states', () => {
    const c = card(
      group({
        groupLabels: {},
        commonLabels: {},
        commonAnnotations: {},
        alerts: [
          alert({ labels: { alertname: 'DiskFull', instance: 'db-1' }, annotations: {} }),
          alert({
            status: 'resolved',
            labels: { alertname: 'CpuHot', instance: 'db-2' },
            annotations: {},
            fingerprint: 'z',
          }),
        ],
      }),
    );
    expect(c.title).toBe('[FIRING:1] DiskFull, CpuHot');
    expect(c.facts).toContainEqual({ title: 'Status', value: 'Firing (1 firing, 1 resolved)' });
    expect(c.list?.items.map((i) => [i.code, i.text])).toEqual([
      ['FIRING', 'DiskFull'],
      ['RESOLVED', 'CpuHot'],
    ]);
  });

  it('links the group, a silence every alert shares, the dashboard and panel, and the runbook', () => {
    const links = {
      silenceURL: 'https://grafana.example.com/alerting/silence/new?matcher=a',
      dashboardURL: 'https://grafana.example.com/d/x',
      panelURL: 'https://grafana.example.com/d/x?viewPanel=2',
      imageURL: 'https://grafana.example.com/img.png',
      annotations: { runbook_url: 'https://runbooks.example.com/x', summary: 's' },
    };
    const c = card(group({ commonAnnotations: {}, alerts: [alert(links)] }));
    expect(c.links.map((l) => l.title)).toEqual([
      'Open graph',
      'Open',
      'Silence',
      'Dashboard',
      'Panel',
      'Runbook',
      'Image',
    ]);
    expect(c.titleUrl).toBe('https://prom.example.com/graph?g0.expr=latency');
    // Two alerts with their own silences: neither silences the group.
    const two = card(
      group({
        alerts: [
          alert(links),
          alert({ ...links, silenceURL: 'https://grafana.example.com/s2', fingerprint: 'b' }),
        ],
      }),
    );
    expect(two.links.map((l) => l.title)).not.toContain('Silence');
    expect(two.titleUrl).toBe('https://am.example.com/#/alerts');
  });

  it('uses the sender silence link when the alerts carry none', () => {
    const c = alertGroupCard(group(), {
      source: 'Test',
      silenceUrl: 'https://am.example.com/#/silences/new',
      generatorTitle: 'Open graph',
    });
    expect(c.links).toContainEqual({
      title: 'Silence',
      url: 'https://am.example.com/#/silences/new',
    });
  });

  it('shows grafana values on the alert line', () => {
    const c = card(group({ alerts: [alert({ values: { A: 2.5, B: 0 } })] }));
    expect(c.list?.items[0]?.detail).toContain('A=2.5, B=0');
  });

  it('shows an unknown status as it came, without a colour', () => {
    const c = card(group({ status: 'suppressed' }));
    expect(c.title).toBe('[SUPPRESSED] HighLatency');
    expect(c.accent).toBe('default');
  });
});

describe('durationText', () => {
  it('words seconds, minutes, hours and days', () => {
    expect(durationText(45_000)).toBe('45 s');
    expect(durationText(4 * 60_000)).toBe('4 min');
    expect(durationText(125 * 60_000)).toBe('2 h 5 min');
    expect(durationText(3 * 3_600_000)).toBe('3 h');
    expect(durationText(76 * 3_600_000)).toBe('3 d 4 h');
  });
});
