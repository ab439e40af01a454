/**
 * A custom definition turned into a sender like any built-in: the definition's auth becomes
 * verify and sign, its locators find the event name and delivery id, and its templates make
 * the card. Built once per definition (templates are parsed then), used for every event.
 */
import { createHash } from 'node:crypto';
import type { CardModel } from '../../core/card-model.js';
import type { RawCard } from '../../core/message.js';
import { parseJsonObject } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import {
  hmacSignature,
  noUsableSecret,
  usableSecrets,
  verifyHmac,
  type HmacScheme,
} from '../kit/hmac.js';
import { safeEqual } from '../kit/timing-safe.js';
import type { IngestRequest, SampleEvent, Sender, SenderAuth, VerifyResult } from '../types.js';
import { bindTemplate } from './bind.js';
import { FALLBACK, type CustomAuth, type CustomDefinition, type Locator } from './definition.js';
import { finishCard } from './finish.js';
import { describeLocator, locate } from './locate.js';
import type { PreparedTemplate } from './template.js';

/** A custom event, as far as the sender's folder sees it. */
interface CustomEvent {
  model: CardModel;
  raw: RawCard | undefined;
}

const EVENT_NAME_CHARS = 100;
const DELIVERY_ID_CHARS = 128;

function authOf(auth: CustomAuth): { secret: Sender['secret']; auth: SenderAuth } {
  switch (auth.type) {
    case 'none':
      return {
        secret: 'none',
        auth: {
          scheme: 'url-only',
          summary: 'none: the ingest URL is the only credential; keep it private',
        },
      };
    case 'header':
      return {
        secret: 'required',
        auth: {
          scheme: 'shared-secret',
          summary: `the connector secret in ${auth.header}${auth.prefix ? ` after "${auth.prefix}"` : ''}`,
        },
      };
    case 'hmac':
      return {
        secret: 'required',
        auth: {
          scheme: 'hmac',
          summary: `HMAC-${auth.algorithm.toUpperCase()} of the raw body with the connector secret, in ${auth.header} as ${auth.prefix ?? ''}<${auth.encoding}>`,
        },
      };
  }
}

function verifyToken(
  auth: Extract<CustomAuth, { type: 'header' }>,
  req: IngestRequest,
  secrets: readonly string[],
): VerifyResult {
  const keys = usableSecrets(secrets);
  if (keys.length === 0) return noUsableSecret(auth.header);
  const sent = req.headers[auth.header.toLowerCase()]?.trim();
  if (!sent)
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${auth.header} header is missing` };
  const prefix = auth.prefix ?? '';
  const token =
    sent.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
      ? sent.slice(prefix.length).trim()
      : '';
  let matched = false;
  // Every secret is compared (no early exit), each in constant time.
  for (const key of keys) matched = safeEqual(token, key) || matched;
  if (matched) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: `${auth.header} does not match the connector's secret`,
  };
}

function signer(auth: CustomAuth) {
  switch (auth.type) {
    case 'none':
      return { verify: (): VerifyResult => ({ ok: true }), sign: () => ({}) };
    case 'header':
      return {
        verify: (req: IngestRequest, secrets: readonly string[]) => verifyToken(auth, req, secrets),
        sign: (_req: unknown, secret: string) => ({
          [auth.header.toLowerCase()]: `${auth.prefix ?? ''}${secret}`,
        }),
      };
    case 'hmac': {
      const scheme: HmacScheme = {
        header: auth.header,
        algorithm: auth.algorithm,
        encoding: auth.encoding,
        ...(auth.prefix !== undefined ? { prefix: auth.prefix } : {}),
      };
      return {
        verify: (req: IngestRequest, secrets: readonly string[]) =>
          verifyHmac(scheme, req.rawBody, secrets, req.headers[auth.header.toLowerCase()]),
        sign: (req: { rawBody: Buffer }, secret: string) => ({
          [auth.header.toLowerCase()]: hmacSignature(scheme, secret, req.rawBody),
        }),
      };
    }
  }
}

/** A request body that puts `value` where `locator` looks, if it looks in the body. */
function placed(
  locator: Locator | undefined,
  value: string,
  headers: Record<string, string>,
  body: Record<string, unknown>,
) {
  if (!locator) return;
  if ('header' in locator) {
    headers[locator.header.toLowerCase()] = value;
    return;
  }
  const tokens = locator.pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let here = body;
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) here[token] = value;
    else {
      const next: Record<string, unknown> = {};
      here[token] = next;
      here = next;
    }
  });
}

/** A request as the sender would make it for `event` with `payload`. */
export function customRequest(
  def: CustomDefinition,
  event: string,
  payload: unknown,
  headers: Readonly<Record<string, string>> = {},
): SampleEvent {
  const out: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  if ('header' in def.eventType && event !== '') out[def.eventType.header.toLowerCase()] ??= event;
  const body =
    typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (structuredClone(payload) as Record<string, unknown>)
      : {};
  return { event, headers: out, body: JSON.stringify(body) };
}

/** Samples for previews and tests: the definition's own, or one made per template. */
function samplesOf(
  def: CustomDefinition,
  events: readonly string[],
): [SampleEvent, ...SampleEvent[]] {
  const given = (def.samples ?? []).map((s) =>
    customRequest(def, s.event, s.payload, s.headers ?? {}),
  );
  if (given.length > 0) return given as [SampleEvent, ...SampleEvent[]];
  const names = events.length > 0 ? events : ['event'];
  return names.slice(0, 10).map((event, i) => made(def, event, `sample-${i + 1}`)) as [
    SampleEvent,
    ...SampleEvent[],
  ];
}

function made(def: CustomDefinition, event: string, deliveryId: string): SampleEvent {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const body: Record<string, unknown> = {};
  placed(def.eventType, event, headers, body);
  placed(def.deliveryId, deliveryId, headers, body);
  return { event, headers, body: JSON.stringify(body) };
}

/** Events a filter may list: the definition's list, else the names of its templates. */
export function eventsOf(def: CustomDefinition): string[] {
  return def.events ?? Object.keys(def.templates).filter((name) => name !== FALLBACK);
}

/**
 * The sender for a definition whose templates are already prepared (see compile.ts): the
 * templates map holds one prepared template per key of `def.templates`.
 */
export function customSender(
  def: CustomDefinition,
  templates: ReadonlyMap<string, PreparedTemplate>,
): Sender {
  const events = eventsOf(def);
  const { secret, auth } = authOf(def.auth);
  const { verify, sign } = signer(def.auth);
  const samples = samplesOf(def, events);
  const unknownName = events.includes('relay.unknown-event')
    ? 'relay.unknown-event-2'
    : 'relay.unknown-event';
  return defineSender<CustomEvent>({
    id: def.id,
    name: def.name,
    events,
    // The fallback template makes a card for any name the sender uses.
    openEvents: true,
    secret,
    auth,
    setupHint:
      def.setupHint ??
      `Point the sender's webhook at the ingest URL. ${def.name} names the event in its ${describeLocator(def.eventType)}` +
        (secret === 'none' ? '.' : ' and proves it sent the request with the connector secret.'),
    handshakeMethods: [],
    verify,
    sign,
    parse: (req) => parseJsonObject(req.rawBody.toString('utf8')),
    normalize(payload, req) {
      const eventName = locate(def.eventType, req.headers, payload, EVENT_NAME_CHARS);
      if (eventName === undefined) {
        return {
          kind: 'malformed',
          message: `no event name in the ${describeLocator(def.eventType)}`,
        };
      }
      const located = def.deliveryId
        ? locate(def.deliveryId, req.headers, payload, 1024)
        : undefined;
      // A long id is kept whole as its hash: de-duplication needs all of it, the key a bound.
      const deliveryId =
        located === undefined || located.length <= DELIVERY_ID_CHARS
          ? located
          : createHash('sha256').update(located).digest('hex');
      const { model, raw } = templated(def, templates, eventName, payload);
      return { kind: 'event', eventName, deliveryId, event: { model, raw } };
    },
    card: (event) => event.model,
    raw: (event) => event.raw,
    samples,
    handshakes: [],
    unknownEvent: made(def, unknownName, 'sample-unknown'),
  });
}

/**
 * The card the definition makes for one event: the event's template, or the fallback, bound
 * to the payload. A template that cannot be applied still posts: the card model says why.
 */
export function templated(
  def: Pick<CustomDefinition, 'name'>,
  templates: ReadonlyMap<string, PreparedTemplate>,
  eventName: string,
  payload: unknown,
): CustomEvent & { problem?: string } {
  const template = templates.get(eventName) ?? templates.get(FALLBACK);
  const bound = template ? bindTemplate(template, payload, { event: eventName }) : undefined;
  const finished = finishCard(bound?.ok ? bound.value : undefined, def.name, eventName);
  const problem = bound && !bound.ok ? bound.reason : finished.problem;
  const model = problem ? withProblem(finished.model, problem) : finished.model;
  const raw: RawCard | undefined = finished.card
    ? { format: 'adaptive', content: finished.card }
    : undefined;
  return { model, raw, ...(problem ? { problem } : {}) };
}

/** A template that could not be applied still posts: the card says why. */
export const TEMPLATE_PROBLEM = 'Template not applied';

function withProblem(model: CardModel, reason: string): CardModel {
  return { ...model, facts: [...model.facts, { title: TEMPLATE_PROBLEM, value: reason }] };
}
