import type { CardModel } from '../../../core/card-model.js';
import type { AdoDeploymentEvent } from '../events.js';
import { SOURCE, facts, outcomeOf, words } from './common.js';

/** Release deployment started or completed: which release, which stage, how it ended. */
export function deploymentCard(e: AdoDeploymentEvent): CardModel {
  const outcome =
    e.phase === 'started'
      ? { phrase: 'started', accent: 'accent' as const }
      : (outcomeOf(e.status) ?? { phrase: 'completed', accent: 'default' as const });
  const what = e.release ? `Deployment of ${e.release}` : 'Deployment';
  const where = e.environment ? ` to ${e.environment}` : '';
  const title = `${what}${where} ${outcome.phrase}`;
  return {
    source: SOURCE,
    summary: e.definition ? `${title} (${e.definition})` : title,
    title,
    titleUrl: e.releaseUrl,
    subtitle: e.definition ? `Release pipeline ${e.definition}` : undefined,
    accent: outcome.accent,
    facts: facts(
      ['Status', e.status && words(e.status)],
      ['Release', e.release],
      ['Stage', e.environment],
      ['Owner', e.owner],
      ['Time to deploy', e.timeToDeploy],
      ['Project', e.project],
    ),
    links: e.releaseUrl ? [{ title: 'View release', url: e.releaseUrl }] : [],
  };
}
