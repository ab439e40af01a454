import {
  STANDARD_WEBHOOK_HEADERS,
  signStandardWebhook,
  verifyStandardWebhook,
  type StandardWebhookHeaders,
} from '../kit/standard-webhooks.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';
import { STRIPE_HEADER, verifyStripe } from './stripe.js';

/** Svix, the reference implementation, sends the same scheme under its own header names. */
export const SVIX_HEADERS: StandardWebhookHeaders = {
  id: 'svix-id',
  timestamp: 'svix-timestamp',
  signature: 'svix-signature',
};

const sent = (req: IngestRequest, header: string) => Boolean(req.headers[header]?.trim());

/**
 * Whichever signature the request carries: Standard Webhooks (`webhook-*`, or Svix's
 * `svix-*`), else Stripe's. Each is refused when its timestamp is stale.
 */
export function verifySignedWebhook(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  if (sent(req, STANDARD_WEBHOOK_HEADERS.signature)) return verifyStandardWebhook(req, secrets);
  if (sent(req, SVIX_HEADERS.signature)) return verifyStandardWebhook(req, secrets, SVIX_HEADERS);
  if (sent(req, STRIPE_HEADER)) return verifyStripe(req, secrets);
  const verdict = verifyStandardWebhook(req, secrets);
  if (verdict.ok || verdict.code !== 'SIGNATURE_MISSING') return verdict;
  return {
    ...verdict,
    message:
      'no signature was sent: expected webhook-signature, svix-signature or Stripe-Signature',
  };
}

/** Signs as a Standard Webhooks sender; the relay's test requests are made this way. */
export function signSignedWebhook(req: SigningInput, secret: string): Record<string, string> {
  return signStandardWebhook(req, secret);
}
