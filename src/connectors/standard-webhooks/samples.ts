import type { SampleEvent } from '../types.js';

/**
 * Realistic deliveries for `/connectors/{id}/test` and catalog previews: `{type, timestamp,
 * data}` bodies with the `webhook-id` Standard Webhooks senders set (the signature headers are
 * added when signing).
 */
function sample(type: string, id: string, timestamp: string, data: object): SampleEvent {
  return {
    event: type,
    headers: { 'content-type': 'application/json', 'webhook-id': id },
    body: JSON.stringify({ type, timestamp, data }),
  };
}

export const STANDARD_WEBHOOK_SAMPLES = [
  sample('invoice.payment_failed', 'msg_2nKq8bT4vYp0c1Xz7Lr9Wd3Fh6J', '2026-05-30T09:12:44.102Z', {
    id: 'in_1PvQ2k8s',
    customer: { id: 'cus_Q7x2', name: 'Northwind Traders', email: 'billing@northwind.example' },
    amount_due: 4200,
    currency: 'eur',
    attempt_count: 2,
    next_payment_attempt: '2026-06-02T09:12:44Z',
    hosted_invoice_url: 'https://pay.example.com/invoices/in_1PvQ2k8s',
  }),
  sample('user.created', 'msg_2nKq8bT4vYp0c1Xz7Lr9Wd3Fh6K', '2026-05-30T10:01:07.554Z', {
    id: 'user_29w83sxmDNGwOuEthce5gg56FcC',
    first_name: 'Ada',
    last_name: 'Lovelace',
    email_addresses: ['ada@example.com'],
    roles: ['admin', 'billing'],
  }),
] as const satisfies readonly SampleEvent[];

/** A type the samples do not name: every type gets the same kind of card. */
export const STANDARD_WEBHOOK_UNKNOWN_EVENT = sample(
  'subscription.renewed',
  'msg_2nKq8bT4vYp0c1Xz7Lr9Wd3FhZZ',
  '2026-05-30T11:00:00.000Z',
  { subscription: { id: 'sub_9', plan: 'team', seats: 12 }, renews_at: '2027-05-30' },
);
