import type { Accent, CardModel } from '../../../core/card-model.js';
import type { HerokuDynoEvent, HerokuFormationEvent } from '../events.js';
import { SOURCE, appTag, byLine, dashboardLink, dashboardUrl, done, facts } from './common.js';

/** Dyno states that need someone's attention. */
const DYNO_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['crashed', 'attention'],
  ['down', 'warning'],
]);

const DYNO_VERBS: ReadonlyMap<string, string> = new Map([
  ['create', 'started'],
  ['destroy', 'stopped'],
]);

/** `[my-app] Dyno run.1 started: ls`, `[my-app] Dyno web.1 crashed`. */
export function dynoCard(e: HerokuDynoEvent): CardModel {
  const what =
    (e.action === 'update' ? e.state : undefined) ?? DYNO_VERBS.get(e.action) ?? done(e.action);
  const name = e.name ? `Dyno ${e.name}` : 'Dyno';
  const command = e.command && e.action === 'create' ? `: ${e.command}` : '';
  const title = `${appTag(e.app)}${name} ${what}${command}`;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: dashboardUrl(e.app),
    subtitle: byLine(e.actor),
    accent: (e.state && DYNO_ACCENTS.get(e.state)) || 'default',
    facts: facts(
      ['Dyno', e.name],
      ['Command', e.command],
      ['Type', e.processType],
      ['State', e.state],
      ['Size', e.size],
      ['Release', e.releaseVersion === undefined ? undefined : `v${e.releaseVersion}`],
    ),
    links: dashboardLink(e.app, '/resources'),
  };
}

function dynos(n: number): string {
  return `${n} dyno${n === 1 ? '' : 's'}`;
}

/** What happened to the process type, as the title says it. */
function formationChange(e: HerokuFormationEvent): string {
  const scaled =
    e.quantity !== undefined &&
    e.previousQuantity !== undefined &&
    e.quantity !== e.previousQuantity;
  const resized = e.size !== undefined && e.previousSize !== undefined && e.size !== e.previousSize;
  if (scaled && resized) {
    return `scaled from ${dynos(e.previousQuantity!)} of ${e.previousSize} to ${dynos(e.quantity!)} of ${e.size}`;
  }
  if (scaled) return `scaled from ${e.previousQuantity} to ${dynos(e.quantity!)}`;
  if (resized) return `resized from ${e.previousSize} to ${e.size}`;
  if (e.action === 'update' && e.quantity !== undefined) return `set to ${dynos(e.quantity)}`;
  return done(e.action);
}

/** `[my-app] web scaled from 1 to 0 dynos`. */
export function formationCard(e: HerokuFormationEvent): CardModel {
  const process = e.process ? `Process ${e.process}` : 'Formation';
  const title = `${appTag(e.app)}${process} ${formationChange(e)}`;
  const before = e.previousQuantity !== undefined && e.previousQuantity !== e.quantity;
  const sizeBefore = e.previousSize !== undefined && e.previousSize !== e.size;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: dashboardUrl(e.app),
    subtitle: byLine(e.actor),
    // Scaled to zero, the process no longer runs.
    accent: e.quantity === 0 ? 'warning' : 'default',
    facts: facts(
      ['Process', e.process],
      ['Dynos', before ? `${e.previousQuantity} → ${e.quantity ?? '?'}` : e.quantity],
      ['Size', sizeBefore ? `${e.previousSize} → ${e.size ?? '?'}` : e.size],
      ['Command', e.command],
    ),
    links: dashboardLink(e.app, '/resources'),
  };
}
