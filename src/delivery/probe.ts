import type { DestinationKind } from '../core/destination.js';
import { classifyResponse } from './classify.js';
import type { DeliveryClient } from './client.js';

/**
 * A check of a new webhook URL that cannot post anything: the body is not JSON, so a live
 * Workflows trigger or O365 connector refuses it (400) before any card exists, while a
 * deleted flow or removed connector answers gone (404/410) as it would for a real card.
 */
export const PROBE_BODY = 'connector-relay: checking this webhook URL (not a card)';
/** Marks the request as a check, for those reading the destination's logs (and for fakes). */
export const PROBE_HEADER = 'x-connector-relay-probe';

export type ProbeVerdict = { gone: true; reason: string } | { gone: false };

/** Only a clear "gone" counts: any other answer, a refusal of the probe body included, passes. */
export async function probeDestination(
  client: DeliveryClient,
  url: string,
  kind: DestinationKind,
  now: () => number,
): Promise<ProbeVerdict> {
  const res = await client.post(url, PROBE_BODY, { [PROBE_HEADER]: '1' });
  const outcome = classifyResponse(kind, res, now());
  return outcome.type === 'gone' ? { gone: true, reason: outcome.reason } : { gone: false };
}
