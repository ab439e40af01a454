import type { CardModel } from '../../../core/card-model.js';
import type { GitHubCheckRunEvent, GitHubWorkflowRunEvent } from '../events.js';
import { shortSha } from '../../../core/text.js';
import { SOURCE, branchAt, facts, repoTag, runAccent, runPhrase, snakeToWords } from './common.js';

export function workflowRunCard(e: GitHubWorkflowRunEvent): CardModel {
  const phrase = runPhrase(e.action, e.status, e.conclusion);
  const title = `${repoTag(e.repo)} Workflow ${e.workflow} #${e.runNumber} ${phrase}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.actor ? `Triggered by ${e.actor}` : undefined,
    accent: runAccent(e.conclusion),
    facts: facts(
      ['Result', e.conclusion === undefined ? undefined : snakeToWords(e.conclusion)],
      ['Branch', branchAt(e.branch, shortSha(e.headSha))],
      ['Trigger', snakeToWords(e.trigger)],
      ['Run', e.title],
    ),
    links: [{ title: 'View run', url: e.url }],
  };
}

export function checkRunCard(e: GitHubCheckRunEvent): CardModel {
  const phrase = runPhrase(e.action, e.status, e.conclusion);
  const title = `${repoTag(e.repo)} Check ${e.name} ${phrase}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.app ? `Reported by ${e.app}` : undefined,
    accent: runAccent(e.conclusion),
    text: e.outputSummary,
    facts: facts(
      ['Result', e.conclusion === undefined ? undefined : snakeToWords(e.conclusion)],
      ['Branch', branchAt(e.branch, shortSha(e.headSha))],
      ['Output', e.outputTitle],
    ),
    links: [{ title: 'View check', url: e.url }],
  };
}
