import express, { Router, type RequestHandler } from 'express';
import { providerFor } from '../../connectors/registry.js';
import { safeEqual } from '../../connectors/timing-safe.js';
import type { IngestRequest, Provider } from '../../connectors/types.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, newDeliveryId } from '../../core/ids.js';
import { connectorsEffectivelyEnabled } from '../../core/policy.js';
import type { Connector } from '../../store/index.js';
import type { AppDeps } from '../context.js';

interface IngestLocals {
  connector: Connector;
  provider: Provider;
}

function headerMap(
  raw: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw))
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * The ingest URL. Order matters: find the connector by its unguessable URL, apply policy,
 * read the raw bytes (bounded), verify the signature on them, and only then parse. 202 is
 * sent only after the event is in Redis.
 */
export function ingestRoutes({
  store,
  enqueuer,
  clock,
  config,
  logger,
  instruments,
}: AppDeps): Router {
  const r = Router();

  /** Count every ingest answer by connector type and status, and time the acknowledgement. */
  const measure: RequestHandler = (_req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const type = (res.locals.ingest as IngestLocals | undefined)?.provider.id ?? 'unknown';
      instruments.ingest.inc({ type, status: String(res.statusCode) });
      instruments.ingestSeconds.observe({ type }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  const findConnector: RequestHandler = async (req, res, next) => {
    const { connectorId, token } = req.params as { connectorId: string; token: string };
    const connector = await store.connectors.get(connectorId);
    // Same answer for an unknown id and a wrong token: no oracle for valid ids.
    if (!connector || !safeEqual(connector.tokenHash, hashToken(token))) {
      throw new RelayError('CONNECTOR_NOT_FOUND', 'no connector at this URL');
    }
    const provider = providerFor(connector.type);
    if (!provider)
      throw new RelayError(
        'CONNECTOR_NOT_FOUND',
        `connector type '${connector.type}' is not installed`,
      );
    res.locals.ingest = { connector, provider } satisfies IngestLocals;
    next();
  };

  const handshake: RequestHandler = (req, res) => {
    const { provider } = res.locals.ingest as IngestLocals;
    if (req.method === 'HEAD') {
      if (!provider.handshakeMethods.includes('HEAD')) {
        res.set('Allow', 'POST, GET');
        throw new RelayError('METHOD_NOT_ALLOWED', 'use POST');
      }
      res.status(200).end();
      return;
    }
    // GET lets a person check a URL in a browser without learning anything secret.
    res
      .status(200)
      .json({ status: 'ok', type: provider.id, message: `POST ${provider.name} webhooks here` });
  };

  const readRaw = express.raw({ type: () => true, limit: config.ingestMaxBytes });

  /** Policy before reading the body: a switched-off team costs no body read and queues nothing. */
  const applyPolicy: RequestHandler = async (_req, res, next) => {
    const { connector } = res.locals.ingest as IngestLocals;
    const [channel, team, org] = await Promise.all([
      store.channels.get(connector.channelId),
      store.teams.get(connector.teamId),
      store.org.get(),
    ]);
    if (!channel || !team)
      throw new RelayError('CONNECTOR_NOT_FOUND', 'this connector no longer has a channel');
    if (!connectorsEffectivelyEnabled(org, team)) {
      throw new RelayError(
        'CONNECTORS_DISABLED',
        'connectors are turned off for this team or organisation; nothing was queued',
      );
    }
    next();
  };

  const receive: RequestHandler = async (req, res) => {
    const { connector, provider } = res.locals.ingest as IngestLocals;
    const request: IngestRequest = {
      method: req.method,
      headers: headerMap(req.headers),
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      callbackUrl: connector.callbackUrl,
    };
    if (connector.secrets.length > 0 || provider.secret === 'required') {
      const verdict = provider.verify(request, connector.secrets);
      if (!verdict.ok) throw new RelayError(verdict.code, verdict.message);
    }
    const parsed = provider.parse(request);
    if (!parsed.ok) throw new RelayError('MALFORMED_PAYLOAD', parsed.message);
    const meaning = provider.interpret(parsed.payload, request);
    switch (meaning.kind) {
      case 'malformed':
        throw new RelayError('MALFORMED_PAYLOAD', meaning.message);
      case 'handshake':
        res.status(200).json({ status: 'ok', event: meaning.eventName, message: meaning.message });
        return;
      case 'ignored':
        res
          .status(200)
          .json({ status: 'ignored', event: meaning.eventName, reason: meaning.reason });
        return;
      case 'event':
        break;
      default: {
        const unreachable: never = meaning;
        throw new Error(`unhandled interpretation ${JSON.stringify(unreachable)}`);
      }
    }
    if (connector.events && !connector.events.includes(meaning.eventName)) {
      res.status(200).json({
        status: 'ignored',
        event: meaning.eventName,
        reason: 'not in this connector’s event filter',
      });
      return;
    }
    const now = clock.now();
    const result = await enqueuer.enqueue(
      {
        id: newDeliveryId(),
        channelId: connector.channelId,
        connectorId: connector.id,
        connectorType: connector.type,
        eventName: meaning.eventName,
        senderDeliveryId: meaning.deliveryId,
        receivedAt: new Date(now).toISOString(),
        event: meaning.event,
      },
      meaning.deliveryId,
      now,
    );
    if (result.status === 'duplicate') {
      res.status(200).json({ status: 'duplicate', deliveryId: result.deliveryId });
      return;
    }
    logger.debug('event queued', {
      connectorId: connector.id,
      channelId: connector.channelId,
      deliveryId: result.deliveryId,
    });
    res.status(202).json({
      status: 'queued',
      deliveryId: result.deliveryId,
      ...(result.parked
        ? { warning: 'the channel needs a new webhook URL; the event is held until then' }
        : {}),
    });
  };

  const path = '/hooks/:connectorId/:token';
  r.post(path, measure, findConnector, applyPolicy, readRaw, receive);
  r.head(path, measure, findConnector, handshake);
  r.get(path, measure, findConnector, handshake);
  r.all(path, (req, res) => {
    res.set('Allow', 'POST, GET, HEAD');
    throw new RelayError('METHOD_NOT_ALLOWED', `${req.method} is not accepted here; use POST`);
  });
  return r;
}
