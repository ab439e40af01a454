import type { CardModel } from '../../../core/card-model.js';
import type { GitHubCheckSuiteEvent, GitHubWorkflowJobEvent } from '../events.js';
import { shortSha } from '../../../core/text.js';
import { SOURCE, branchAt, facts, repoTag, runAccent, runPhrase, snakeToWords } from './common.js';

/** Read like check runs (cards/runs.ts): the result, coloured, on `branch @ sha`. */
export function checkSuiteCard(e: GitHubCheckSuiteEvent): CardModel {
  const phrase = runPhrase('completed', 'completed', e.conclusion);
  const where = branchAt(e.branch, shortSha(e.headSha));
  const title = `${repoTag(e.repo)} Check suite ${phrase} on ${where}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.app ? `Reported by ${e.app}` : undefined,
    // A completed suite without a conclusion is not a failure; it reads as neutral.
    accent: e.conclusion === undefined ? 'default' : runAccent(e.conclusion),
    facts: facts(['Result', e.conclusion === undefined ? undefined : snakeToWords(e.conclusion)]),
    links: [{ title: 'View checks', url: e.url }],
  };
}

/** Read like workflow runs: the job, its workflow, the result and where it ran. */
export function workflowJobCard(e: GitHubWorkflowJobEvent): CardModel {
  const phrase = runPhrase('completed', 'completed', e.conclusion);
  const title = `${repoTag(e.repo)} Job ${e.name} ${phrase}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.workflow ? `Workflow ${e.workflow}` : undefined,
    accent: e.conclusion === undefined ? 'default' : runAccent(e.conclusion),
    facts: facts(
      ['Result', e.conclusion === undefined ? undefined : snakeToWords(e.conclusion)],
      ['Branch', branchAt(e.branch, shortSha(e.headSha))],
      ['Runner', e.runner],
    ),
    links: [{ title: 'View job', url: e.url }],
  };
}
