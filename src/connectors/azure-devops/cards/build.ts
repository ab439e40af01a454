import type { CardModel } from '../../../core/card-model.js';
import type { AdoBuildEvent } from '../events.js';
import { SOURCE, duration, facts, formatTime, outcomeOf, shortCommit, words } from './common.js';

/** Why the build ran, as the build summary page words it. A Map: `constructor` finds nothing. */
const REASONS: ReadonlyMap<string, string> = new Map([
  ['manual', 'manual'],
  ['individualCI', 'continuous integration'],
  ['batchedCI', 'continuous integration (batched)'],
  ['schedule', 'scheduled'],
  ['pullRequest', 'pull request'],
  ['buildCompletion', 'another build completed'],
  ['resourceTrigger', 'resource trigger'],
  ['checkInShelveset', 'gated check-in'],
]);

/** Build numbers usually start with the pipeline's name: it is not repeated then. */
function buildName(e: AdoBuildEvent): string {
  const { definition, buildNumber } = e;
  if (buildNumber === undefined) return definition ?? '';
  if (definition === undefined || buildNumber.startsWith(definition)) return buildNumber;
  return `${definition} ${buildNumber}`;
}

/** `build.complete`: the pipeline, the build, its result in colour, who and what it built. */
export function buildCard(e: AdoBuildEvent): CardModel {
  const outcome = outcomeOf(e.result) ?? { phrase: 'completed', accent: 'default' as const };
  const title = `Build ${buildName(e)} ${outcome.phrase}`;
  const on = e.branch ? ` on ${e.branch}` : '';
  return {
    source: SOURCE,
    summary: `${title}${on}`,
    title,
    titleUrl: e.url,
    subtitle: e.requestedFor ? `Requested for ${e.requestedFor}` : undefined,
    accent: outcome.accent,
    facts: facts(
      ['Result', e.result && words(e.result)],
      ['Pipeline', e.definition],
      ['Branch', e.branch],
      ['Commit', shortCommit(e.commit)],
      ['Reason', e.reason && (REASONS.get(e.reason) ?? words(e.reason))],
      ['Duration', duration(e.startedAt, e.finishedAt)],
      ['Finished', formatTime(e.finishedAt)],
    ),
    links: e.url ? [{ title: 'View build', url: e.url }] : [],
  };
}
