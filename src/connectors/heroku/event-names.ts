/**
 * Heroku names an event by the entity a webhook subscribes to (`webhook_metadata.event.include`)
 * and the action done to it: `api:release.update`. These are the entities of app webhooks,
 * each with create, update and destroy.
 * https://devcenter.heroku.com/articles/app-webhooks#subscribing-to-webhooks-via-the-heroku-cli
 */
const ENTITIES = [
  'api:addon-attachment',
  'api:addon',
  'api:app',
  'api:build',
  'api:collaborator',
  'api:domain',
  'api:dyno',
  'api:formation',
  'api:release',
  'api:sni-endpoint',
] as const;

const ACTIONS = ['create', 'update', 'destroy'] as const;

export const HEROKU_EVENT_NAMES: readonly string[] = ENTITIES.flatMap((entity) =>
  ACTIONS.map((action) => `${entity}.${action}`),
);

/**
 * Every event but the start of a release or build: Heroku sends `create` when one begins
 * (status `pending`) and `update` when it has succeeded or failed, so the default posts one
 * card per deploy with its outcome. They stay events, never `ignored`, so a connector can list
 * them: releases that are created already finished (config var and add-on changes) arrive
 * only as `api:release.create`.
 */
export const HEROKU_DEFAULT_EVENTS: readonly string[] = HEROKU_EVENT_NAMES.filter(
  (name) => name !== 'api:release.create' && name !== 'api:build.create',
);
