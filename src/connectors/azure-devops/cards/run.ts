import type { CardModel } from '../../../core/card-model.js';
import type { AdoRunEvent } from '../events.js';
import { SOURCE, facts, formatTime, outcomeOf, words } from './common.js';

/** A finished run or stage is coloured by its result; one that moved on, by its state. */
function outcome(e: AdoRunEvent) {
  const finished = e.state?.toLowerCase() === 'completed';
  return (
    outcomeOf(finished ? (e.result ?? e.state) : e.state) ?? {
      phrase: 'changed state',
      accent: 'default' as const,
    }
  );
}

/** Pipeline run (or run stage) state changed. */
export function runCard(e: AdoRunEvent): CardModel {
  const { phrase, accent } = outcome(e);
  const run = [e.pipeline, e.run ? `run ${e.run}` : undefined].filter(Boolean).join(' ');
  const title = `${run}${e.stage ? ` stage ${e.stage}` : ''} ${phrase}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    accent,
    facts: facts(
      ['Pipeline', e.pipeline],
      ['Run', e.run],
      ['Stage', e.stage],
      ['State', e.state && words(e.state)],
      ['Result', e.result && words(e.result)],
      ['Finished', e.state?.toLowerCase() === 'completed' ? formatTime(e.finishedAt) : undefined],
    ),
    links: e.url ? [{ title: e.stage ? 'View stage' : 'View run', url: e.url }] : [],
  };
}
