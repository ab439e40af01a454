import type { SampleEvent } from '../types.js';

/** Notifications in the shape Alertmanager's webhook_config posts them (version "4"). */
const headers = { 'content-type': 'application/json', 'user-agent': 'Alertmanager/0.28.1' };

const sample = (event: string, body: object): SampleEvent => ({
  event,
  headers,
  body: JSON.stringify(body),
});

const EXTERNAL_URL = 'http://alertmanager.example.com:9093';
const GRAPH =
  'http://prometheus.example.com:9090/graph?g0.expr=node_filesystem_avail_bytes%7Bmountpoint%3D%22%2F%22%7D+%3C+0.1&g0.tab=1';

export const ALERTMANAGER_SAMPLES = [
  sample('firing', {
    version: '4',
    groupKey: '{}/{severity="critical"}:{alertname="NodeFilesystemAlmostFull"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'teams-ops',
    groupLabels: { alertname: 'NodeFilesystemAlmostFull' },
    commonLabels: { alertname: 'NodeFilesystemAlmostFull', severity: 'critical', job: 'node' },
    commonAnnotations: { summary: 'Root filesystem has less than 10% space left' },
    externalURL: EXTERNAL_URL,
    alerts: [
      {
        status: 'firing',
        labels: {
          alertname: 'NodeFilesystemAlmostFull',
          instance: 'web-1:9100',
          job: 'node',
          mountpoint: '/',
          severity: 'critical',
        },
        annotations: {
          summary: 'Root filesystem has less than 10% space left',
          description: 'Only 6.2% of / is free on web-1.',
        },
        startsAt: '2026-05-31T22:10:12.123456789Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: GRAPH,
        fingerprint: '4b7d1e0f9a2c6d38',
      },
      {
        status: 'firing',
        labels: {
          alertname: 'NodeFilesystemAlmostFull',
          instance: 'web-2:9100',
          job: 'node',
          mountpoint: '/',
          severity: 'critical',
        },
        annotations: {
          summary: 'Root filesystem has less than 10% space left',
          description: 'Only 8.9% of / is free on web-2.',
        },
        startsAt: '2026-05-31T22:12:42.5Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: GRAPH,
        fingerprint: 'e1a09c3d7f5b2846',
      },
    ],
  }),
  sample('resolved', {
    version: '4',
    groupKey: '{}:{alertname="KubeDeploymentReplicasMismatch"}',
    truncatedAlerts: 0,
    status: 'resolved',
    receiver: 'teams-ops',
    groupLabels: { alertname: 'KubeDeploymentReplicasMismatch' },
    commonLabels: {
      alertname: 'KubeDeploymentReplicasMismatch',
      deployment: 'checkout',
      namespace: 'shop',
      severity: 'warning',
    },
    commonAnnotations: {
      summary: 'Deployment has not matched the expected number of replicas',
      description: 'Deployment shop/checkout has had 2 of 3 replicas available for 15 minutes.',
    },
    externalURL: EXTERNAL_URL,
    alerts: [
      {
        status: 'resolved',
        labels: {
          alertname: 'KubeDeploymentReplicasMismatch',
          deployment: 'checkout',
          namespace: 'shop',
          severity: 'warning',
        },
        annotations: {
          summary: 'Deployment has not matched the expected number of replicas',
          description: 'Deployment shop/checkout has had 2 of 3 replicas available for 15 minutes.',
        },
        startsAt: '2026-05-31T19:02:27.3Z',
        endsAt: '2026-05-31T19:41:57.3Z',
        generatorURL:
          'http://prometheus.example.com:9090/graph?g0.expr=kube_deployment_spec_replicas+%21%3D+kube_deployment_status_replicas_available&g0.tab=1',
        fingerprint: '90c2f4ab13de7e65',
      },
    ],
  }),
] as const satisfies readonly SampleEvent[];

/** A status Alertmanager could add tomorrow: still a card naming the group and its alerts. */
export const ALERTMANAGER_UNKNOWN_EVENT: SampleEvent = sample('suppressed', {
  version: '4',
  groupKey: '{}:{alertname="TargetDown"}',
  truncatedAlerts: 3,
  status: 'suppressed',
  receiver: 'teams-ops',
  groupLabels: { alertname: 'TargetDown' },
  commonLabels: { alertname: 'TargetDown', job: 'blackbox', severity: 'warning' },
  commonAnnotations: { summary: 'Targets of job blackbox are down' },
  externalURL: EXTERNAL_URL,
  alerts: [
    {
      status: 'suppressed',
      labels: { alertname: 'TargetDown', instance: 'probe-1:9115', job: 'blackbox' },
      annotations: {},
      startsAt: '2026-05-31T23:00:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.com:9090/graph?g0.expr=up+%3D%3D+0&g0.tab=1',
      fingerprint: '2d6f8a0c4e1b3957',
    },
  ],
});
