import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import { deploymentPayload, deploymentStatusPayload } from '../../fixtures/github/ci-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';
const RUN_URL = `${REPO_URL}/actions/runs/289782451`;

describe('GitHub deployment', () => {
  it('shows the environment, ref @ sha and creator, linking the run doing it', () => {
    const c = cardFor('deployment', deploymentPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Deployment to production created');
    expect(c.titleUrl).toBe(RUN_URL);
    expect(c.subtitle).toBe('By monalisa');
    expect(c.text).toBe('Nightly release');
    expect(c.facts).toEqual([
      { title: 'Environment', value: 'production' },
      { title: 'Ref', value: 'main @ 7777777' },
    ]);
    expect(c.links).toEqual([
      { title: 'View run', url: RUN_URL },
      { title: 'View deployments', url: `${REPO_URL}/deployments` },
    ]);
  });

  it('links the deployments page when no Actions run made the deployment, and names other tasks', () => {
    const payload = deploymentPayload({
      workflow_run: null,
      deployment: { task: 'deploy:migrations' },
    });
    const c = cardFor('deployment', payload);
    expect(c.titleUrl).toBe(`${REPO_URL}/deployments`);
    expect(c.facts).toContainEqual({ title: 'Task', value: 'deploy:migrations' });
  });

  it('calls a deployment without an environment malformed', () => {
    expect(
      malformedMessage('deployment', without(deploymentPayload(), 'deployment.environment')),
    ).toBe('deployment payload is missing deployment.environment');
  });
});

describe('GitHub deployment_status', () => {
  it('reads the state, log and environment links', () => {
    const e = eventOf('deployment_status', deploymentStatusPayload(), 'deployment_status');
    expect(e).toMatchObject({
      state: 'failure',
      environment: 'production',
      ref: 'main',
      logUrl: RUN_URL,
      environmentUrl: 'https://octo.example.com',
      creator: 'github-actions[bot]',
      description: 'Health check failed',
    });
  });

  it('shows a failed deployment in red linking its log and environment', () => {
    const c = cardFor('deployment_status', deploymentStatusPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Deployment to production failed');
    expect(c.titleUrl).toBe(RUN_URL);
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([
      { title: 'State', value: 'failure' },
      { title: 'Environment', value: 'production' },
      { title: 'Ref', value: 'main @ 7777777' },
    ]);
    // The run is the log here, so it is linked once.
    expect(c.links).toEqual([
      { title: 'View log', url: RUN_URL },
      { title: 'Open environment', url: 'https://octo.example.com' },
      { title: 'View deployments', url: `${REPO_URL}/deployments` },
    ]);
  });

  it.each([
    ['success', 'succeeded', 'good'],
    ['error', 'failed with an error', 'attention'],
    ['in_progress', 'in progress', 'accent'],
    ['queued', 'queued', 'accent'],
    ['inactive', 'is no longer active', 'default'],
  ])('colours a %s deployment', (state, phrase, accent) => {
    const c = cardFor(
      'deployment_status',
      deploymentStatusPayload({ deployment_status: { state } }),
    );
    expect(c.title).toBe(`[octo-org/octo-repo] Deployment to production ${phrase}`);
    expect(c.accent).toBe(accent);
  });

  it('falls back to target_url, and treats empty or non-http links as absent', () => {
    const older = deploymentStatusPayload({
      deployment_status: { log_url: undefined, target_url: 'https://ci.example.com/42' },
    });
    expect(eventOf('deployment_status', older, 'deployment_status').logUrl).toBe(
      'https://ci.example.com/42',
    );
    const none = deploymentStatusPayload({
      workflow_run: null,
      deployment_status: { log_url: '', target_url: 'javascript:alert(1)', environment_url: '' },
    });
    const c = cardFor('deployment_status', none);
    expect(c.titleUrl).toBe(`${REPO_URL}/deployments`);
    expect(c.links).toEqual([{ title: 'View deployments', url: `${REPO_URL}/deployments` }]);
  });
});
