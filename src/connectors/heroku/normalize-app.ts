import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { loose } from '../kit/schema.js';
import type { HerokuAppEvent, HerokuChange } from './events.js';
import { LIMITS } from './limits.js';
import type { Base, Resource } from './normalized.js';
import { link, named } from './schema.js';

const app = z.object({
  web_url: link,
  region: named,
  stack: named,
  maintenance: loose(z.boolean()),
});

/** Attributes every update touches: they say nothing about what was changed. */
const NOISE = new Set(['updated_at']);

/** Keys of `previous_data` looked at: an app has about 25 attributes. */
const MAX_KEYS = 50;

/** A value as a card shows it: scalars as written, `{name}` objects by name, null as none. */
function shown(value: unknown): string | undefined {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return excerpt(value, LIMITS.name) ?? '(empty)';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? excerpt(name, LIMITS.name) : undefined;
  }
  return undefined;
}

/**
 * What changed, in the order Heroku lists it: `previous_data` holds the old value of each
 * changed attribute, `data` the new one. Only the first keys are looked at.
 */
function changesOf({ data, previous }: Resource): { changes: HerokuChange[]; count: number } {
  const changes: HerokuChange[] = [];
  let seen = 0;
  let count = 0;
  for (const field in previous) {
    if (++seen > MAX_KEYS) break;
    if (!Object.hasOwn(previous, field) || NOISE.has(field)) continue;
    count += 1;
    if (changes.length >= LIMITS.changes) continue;
    const to = Object.hasOwn(data, field) ? shown(data[field]) : undefined;
    changes.push({
      field: excerpt(field, LIMITS.token) ?? field,
      from: shown(previous[field]),
      to,
    });
  }
  return { changes, count };
}

/** `api:app`: an app created, deleted, or changed (renamed, maintenance mode, stack). */
export function normalizeApp(base: Base, resource: Resource): HerokuAppEvent {
  const a = app.safeParse(resource.data).data ?? {};
  const { changes, count } = changesOf(resource);
  return {
    ...base,
    type: 'app',
    changes,
    changeCount: count,
    webUrl: a.web_url,
    region: a.region?.name,
    stack: a.stack?.name,
    maintenance: a.maintenance,
  };
}
