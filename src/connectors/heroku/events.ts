/**
 * Normalised Heroku events: only what a card shows, already cut to size. Every member has
 * `source: 'heroku'` and a distinct `type`; `other` catches entities without a dedicated card.
 */

interface HerokuBase {
  source: 'heroku';
  /** `create`, `update` or `destroy`. */
  action: string;
  app?: string;
  /** Who did it: the actor's e-mail address. */
  actor?: string;
  /** When the resource changed, ISO 8601. */
  at?: string;
}

export interface HerokuReleaseEvent extends HerokuBase {
  type: 'release';
  version?: number;
  /** `pending`, `succeeded`, `failed`, `expired`. */
  status?: string;
  description?: string;
  /** The slug's commit, full sha. */
  commit?: string;
  stack?: string;
}

export interface HerokuBuildEvent extends HerokuBase {
  type: 'build';
  id?: string;
  status?: string;
  /** What was built: the source version (usually a commit sha). */
  sourceVersion?: string;
  stack?: string;
  releaseVersion?: number;
}

/** One attribute of an app that `previous_data` says changed. */
export interface HerokuChange {
  field: string;
  from?: string;
  to?: string;
}

export interface HerokuAppEvent extends HerokuBase {
  type: 'app';
  changes: HerokuChange[];
  /** How many attributes changed, when more were listed than are kept. */
  changeCount: number;
  webUrl?: string;
  region?: string;
  stack?: string;
  maintenance?: boolean;
}

export interface HerokuDynoEvent extends HerokuBase {
  type: 'dyno';
  name?: string;
  command?: string;
  processType?: string;
  /** `starting`, `up`, `crashed`, `down`, `idle`. */
  state?: string;
  size?: string;
  releaseVersion?: number;
}

export interface HerokuFormationEvent extends HerokuBase {
  type: 'formation';
  process?: string;
  quantity?: number;
  previousQuantity?: number;
  size?: string;
  previousSize?: string;
  command?: string;
}

export interface HerokuOtherEvent extends HerokuBase {
  type: 'other';
  /** The entity without its `api:` prefix: `addon`, `domain`, `sni-endpoint`. */
  entity: string;
  subject?: string;
}

export type HerokuEvent =
  | HerokuReleaseEvent
  | HerokuBuildEvent
  | HerokuAppEvent
  | HerokuDynoEvent
  | HerokuFormationEvent
  | HerokuOtherEvent;
