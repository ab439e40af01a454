import { describe, expect, it } from 'vitest';
import { interpretCircleCI } from '../../../src/connectors/circleci/interpret.js';
import { gitlabPipeline, jobPayload, workflowPayload } from '../../fixtures/circleci/payloads.js';
import { circleciRequest } from '../../fixtures/circleci/request.js';

const outcome = (payload: unknown, headers: Record<string, string | undefined> = {}) =>
  interpretCircleCI(payload, circleciRequest(payload, headers));

describe('CircleCI event names and ids', () => {
  it('names the event by the header, falling back to the body type', () => {
    expect(outcome(workflowPayload())).toMatchObject({
      kind: 'event',
      eventName: 'workflow-completed',
      deliveryId: 'evt-workflow-1',
    });
    expect(outcome(jobPayload(), { 'circleci-event-type': undefined })).toMatchObject({
      eventName: 'job-completed',
      deliveryId: 'evt-job-1',
    });
  });

  it('answers ping as a handshake naming the webhook', () => {
    const result = outcome({ type: 'ping', id: 'x', webhook: { id: 'w', name: 'Teams' } });
    expect(result).toEqual({
      kind: 'handshake',
      eventName: 'ping',
      message: 'CircleCI webhook Teams connected',
    });
  });

  it('refuses a body without an event type, an odd type or an oversized id', () => {
    expect(outcome({ id: 'x' })).toMatchObject({ kind: 'malformed' });
    expect(outcome({ type: 'Workflow Completed!' })).toMatchObject({ kind: 'malformed' });
    expect(outcome(workflowPayload({ id: 'x'.repeat(129) }))).toMatchObject({ kind: 'malformed' });
  });

  it('refuses a workflow event without its workflow, naming the field', () => {
    const result = outcome(workflowPayload({ workflow: undefined }));
    expect(result).toMatchObject({ kind: 'malformed' });
    if (result.kind === 'malformed') expect(result.message).toMatch(/workflow/);
  });

  it('gives an event type it does not know a card, named as sent', () => {
    expect(outcome({ ...workflowPayload(), type: 'pipeline-completed' })).toMatchObject({
      kind: 'event',
      eventName: 'pipeline-completed',
      event: { type: 'other', project: 'acme/shop', status: 'failed' },
    });
  });
});

describe('CircleCI normalisation', () => {
  it('reads the commit from vcs for Bitbucket and GitHub projects', () => {
    expect(outcome(workflowPayload())).toMatchObject({
      event: {
        type: 'workflow',
        project: 'acme/shop',
        pipelineNumber: 77,
        durationMs: 205_400,
        code: {
          tag: 'v2.0.0',
          sha: 'abcdef0123456789abcdef0123456789abcdef01',
          subject: 'Release 2.0',
          author: 'Lin',
          commitUrl:
            'https://bitbucket.org/acme/shop/commits/abcdef0123456789abcdef0123456789abcdef01',
        },
      },
    });
  });

  it('reads the commit from the trigger parameters of a GitLab pipeline', () => {
    const payload = workflowPayload({
      pipeline: gitlabPipeline,
      project: { name: 'api', slug: 'circleci/Xy12/Ab34' },
    });
    expect(outcome(payload)).toMatchObject({
      event: {
        project: 'api',
        trigger: 'gitlab',
        code: {
          branch: 'feature/login',
          tag: undefined,
          subject: 'Add login',
          author: 'Kim',
          commitUrl:
            'https://gitlab.example/acme/api/-/commit/1234567890abcdef1234567890abcdef12345678',
        },
      },
    });
  });

  it('leaves the duration out when a time is missing or runs backwards', () => {
    const w = workflowPayload().workflow;
    for (const workflow of [
      { ...w, stopped_at: null },
      { ...w, stopped_at: '2026-06-01T10:00:00Z' },
      { ...w, created_at: 'yesterday' },
    ]) {
      expect(outcome(workflowPayload({ workflow }))).toMatchObject({
        event: { durationMs: undefined },
      });
    }
  });

  it('links a job under its workflow page, and only when that page has the known shape', () => {
    expect(outcome(jobPayload())).toMatchObject({
      event: {
        type: 'job',
        job: 'lint',
        jobNumber: 31,
        durationMs: 45_000,
        jobUrl: `${workflowPayload().workflow.url}/jobs/31`,
      },
    });
    const odd = jobPayload({ workflow: { name: 'deploy', url: 'https://example.test/w' } });
    expect(outcome(odd)).toMatchObject({ event: { jobUrl: undefined } });
  });
});
