import { describe, expect, it } from 'vitest';
import {
  PROJECT_URL,
  SHA_B,
  build,
  jobPayload,
  pipelinePayload,
} from '../../fixtures/gitlab/payloads.js';
import { cardFor, eventOf, factsOf, interpret } from '../../fixtures/gitlab/request.js';

const PIPELINE_URL = `${PROJECT_URL}/-/pipelines/31`;

describe('GitLab pipeline card', () => {
  it('shows a passed pipeline in green with ref, commit, trigger and duration', () => {
    const card = cardFor('Pipeline Hook', pipelinePayload());
    expect(card.title).toBe('[team/app] Pipeline #31 passed on branch main');
    expect(card.accent).toBe('good');
    expect(card.subtitle).toBe('Triggered by Jane Doe');
    expect(factsOf(card)).toEqual({
      Status: 'success',
      Ref: `main @ ${SHA_B.slice(0, 8)}`,
      Commit: 'Commit number 9 (Author 9)',
      Source: 'push',
      Duration: '1 min 3 s',
    });
    expect(card.list).toBeUndefined();
    expect(card.links[0]).toEqual({ title: 'View pipeline', url: PIPELINE_URL });
    expect(card.links[1]?.title).toBe('View commit');
  });

  it('lists the failed jobs of a failed pipeline in red, marking those allowed to fail', () => {
    const builds = [
      build(1),
      build(2, { status: 'failed', stage: 'lint' }),
      build(3, { status: 'failed', allow_failure: true }),
      build(4, { status: 'skipped' }),
    ];
    const card = cardFor(
      'Pipeline Hook',
      pipelinePayload({ object_attributes: { status: 'failed' }, builds }),
    );
    expect(card.title).toBe('[team/app] Pipeline #31 failed on branch main');
    expect(card.accent).toBe('attention');
    expect(card.list).toEqual({
      label: 'failed jobs',
      items: [
        { code: 'lint', text: 'job-2', detail: 'failed', url: `${PROJECT_URL}/-/jobs/1002` },
        {
          code: 'test',
          text: 'job-3',
          detail: 'failed, allowed to fail',
          url: `${PROJECT_URL}/-/jobs/1003`,
        },
      ],
      total: 2,
      moreUrl: PIPELINE_URL,
    });
  });

  it('keeps ten failed jobs and counts the rest', () => {
    const builds = Array.from({ length: 15 }, (_, i) => build(i, { status: 'failed' }));
    const card = cardFor(
      'Pipeline Hook',
      pipelinePayload({ object_attributes: { status: 'failed' }, builds }),
    );
    expect(card.list?.items).toHaveLength(10);
    expect(card.list?.total).toBe(15);
  });

  it('posts a running pipeline as started, without a duration yet', () => {
    const card = cardFor(
      'Pipeline Hook',
      pipelinePayload({ object_attributes: { status: 'running', duration: 0 } }),
    );
    expect(card.title).toContain('#31 running');
    expect(card.accent).toBe('accent');
    expect(factsOf(card).Duration).toBeUndefined();
  });

  it.each(['created', 'pending', 'waiting_for_resource', 'preparing'])(
    'ignores a pipeline that is only %s',
    (status) => {
      expect(
        interpret('Pipeline Hook', pipelinePayload({ object_attributes: { status } })),
      ).toMatchObject({
        kind: 'ignored',
        eventName: 'Pipeline Hook',
      });
    },
  );

  it.each([
    ['canceled', 'was canceled', 'default'],
    ['manual', 'waits for a manual action', 'warning'],
    ['skipped', 'was skipped', 'default'],
  ])('words %s as "%s" (%s)', (status, phrase, accent) => {
    const card = cardFor('Pipeline Hook', pipelinePayload({ object_attributes: { status } }));
    expect(card.title).toBe(`[team/app] Pipeline #31 ${phrase} on branch main`);
    expect(card.accent).toBe(accent);
  });

  it('builds the pipeline link when the payload has none, and names tags as tags', () => {
    const card = cardFor(
      'Pipeline Hook',
      pipelinePayload({ object_attributes: { url: null, tag: true, ref: 'v1.0' } }),
    );
    expect(card.titleUrl).toBe(PIPELINE_URL);
    expect(card.title).toContain('on tag v1.0');
  });

  it('names the merge request a merge request pipeline ran for', () => {
    const card = cardFor(
      'Pipeline Hook',
      pipelinePayload({
        merge_request: { iid: 7, title: 'Add caching', url: `${PROJECT_URL}/-/merge_requests/7` },
      }),
    );
    expect(factsOf(card)['Merge request']).toBe('!7: Add caching');
    expect(card.links.map((l) => l.title)).toContain('View merge request');
  });

  it('skips jobs of another shape rather than refusing the pipeline', () => {
    const e = eventOf(
      'Pipeline Hook',
      pipelinePayload({ builds: [42, { status: 'failed' }, build(1, { status: 'failed' })] }),
      'pipeline',
    );
    expect(e.failedJobs.map((j) => j.name)).toEqual(['job-1']);
  });
});

describe('GitLab job card', () => {
  it('shows a failed job with its stage, ref, reason, duration and pipeline', () => {
    const card = cardFor('Job Hook', jobPayload());
    expect(card.title).toBe('[team/app] Job rspec failed');
    expect(card.accent).toBe('attention');
    expect(card.titleUrl).toBe(`${PROJECT_URL}/-/jobs/1977`);
    expect(factsOf(card)).toEqual({
      Status: 'failed',
      Stage: 'test',
      Ref: `main @ ${SHA_B.slice(0, 8)}`,
      Reason: 'script failure',
      Duration: '2 min 5 s',
      Pipeline: '#31',
    });
  });

  it('shows a job allowed to fail as a warning, and no reason for a passed job', () => {
    expect(cardFor('Job Hook', jobPayload({ build_allow_failure: true })).accent).toBe('warning');
    const passed = cardFor('Job Hook', jobPayload({ build_status: 'success' }));
    expect(passed.accent).toBe('good');
    expect(factsOf(passed).Reason).toBeUndefined();
  });

  it.each(['created', 'pending', 'running'])('ignores a job that is %s', (status) => {
    expect(interpret('Job Hook', jobPayload({ build_status: status }))).toMatchObject({
      kind: 'ignored',
    });
  });

  it('finds the project of older payloads by project_name and repository.homepage', () => {
    const e = eventOf('Job Hook', jobPayload({ project: undefined }), 'job');
    expect(e.project).toEqual({ path: 'team/app', url: PROJECT_URL });
  });

  it('refuses a job with no project at all', () => {
    const result = interpret('Job Hook', jobPayload({ project: undefined, repository: undefined }));
    expect(result).toMatchObject({
      kind: 'malformed',
      message: 'build payload is missing project',
    });
  });
});
