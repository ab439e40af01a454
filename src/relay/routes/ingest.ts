import express, { Router, type RequestHandler } from 'express';
import { senderFor } from '../../connectors/registry.js';
import { safeEqual } from '../../connectors/kit/timing-safe.js';
import type { IngestRequest, Sender } from '../../connectors/types.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, isEntityId } from '../../core/ids.js';
import type { Connector } from '../../core/entities.js';
import { acceptEvent } from '../accept-event.js';
import type { AppDeps } from '../context.js';
import { requireConnectorsEnabled } from '../lookup.js';

interface IngestLocals {
  connector: Connector;
  sender: Sender;
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
      const type = (res.locals.ingest as IngestLocals | undefined)?.sender.id ?? 'unknown';
      instruments.ingest.inc({ type, status: String(res.statusCode) });
      instruments.ingestSeconds.observe({ type }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  const findConnector: RequestHandler = async (req, res, next) => {
    const { connectorId, token } = req.params as { connectorId: string; token: string };
    const connector = isEntityId('connector', connectorId)
      ? await store.connectors.get(connectorId)
      : undefined;
    // Same answer for an unknown id and a wrong token: no oracle for valid ids.
    if (!connector || !safeEqual(connector.tokenHash, hashToken(token))) {
      throw new RelayError('CONNECTOR_NOT_FOUND', 'no connector at this URL');
    }
    const sender = senderFor(connector.type);
    if (!sender)
      throw new RelayError(
        'CONNECTOR_NOT_FOUND',
        `connector type '${connector.type}' is not installed`,
      );
    res.locals.ingest = { connector, sender } satisfies IngestLocals;
    next();
  };

  const handshake: RequestHandler = (req, res) => {
    const { sender } = res.locals.ingest as IngestLocals;
    if (req.method === 'HEAD') {
      if (!sender.handshakeMethods.includes('HEAD')) {
        res.set('Allow', 'POST, GET');
        throw new RelayError('METHOD_NOT_ALLOWED', 'use POST');
      }
      res.status(200).end();
      return;
    }
    // GET lets a person check a URL in a browser without learning anything secret.
    res
      .status(200)
      .json({ status: 'ok', type: sender.id, message: `POST ${sender.name} webhooks here` });
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
    requireConnectorsEnabled(org, team, 'nothing was queued');
    next();
  };

  const receive: RequestHandler = async (req, res) => {
    const { connector, sender } = res.locals.ingest as IngestLocals;
    const request: IngestRequest = {
      method: req.method,
      headers: headerMap(req.headers),
      rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      callbackUrl: connector.callbackUrl,
      receivedAt: clock.now(),
    };
    const answer = await acceptEvent({ enqueuer, clock, logger }, connector, sender, request);
    res.status(answer.status).json(answer.body);
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
