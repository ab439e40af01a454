import type { SampleEvent } from '../types.js';

/** Notifications as the default webhook template renders them, for tests and previews. */
const ISSUE_ID = '4b8f6c2e-1d9a-4e73-b0c5-8a2f7d6e3b91';

const issue = {
  id: ISSUE_ID,
  issueUrl: `https://radar-api.service.newrelic.com/accounts/3141592/issues/${ISSUE_ID}?notifier=WEBHOOK`,
  title: "checkout-api query result is > 2000.0 for 5 minutes on 'Checkout p95 latency'",
  priority: 'CRITICAL',
  impactedEntities: ['checkout-api', 'checkout-worker', 'payments-gateway'],
  totalIncidents: 3,
  isCorrelated: true,
  createdAt: 1796029892418,
  sources: ['newrelic'],
  alertPolicyNames: ['Checkout golden signals'],
  alertConditionNames: ['Checkout p95 latency'],
  workflowName: 'Payments on-call',
};

function notification(state: string, trigger: string, updatedAt: number): SampleEvent {
  return {
    event: state,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...issue, state, trigger, updatedAt }),
  };
}

export const NEWRELIC_SAMPLES = [
  notification('ACTIVATED', 'STATE_CHANGE', 1796030092418),
  notification('ACKNOWLEDGED', 'STATE_CHANGE', 1796030215003),
  notification('CLOSED', 'INCIDENT_CLOSED', 1796031021774),
] as const satisfies readonly SampleEvent[];

/** A workflow with a template of its own, which sends no state. */
export const NEWRELIC_UNKNOWN_EVENT: SampleEvent = {
  event: 'notification',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    issueId: ISSUE_ID,
    issueTitle: 'Synthetic check for the storefront failed from 3 locations',
    issuePageUrl: `https://one.newrelic.com/alerts-ai/issues/${ISSUE_ID}`,
    priority: 'HIGH',
    monitorName: 'Storefront home page',
    failedLocations: ['Frankfurt', 'London', 'Dublin'],
    runbook: 'https://wiki.example.com/runbooks/storefront',
    updatedAt: 1796030520660,
  }),
};
