import { z } from 'zod';
import { loose } from '../../kit/schema.js';
import type { AdoBase, AdoRunEvent } from '../events.js';
import { name, webLinks, webPage, word } from '../schema.js';

const pipeline = loose(z.object({ name }));

const runState = z.object({
  run: loose(
    z.object({
      name,
      state: word,
      result: word,
      finishedDate: word,
      pipeline,
      _links: webLinks,
    }),
  ),
  stage: loose(z.object({ name, displayName: name, state: word, result: word, _links: webLinks })),
  pipeline,
});

/**
 * `ms.vss-pipelines.run-state-changed-event` (the docs' `run.statechanged`) and the stage
 * event, which adds the stage whose state changed.
 */
export function normalizeRun(
  resource: unknown,
  base: AdoBase,
  withStage: boolean,
): AdoRunEvent | undefined {
  const parsed = runState.safeParse(resource);
  if (!parsed.success) return undefined;
  const { run, stage, pipeline: definition } = parsed.data;
  const pipelineName = definition?.name ?? run?.pipeline?.name;
  if (pipelineName === undefined && run?.name === undefined) return undefined;
  const own = withStage ? stage : undefined;
  return {
    ...base,
    kind: 'run',
    stage: own?.displayName ?? own?.name,
    pipeline: pipelineName,
    run: run?.name,
    state: own ? own.state : run?.state,
    result: own ? own.result : run?.result,
    url: webPage(own?._links) ?? webPage(run?._links) ?? base.message.url,
    finishedAt: run?.finishedDate,
  };
}
