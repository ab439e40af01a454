import type { SampleEvent } from '../types.js';

/**
 * Notifications as a Datadog webhook posts them: the default payload template plus the
 * variables the setup hint recommends ($ALERT_TRANSITION, $ALERT_PRIORITY, $LINK, $TAGS).
 */
const headers = { 'content-type': 'application/json' };

const sample = (event: string, body: object): SampleEvent => ({
  event,
  headers,
  body: JSON.stringify(body),
});

const MONITOR = 'https://app.datadoghq.com/monitors/48151623';

const message = (what: string) =>
  `%%%\nCheckout latency is too high. Notify: @webhook-teams-shop\n\n` +
  `[![Metric Graph](https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_1/2026-06-01/ab12.png)](${MONITOR}?from_ts=1780315200000&to_ts=1780316400000)\n\n` +
  `${what}\n\n- - -\n\n` +
  `[[Monitor Status](${MONITOR}?link_source=monitor_notif)] · [[Edit Monitor](${MONITOR}/edit?link_source=monitor_notif)]\n%%%`;

const template = (fields: Record<string, string | object>) => ({
  org: { id: '1200417', name: 'Example Shop' },
  event_type: 'query_alert_monitor',
  tags: 'env:prod,service:checkout,team:shop,monitor',
  alert_priority: 'P2',
  ...fields,
});

export const DATADOG_SAMPLES = [
  sample(
    'triggered',
    template({
      id: '7915570139226841731',
      title: '[Triggered on {service:checkout}] Checkout p95 latency above 800 ms',
      alert_transition: 'Triggered',
      date: '1780316400000',
      last_updated: '1780316400000',
      link: 'https://app.datadoghq.com/event/event?id=7915570139226841731',
      body: message(
        '**trace.http.request.duration.by.service.95p** over **service:checkout** was **> 0.8** on average during the **last 10m**.',
      ),
    }),
  ),
  sample(
    'recovered',
    template({
      id: '7915572958406203318',
      title: '[Recovered on {service:checkout}] Checkout p95 latency above 800 ms',
      alert_transition: 'Recovered',
      date: '1780318080000',
      last_updated: '1780318080000',
      link: 'https://app.datadoghq.com/event/event?id=7915572958406203318',
      body: message(
        '**trace.http.request.duration.by.service.95p** over **service:checkout** recovered: **0.41** on average during the **last 10m**.',
      ),
    }),
  ),
] as const satisfies readonly SampleEvent[];

/** A transition with no colour of its own yet (a renotification): still an informative card. */
export const DATADOG_UNKNOWN_EVENT: SampleEvent = sample(
  'renotify',
  template({
    id: '7915574012398870012',
    title: 'Checkout p95 latency above 800 ms is still alerting',
    alert_transition: 'Renotify',
    date: '1780319880000',
    link: 'https://app.datadoghq.com/event/event?id=7915574012398870012',
    body: message('The monitor has been alerting for 1 hour.'),
  }),
);
