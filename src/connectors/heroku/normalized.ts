import type { HerokuEvent } from './events.js';

/** What every event carries: who did what to which app, and when. */
export type HerokuBaseOf<E extends HerokuEvent> = Pick<
  E,
  'source' | 'action' | 'app' | 'actor' | 'at'
>;

export type Base = HerokuBaseOf<HerokuEvent>;

/** The payload's `data` and `previous_data` (the old values of what changed), unparsed. */
export interface Resource {
  data: Readonly<Record<string, unknown>>;
  previous: Readonly<Record<string, unknown>>;
}
