import type { IngestRequest, Sender } from '../connectors/types.js';
import type { Clock } from '../core/clock.js';
import type { Connector } from '../core/entities.js';
import { RelayError } from '../core/errors.js';
import { newDeliveryId } from '../core/ids.js';
import { MESSAGE_VERSION } from '../core/message.js';
import type { Logger } from '../core/logger.js';
import type { Enqueuer } from '../queue/enqueuer.js';
import type { z } from 'zod';
import type { ingestNotQueuedSchema, ingestQueuedSchema } from './schemas/ingest.js';

/** Passes every event, including names the sender adds later. */
export const ALL_EVENTS = '*';

export function passesFilter(events: readonly string[] | undefined, eventName: string): boolean {
  return events === undefined || events.includes(ALL_EVENTS) || events.includes(eventName);
}

export interface AcceptDeps {
  enqueuer: Enqueuer;
  clock: Clock;
  logger: Logger;
}

/** What the ingest URL answers; the test endpoint answers the same. */
export type Accepted =
  | { status: 202; body: z.input<typeof ingestQueuedSchema> }
  | { status: 200; body: z.input<typeof ingestNotQueuedSchema> };

/**
 * The pipeline every event takes, from the raw request to the outbox: verify the signature on
 * the raw bytes, then parse, interpret, filter and queue. Refusals throw a RelayError (4xx).
 * The answer is 202 only once the event is durably in Redis.
 */
export async function acceptEvent(
  deps: AcceptDeps,
  connector: Connector,
  sender: Sender,
  request: IngestRequest,
  opts: { test?: boolean; warning?: string } = {},
): Promise<Accepted> {
  // Said on every answer, when the ingest URL was replaced and is in its grace period.
  const said = opts.warning ? { warning: opts.warning } : {};
  const checks =
    sender.secret === 'required' || (sender.secret === 'optional' && connector.secrets.length > 0);
  if (checks) {
    const verdict = sender.verify(request, connector.secrets);
    if (!verdict.ok) throw new RelayError(verdict.code, verdict.message);
  }
  const parsed = sender.parse(request);
  if (!parsed.ok) throw new RelayError('MALFORMED_PAYLOAD', parsed.message);
  const meaning = sender.interpret(parsed.payload, request);
  switch (meaning.kind) {
    case 'malformed':
      throw new RelayError('MALFORMED_PAYLOAD', meaning.message);
    case 'handshake':
      return {
        status: 200,
        body: { status: 'ok', event: meaning.eventName, message: meaning.message, ...said },
      };
    case 'ignored':
      return {
        status: 200,
        body: { status: 'ignored', event: meaning.eventName, reason: meaning.reason, ...said },
      };
    case 'event':
      break;
    default: {
      const unreachable: never = meaning;
      throw new Error(`unhandled interpretation ${JSON.stringify(unreachable)}`);
    }
  }
  // A test is what the user asked for: it goes out whatever the filter says.
  const filter = connector.events ?? sender.defaultEvents;
  if (!opts.test && !passesFilter(filter, meaning.eventName)) {
    return {
      status: 200,
      body: {
        status: 'ignored',
        event: meaning.eventName,
        reason: 'not in this connector’s event filter',
        ...said,
      },
    };
  }
  const now = deps.clock.now();
  // A test must reach the channel each time it is asked for: no de-duplication key.
  const senderKey = opts.test ? undefined : meaning.deliveryId;
  const result = await deps.enqueuer.enqueue(
    {
      id: newDeliveryId(),
      channelId: connector.channelId,
      connectorId: connector.id,
      connectorType: connector.type,
      eventName: meaning.eventName,
      senderDeliveryId: meaning.deliveryId,
      receivedAt: new Date(now).toISOString(),
      ...(opts.test ? { test: true } : {}),
      message: { v: MESSAGE_VERSION, ...meaning.event, ...(opts.test ? { test: true } : {}) },
    },
    senderKey,
    now,
  );
  if (result.status === 'duplicate') {
    return {
      status: 200,
      body: { status: 'duplicate', deliveryId: result.deliveryId, ...said },
    };
  }
  deps.logger.info('event queued', {
    connectorId: connector.id,
    connectorType: connector.type,
    channelId: connector.channelId,
    deliveryId: result.deliveryId,
    event: meaning.eventName,
    ...(meaning.deliveryId ? { senderDeliveryId: meaning.deliveryId } : {}),
    ...(opts.test ? { test: true } : {}),
    ...(result.parked ? { parked: true } : {}),
  });
  const warnings = [
    ...(result.parked ? ['the channel needs a new webhook URL; the event is held until then'] : []),
    ...(opts.warning ? [opts.warning] : []),
  ];
  return {
    status: 202,
    body: {
      status: 'queued',
      deliveryId: result.deliveryId,
      ...(opts.test ? { test: true as const } : {}),
      ...(warnings.length > 0 ? { warning: warnings.join('. ') } : {}),
    },
  };
}
