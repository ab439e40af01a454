import { parseAnyJson } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import { genericCard } from './card.js';
import { normalizeGeneric } from './normalize.js';
import { GENERIC_SAMPLES, GENERIC_UNKNOWN_EVENT } from './samples.js';

/** The signature GitHub popularised, which most tools that sign at all can produce. */
const SCHEME: HmacScheme = {
  header: 'X-Signature-256',
  algorithm: 'sha256',
  encoding: 'hex',
  prefix: 'sha256=',
};

/** Any JSON, from anything that can POST: a sensible card from whatever fields it finds. */
export const genericSender = defineSender({
  id: 'generic',
  name: 'Generic JSON',
  events: ['message', ...GENERIC_SAMPLES.map((s) => s.event)],
  openEvents: true,
  // Many tools cannot sign: the unguessable ingest URL protects a connector without a secret.
  secret: 'optional',
  auth: {
    scheme: 'hmac',
    summary:
      'optional: HMAC-SHA256 of the body with the connector secret, in X-Signature-256 as sha256=<hex>',
  },
  setupHint:
    'POST any JSON to the ingest URL; name the event in an X-Event-Type header or an "event" ' +
    'field, and sign it if the tool can.',
  handshakeMethods: [],
  verify: (req, secrets) =>
    verifyHmac(SCHEME, req.rawBody, secrets, req.headers['x-signature-256']),
  sign: (req, secret) => ({ 'x-signature-256': hmacSignature(SCHEME, secret, req.rawBody) }),
  parse: parseAnyJson,
  normalize: normalizeGeneric,
  card: genericCard,
  samples: GENERIC_SAMPLES,
  handshakes: [],
  unknownEvent: GENERIC_UNKNOWN_EVENT,
});
