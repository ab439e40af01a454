import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, interpret, malformedMessage } from '../../fixtures/github/interpret.js';
import { checkRunPayload, without, workflowRunPayload } from '../../fixtures/github/payloads.js';

describe('GitHub workflow_run', () => {
  it('reads a completed run', () => {
    expect(eventOf('workflow_run', workflowRunPayload(), 'workflow_run')).toEqual({
      source: 'github',
      type: 'workflow_run',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'completed',
      workflow: 'CI',
      title: 'Add retry to the uploader',
      status: 'completed',
      conclusion: 'failure',
      branch: 'retry',
      headSha: '5'.repeat(40),
      trigger: 'pull_request',
      runNumber: 81,
      url: 'https://github.com/octo-org/octo-repo/actions/runs/30433642',
      actor: 'hubot',
    });
  });

  it('calls a run whose head sha is not hex malformed', () => {
    const payload = workflowRunPayload({ workflow_run: { head_sha: 'refs/heads/main' } });
    expect(malformedMessage('workflow_run', payload)).toBe(
      'workflow_run payload has invalid workflow_run.head_sha: Expected a commit sha',
    );
  });

  it("falls back to the workflow's name when the run's is empty", () => {
    const payload = workflowRunPayload({
      workflow: { name: 'Nightly' },
      workflow_run: { name: '' },
    });
    expect(eventOf('workflow_run', payload, 'workflow_run').workflow).toBe('Nightly');
  });

  it('calls a run without its number malformed', () => {
    expect(
      malformedMessage('workflow_run', without(workflowRunPayload(), 'workflow_run.run_number')),
    ).toBe('workflow_run payload is missing workflow_run.run_number');
  });

  it('shows a failed run in the attention colour with branch, sha and trigger', () => {
    const c = cardFor('workflow_run', workflowRunPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Workflow CI #81 failed');
    expect(c.accent).toBe('attention');
    expect(c.subtitle).toBe('Triggered by hubot');
    expect(c.facts).toEqual([
      { title: 'Result', value: 'failure' },
      { title: 'Branch', value: 'retry @ 5555555' },
      { title: 'Trigger', value: 'pull request' },
      { title: 'Run', value: 'Add retry to the uploader' },
    ]);
    expect(c.links).toEqual([
      { title: 'View run', url: 'https://github.com/octo-org/octo-repo/actions/runs/30433642' },
    ]);
  });

  it.each([
    ['success', 'succeeded', 'good'],
    ['cancelled', 'was cancelled', 'default'],
    ['timed_out', 'timed out', 'attention'],
    ['action_required', 'needs action', 'warning'],
  ])('colours a %s run', (conclusion, phrase, accent) => {
    const c = cardFor('workflow_run', workflowRunPayload({ workflow_run: { conclusion } }));
    expect(c.title).toBe(`[octo-org/octo-repo] Workflow CI #81 ${phrase}`);
    expect(c.accent).toBe(accent);
  });

  it.each(['requested', 'in_progress'])('posts nothing for a run that is %s', (action) => {
    const payload = workflowRunPayload({
      action,
      workflow_run: { status: action === 'requested' ? 'queued' : 'in_progress', conclusion: null },
    });
    const meaning = interpret('workflow_run', payload);
    expect(meaning).toEqual({
      kind: 'ignored',
      eventName: 'workflow_run',
      reason: expect.stringContaining('only completed runs'),
    });
  });
});

describe('GitHub check_run', () => {
  it('reads a completed check', () => {
    expect(eventOf('check_run', checkRunPayload(), 'check_run')).toEqual({
      source: 'github',
      type: 'check_run',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'completed',
      name: 'lint',
      status: 'completed',
      conclusion: 'success',
      branch: 'retry',
      headSha: '6'.repeat(40),
      app: 'Octo Linter',
      outputTitle: 'No problems',
      outputSummary: 'All 120 files passed.',
      url: 'https://github.com/octo-org/octo-repo/runs/4',
    });
  });

  it.each(['main', 'HEAD~1', '5555555 ', 'g'.repeat(40)])(
    'calls a check whose head sha is %j malformed',
    (headSha) => {
      expect(
        malformedMessage('check_run', checkRunPayload({ check_run: { head_sha: headSha } })),
      ).toBe('check_run payload has invalid check_run.head_sha: Expected a commit sha');
    },
  );

  it('calls a check without a head sha malformed', () => {
    expect(malformedMessage('check_run', without(checkRunPayload(), 'check_run.head_sha'))).toBe(
      'check_run payload is missing check_run.head_sha',
    );
  });

  it('shows the check result, branch, app and output', () => {
    const c = cardFor('check_run', checkRunPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Check lint succeeded');
    expect(c.accent).toBe('good');
    expect(c.subtitle).toBe('Reported by Octo Linter');
    expect(c.text).toBe('All 120 files passed.');
    expect(c.facts).toEqual([
      { title: 'Result', value: 'success' },
      { title: 'Branch', value: 'retry @ 6666666' },
      { title: 'Output', value: 'No problems' },
    ]);
    expect(c.links).toEqual([
      { title: 'View check', url: 'https://github.com/octo-org/octo-repo/runs/4' },
    ]);
  });

  it('posts nothing for a check that was only created, and says "completed" when no result came', () => {
    const queued = checkRunPayload({
      action: 'created',
      check_run: { status: 'queued', conclusion: null },
    });
    expect(interpret('check_run', queued).kind).toBe('ignored');
    const noResult = checkRunPayload({ check_run: { conclusion: null } });
    expect(cardFor('check_run', noResult).title).toBe('[octo-org/octo-repo] Check lint completed');
  });

  it('shows a failed check in the attention colour', () => {
    const c = cardFor('check_run', checkRunPayload({ check_run: { conclusion: 'failure' } }));
    expect(c.title).toBe('[octo-org/octo-repo] Check lint failed');
    expect(c.accent).toBe('attention');
  });
});
