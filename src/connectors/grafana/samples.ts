import type { SampleEvent } from '../types.js';

/**
 * Notifications in the shape Grafana posts them: unified alerting (version "1") for a firing
 * and a resolved group, and one legacy (≤ v7) alerting notification.
 */
const headers = { 'content-type': 'application/json', 'user-agent': 'Grafana/11.4.0' };

const sample = (event: string, body: object): SampleEvent => ({
  event,
  headers,
  body: JSON.stringify(body),
});

const EXTERNAL_URL = 'https://grafana.example.com/';

function alert(
  status: string,
  name: string,
  instance: string,
  fingerprint: string,
  extra: Record<string, unknown>,
) {
  return {
    status,
    labels: { alertname: name, instance, severity: 'critical', grafana_folder: 'Payments' },
    annotations: {
      summary: `${name} on ${instance}`,
      description: `Error ratio on ${instance} is above 5% for 10 minutes.`,
      runbook_url: 'https://runbooks.example.com/payments/api-errors',
    },
    startsAt: '2026-05-31T21:40:00Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: `${EXTERNAL_URL}alerting/grafana/ae3k1x9/view?orgId=1`,
    fingerprint,
    silenceURL: `${EXTERNAL_URL}alerting/silence/new?alertmanager=grafana&matcher=alertname%3D${encodeURIComponent(name)}&matcher=instance%3D${instance}&orgId=1`,
    dashboardURL: `${EXTERNAL_URL}d/payments-api?orgId=1`,
    panelURL: `${EXTERNAL_URL}d/payments-api?orgId=1&viewPanel=4`,
    ...extra,
  };
}

export const GRAFANA_SAMPLES = [
  sample('firing', {
    receiver: 'Teams payments',
    status: 'firing',
    orgId: 1,
    alerts: [
      alert('firing', 'API error ratio', 'api-1:9100', '3f2a9c41d07be512', {
        values: { A: 0.083, C: 1 },
        valueString: "[ var='A' labels={instance=api-1:9100} value=0.083 ]",
      }),
      alert('firing', 'API error ratio', 'api-2:9100', '8c01de77a9f3b260', {
        startsAt: '2026-05-31T21:45:00Z',
        values: { A: 0.061, C: 1 },
        valueString: "[ var='A' labels={instance=api-2:9100} value=0.061 ]",
      }),
    ],
    groupLabels: { alertname: 'API error ratio', grafana_folder: 'Payments' },
    commonLabels: {
      alertname: 'API error ratio',
      severity: 'critical',
      grafana_folder: 'Payments',
    },
    commonAnnotations: {
      runbook_url: 'https://runbooks.example.com/payments/api-errors',
    },
    externalURL: EXTERNAL_URL,
    version: '1',
    groupKey: '{}/{severity="critical"}:{alertname="API error ratio", grafana_folder="Payments"}',
    truncatedAlerts: 0,
    title: '[FIRING:2] API error ratio Payments (critical)',
    state: 'alerting',
    message: '**Firing**\n\nValue: A=0.083, C=1\nLabels:\n - alertname = API error ratio\n',
  }),
  sample('resolved', {
    receiver: 'Teams payments',
    status: 'resolved',
    orgId: 1,
    alerts: [
      alert('resolved', 'Disk almost full', 'db-1:9100', '51d0c3b8e2a7f946', {
        labels: { alertname: 'Disk almost full', instance: 'db-1:9100', severity: 'warning' },
        annotations: { summary: 'Disk /var/lib/postgresql is 91% full on db-1' },
        startsAt: '2026-05-31T20:05:00Z',
        endsAt: '2026-05-31T21:20:00Z',
        values: { A: 0.78 },
        valueString: "[ var='A' labels={instance=db-1:9100} value=0.78 ]",
      }),
    ],
    groupLabels: { alertname: 'Disk almost full' },
    commonLabels: { alertname: 'Disk almost full', instance: 'db-1:9100', severity: 'warning' },
    commonAnnotations: { summary: 'Disk /var/lib/postgresql is 91% full on db-1' },
    externalURL: EXTERNAL_URL,
    version: '1',
    groupKey: '{}/{}:{alertname="Disk almost full"}',
    truncatedAlerts: 0,
    title: '[RESOLVED] Disk almost full (db-1:9100 warning)',
    state: 'ok',
    message: '**Resolved**\n\nLabels:\n - alertname = Disk almost full\n',
  }),
  sample('alerting', {
    dashboardId: 7,
    evalMatches: [
      { value: 2310, metric: 'checkout.latency.p99', tags: null },
      { value: 1875, metric: 'cart.latency.p99', tags: null },
    ],
    imageUrl: 'https://grafana.example.com/public/img/attachments/kx81.png',
    message: 'p99 latency is above 1.5 s; check the payment provider status page.',
    orgId: 1,
    panelId: 3,
    ruleId: 12,
    ruleName: 'Checkout latency',
    ruleUrl: 'https://grafana.example.com/d/shop-latency/shop?tab=alert&editPanel=3&orgId=1',
    state: 'alerting',
    tags: { team: 'shop' },
    title: '[Alerting] Checkout latency',
  }),
] as const satisfies readonly SampleEvent[];

/** A state Grafana could add (Grafana 12 rules have "Recovering"): still an informative card. */
export const GRAFANA_UNKNOWN_EVENT: SampleEvent = sample('recovering', {
  receiver: 'Teams payments',
  status: 'recovering',
  orgId: 1,
  alerts: [
    alert('recovering', 'Queue backlog', 'worker-3:9100', 'c4e9a2d17b38f05e', {
      labels: { alertname: 'Queue backlog', instance: 'worker-3:9100', severity: 'warning' },
      annotations: { summary: 'Jobs waiting in the payments queue are going down' },
    }),
  ],
  groupLabels: { alertname: 'Queue backlog' },
  commonLabels: { alertname: 'Queue backlog', instance: 'worker-3:9100', severity: 'warning' },
  commonAnnotations: { summary: 'Jobs waiting in the payments queue are going down' },
  externalURL: EXTERNAL_URL,
  version: '1',
  groupKey: '{}/{}:{alertname="Queue backlog"}',
  truncatedAlerts: 0,
});
