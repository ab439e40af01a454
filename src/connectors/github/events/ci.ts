import type { GitHubRepoRef } from './common.js';

/** Actions runs and jobs, checks and deployments. */

export interface GitHubWorkflowRunEvent {
  source: 'github';
  type: 'workflow_run';
  repo: GitHubRepoRef;
  /** requested, in_progress or completed. */
  action: string;
  workflow: string;
  /** The run's own title (commit subject or PR title), when GitHub sends one. */
  title?: string;
  /** queued, in_progress, completed, … */
  status?: string;
  /** success, failure, cancelled, …; absent while the run is not finished. */
  conclusion?: string;
  branch?: string;
  headSha: string;
  /** The event that triggered the run: push, pull_request, schedule, … */
  trigger: string;
  runNumber: number;
  url: string;
  actor?: string;
}

export interface GitHubCheckRunEvent {
  source: 'github';
  type: 'check_run';
  repo: GitHubRepoRef;
  action: string;
  name: string;
  status?: string;
  /** Absent while the check is not finished. */
  conclusion?: string;
  branch?: string;
  headSha: string;
  app?: string;
  outputTitle?: string;
  outputSummary?: string;
  url: string;
}

/** A finished check suite: all of one app's checks on one commit. */
export interface GitHubCheckSuiteEvent {
  source: 'github';
  type: 'check_suite';
  repo: GitHubRepoRef;
  /** Absent when GitHub sent a completed suite without one. */
  conclusion?: string;
  branch?: string;
  headSha: string;
  app?: string;
  /** The commit's checks page. */
  url: string;
}

/** A finished job of an Actions workflow run. */
export interface GitHubWorkflowJobEvent {
  source: 'github';
  type: 'workflow_job';
  repo: GitHubRepoRef;
  name: string;
  workflow?: string;
  conclusion?: string;
  branch?: string;
  headSha: string;
  runner?: string;
  url: string;
}

interface GitHubDeploymentFields {
  source: 'github';
  repo: GitHubRepoRef;
  environment: string;
  ref: string;
  sha: string;
  creator?: string;
  description?: string;
  /** The Actions run doing the deployment, when there is one. */
  runUrl?: string;
  /** The repository's deployments page. */
  deploymentsUrl: string;
}

export interface GitHubDeploymentEvent extends GitHubDeploymentFields {
  type: 'deployment';
  action: string;
  /** `deploy` unless the deployer named another task. */
  task?: string;
}

export interface GitHubDeploymentStatusEvent extends GitHubDeploymentFields {
  type: 'deployment_status';
  /** pending, queued, in_progress, success, failure, error or inactive. */
  state: string;
  /** The deployer's log (GitHub's `log_url`, else `target_url`). */
  logUrl?: string;
  /** Where the deployed thing can be seen. */
  environmentUrl?: string;
}
