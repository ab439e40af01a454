import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { loose, validate } from '../kit/schema.js';
import type { Outcome } from '../types.js';
import type { HerokuEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Base, Resource } from './normalized.js';
import { normalizeApp } from './normalize-app.js';
import { normalizeBuild, normalizeRelease } from './normalize-deploys.js';
import { normalizeDyno, normalizeFormation } from './normalize-dynos.js';
import { normalizeOther } from './normalize-other.js';
import { envelope, type HerokuEnvelope } from './schema.js';

/** `api:release`, `api:addon-attachment`: the `api:` namespace and a kebab-case entity. */
const INCLUDE = /^api:([a-z][a-z0-9-]{0,40})$/;
const RESOURCE = /^[a-z][a-z0-9-]{0,40}$/;
/** Heroku's actions are `create`, `update` and `destroy`. */
const ACTION = /^[a-z][a-z_]{0,31}$/;

/** Event ids are UUIDs; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;

type Normalizer = (base: Base, resource: Resource) => HerokuEvent;

/** Entities with a dedicated card. A Map, so an entity like "constructor" finds nothing. */
const NORMALIZERS: ReadonlyMap<string, Normalizer> = new Map<string, Normalizer>([
  ['release', normalizeRelease],
  ['build', normalizeBuild],
  ['app', normalizeApp],
  ['dyno', normalizeDyno],
  ['formation', normalizeFormation],
]);

const appName = z.object({
  name: loose(z.string()),
  app: loose(z.object({ name: loose(z.string()) })),
});

/**
 * The entity the webhook subscribed to. `include` names it; `resource` is the same word
 * without the namespace. A body signed by Heroku whose two are unreadable still gets a card,
 * under an entity name no filter lists.
 */
function entityOf(e: HerokuEnvelope): string {
  const include = e.webhook_metadata?.event?.include;
  const fromInclude = include ? INCLUDE.exec(include)?.[1] : undefined;
  if (fromInclude) return fromInclude;
  return e.resource && RESOURCE.test(e.resource) ? e.resource : 'unknown';
}

/**
 * Heroku sends no event or delivery header: the body names both. The event id
 * (`webhook_metadata.event.id`, the same as the top-level `id`) is kept across retries of a
 * `sync` webhook, so it is the de-duplication key; delivery and attempt ids are not.
 */
export function interpretHeroku(payload: unknown): Outcome<HerokuEvent> {
  const parsed = validate(envelope, payload, 'Heroku webhook');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const e = parsed.data;
  if (!ACTION.test(e.action)) {
    return { kind: 'malformed', message: 'action is not a Heroku action word' };
  }
  const entity = entityOf(e);
  const eventName = `api:${entity}.${e.action}`;
  const deliveryId = (e.webhook_metadata?.event?.id ?? e.id)?.trim() || undefined;
  if (deliveryId !== undefined && deliveryId.length > MAX_DELIVERY_ID) {
    return { kind: 'malformed', message: 'the event id is not an id' };
  }
  const names = appName.safeParse(e.data).data;
  const app = entity === 'app' ? names?.name : names?.app?.name;
  const base: Base = {
    source: 'heroku',
    action: e.action,
    app: excerpt(app, LIMITS.name),
    actor: e.actor?.email,
    at: e.created_at,
  };
  const resource: Resource = { data: e.data, previous: e.previous_data ?? {} };
  const normalize = NORMALIZERS.get(entity);
  const event = normalize ? normalize(base, resource) : normalizeOther(base, entity, resource);
  return { kind: 'event', eventName, deliveryId, event };
}
