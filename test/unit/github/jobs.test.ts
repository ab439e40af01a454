import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, interpret, malformedMessage } from '../../fixtures/github/interpret.js';
import { checkSuitePayload, workflowJobPayload } from '../../fixtures/github/ci-payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';
const SHA = '7'.repeat(40);

describe('GitHub check_suite', () => {
  it('reads a completed suite and links the commit’s checks', () => {
    expect(eventOf('check_suite', checkSuitePayload(), 'check_suite')).toEqual({
      source: 'github',
      type: 'check_suite',
      repo: { fullName: 'octo-org/octo-repo', url: REPO_URL },
      conclusion: 'failure',
      branch: 'retry',
      headSha: SHA,
      app: 'Octo Linter',
      url: `${REPO_URL}/commit/${SHA}/checks`,
    });
  });

  it('shows the result in colour on branch @ sha, reported by the app', () => {
    const c = cardFor('check_suite', checkSuitePayload());
    expect(c.title).toBe('[octo-org/octo-repo] Check suite failed on retry @ 7777777');
    expect(c.subtitle).toBe('Reported by Octo Linter');
    expect(c.accent).toBe('attention');
    expect(c.facts).toEqual([{ title: 'Result', value: 'failure' }]);
    const ok = cardFor(
      'check_suite',
      checkSuitePayload({ check_suite: { conclusion: 'success' } }),
    );
    expect(ok.title).toBe('[octo-org/octo-repo] Check suite succeeded on retry @ 7777777');
    expect(ok.accent).toBe('good');
  });

  it('names the sha alone for a suite on a tag or detached commit', () => {
    const c = cardFor('check_suite', checkSuitePayload({ check_suite: { head_branch: null } }));
    expect(c.title).toBe('[octo-org/octo-repo] Check suite failed on 7777777');
  });

  it.each(['requested', 'rerequested'])('posts nothing for a suite that was %s', (action) => {
    const payload = checkSuitePayload({
      action,
      check_suite: { status: 'queued', conclusion: null },
    });
    expect(interpret('check_suite', payload)).toEqual({
      kind: 'ignored',
      eventName: 'check_suite',
      reason: expect.stringContaining('only completed suites'),
    });
  });

  it('calls a suite whose head sha is not a sha malformed', () => {
    const payload = checkSuitePayload({ check_suite: { head_sha: 'HEAD' } });
    expect(malformedMessage('check_suite', payload)).toBe(
      'check_suite payload has invalid check_suite.head_sha: Expected a commit sha',
    );
  });
});

describe('GitHub workflow_job', () => {
  it('shows a finished job with its workflow, result, branch and runner', () => {
    const c = cardFor('workflow_job', workflowJobPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Job test (20.x) succeeded');
    expect(c.titleUrl).toBe(`${REPO_URL}/actions/runs/940463255/job/2832853555`);
    expect(c.subtitle).toBe('Workflow CI');
    expect(c.accent).toBe('good');
    expect(c.facts).toEqual([
      { title: 'Result', value: 'success' },
      { title: 'Branch', value: 'main @ 7777777' },
      { title: 'Runner', value: 'GitHub Actions 5' },
    ]);
    expect(c.links).toEqual([
      { title: 'View job', url: `${REPO_URL}/actions/runs/940463255/job/2832853555` },
    ]);
  });

  it.each([
    ['failure', 'failed', 'attention'],
    ['cancelled', 'was cancelled', 'default'],
    ['skipped', 'was skipped', 'default'],
  ])('colours a %s job', (conclusion, phrase, accent) => {
    const c = cardFor('workflow_job', workflowJobPayload({ workflow_job: { conclusion } }));
    expect(c.title).toBe(`[octo-org/octo-repo] Job test (20.x) ${phrase}`);
    expect(c.accent).toBe(accent);
  });

  it.each(['queued', 'in_progress', 'waiting'])('posts nothing for a job that is %s', (action) => {
    const payload = workflowJobPayload({
      action,
      workflow_job: { status: action, conclusion: null },
    });
    expect(interpret('workflow_job', payload)).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('only completed jobs'),
    });
  });
});
