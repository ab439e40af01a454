import { describe, expect, it } from 'vitest';
import { gitlabPipeline, jobPayload, workflowPayload } from '../../fixtures/circleci/payloads.js';
import { cardOf, fact } from '../../fixtures/circleci/request.js';

describe('CircleCI cards', () => {
  it('shows a workflow: project, name, status, pipeline, tag, commit, author, duration, links', () => {
    const card = cardOf(workflowPayload());
    expect(card.title).toBe('[acme/shop] Workflow deploy failed');
    expect(card.subtitle).toBe('Pipeline #77 on tag v2.0.0 by Lin');
    expect(card.accent).toBe('attention');
    expect(card.titleUrl).toBe(workflowPayload().workflow.url);
    expect(fact(card, 'Pipeline')).toBe('#77');
    expect(fact(card, 'Tag')).toBe('v2.0.0');
    expect(fact(card, 'Commit')).toBe('abcdef0 Release 2.0');
    expect(fact(card, 'Author')).toBe('Lin');
    expect(fact(card, 'Duration')).toBe('3 min 25 s');
    expect(card.links.map((l) => l.title)).toEqual(['View workflow', 'View commit']);
  });

  it('shows a GitLab-triggered workflow by its branch and commit', () => {
    const card = cardOf(
      workflowPayload({ pipeline: gitlabPipeline, project: { name: 'api', slug: 'circleci/a/b' } }),
    );
    expect(card.title).toBe('[api] Workflow deploy failed');
    expect(fact(card, 'Branch')).toBe('feature/login');
    expect(fact(card, 'Commit')).toBe('1234567 Add login');
    expect(fact(card, 'Trigger')).toBe('gitlab');
  });

  it.each([
    ['success', 'succeeded', 'good'],
    ['failed', 'failed', 'attention'],
    ['error', 'errored', 'attention'],
    ['canceled', 'was canceled', 'default'],
    ['unauthorized', 'was not authorized', 'warning'],
    ['something_new', 'finished: something new', 'default'],
  ])('words and colours a %s workflow', (status, phrase, accent) => {
    const card = cardOf(workflowPayload({ workflow: { ...workflowPayload().workflow, status } }));
    expect(card.title).toBe(`[acme/shop] Workflow deploy ${phrase}`);
    expect(card.accent).toBe(accent);
  });

  it('shows a job with its number, workflow, duration and job link', () => {
    const card = cardOf(jobPayload());
    expect(card.title).toBe('[acme/shop] Job lint #31 succeeded');
    expect(card.subtitle).toBe('Workflow deploy · Pipeline #77 on tag v2.0.0 by Lin');
    expect(card.accent).toBe('good');
    expect(fact(card, 'Duration')).toBe('45 s');
    expect(fact(card, 'Workflow')).toBe('deploy');
    expect(card.titleUrl).toBe(`${workflowPayload().workflow.url}/jobs/31`);
    expect(card.links.map((l) => l.title)).toEqual(['View job', 'View workflow', 'View commit']);
  });

  it('words long durations in hours and minutes', () => {
    const workflow = {
      ...workflowPayload().workflow,
      created_at: '2026-06-01T09:00:00Z',
      stopped_at: '2026-06-01T10:04:00Z',
    };
    expect(fact(cardOf(workflowPayload({ workflow })), 'Duration')).toBe('1 h 4 min');
  });

  it('keeps huge names and commit subjects short', () => {
    const huge = 'x'.repeat(100_000);
    const card = cardOf(
      workflowPayload({
        workflow: { ...workflowPayload().workflow, name: huge },
        pipeline: { ...gitlabPipeline, trigger_parameters: { gitlab: { commit_title: huge } } },
      }),
    );
    expect(JSON.stringify(card).length).toBeLessThan(2_000);
  });
});
