import { z } from 'zod';
import { loose } from '../kit/schema.js';
import type { HerokuDynoEvent, HerokuFormationEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Base, Resource } from './normalized.js';
import { quantity, text, version, word } from './schema.js';

const dyno = z.object({
  name: text(LIMITS.name),
  command: text(LIMITS.description),
  type: text(LIMITS.token),
  state: word,
  size: text(LIMITS.token),
  release: loose(z.object({ version }).nullable()),
});

/** `api:dyno`: a dyno started (one-off `heroku run`, a restart), changed state, or stopped. */
export function normalizeDyno(base: Base, { data }: Resource): HerokuDynoEvent {
  const d = dyno.safeParse(data).data ?? {};
  return {
    ...base,
    type: 'dyno',
    name: d.name,
    command: d.command,
    processType: d.type,
    state: d.state,
    size: d.size,
    releaseVersion: d.release?.version,
  };
}

const formation = z.object({
  type: text(LIMITS.token),
  quantity,
  size: text(LIMITS.token),
  command: text(LIMITS.description),
});

const previousFormation = z.object({ quantity, size: text(LIMITS.token) });

/** `api:formation`: a process type scaled (`heroku ps:scale web=2`) or resized. */
export function normalizeFormation(base: Base, { data, previous }: Resource): HerokuFormationEvent {
  const f = formation.safeParse(data).data ?? {};
  const before = previousFormation.safeParse(previous).data ?? {};
  return {
    ...base,
    type: 'formation',
    process: f.type,
    quantity: f.quantity,
    previousQuantity: before.quantity,
    size: f.size,
    previousSize: before.size,
    command: f.command,
  };
}
