/**
 * Normalised CircleCI events: only what a card shows, already cut to size. Every member has
 * `source: 'circleci'` and a distinct `type`.
 */

/** What the pipeline built: from `pipeline.vcs` (GitHub, Bitbucket) or its trigger parameters. */
export interface CircleCICode {
  branch?: string;
  tag?: string;
  /** Full commit sha. */
  sha?: string;
  subject?: string;
  author?: string;
  commitUrl?: string;
}

export interface CircleCIContext {
  /** `org/repo` for GitHub and Bitbucket projects, the project's name otherwise. */
  project: string;
  /** The project's name in CircleCI, when it differs from `project` (named after its repo). */
  projectName?: string;
  pipelineNumber?: number;
  /** `webhook`, `gitlab`, `api`, `schedule`, … */
  trigger?: string;
  code: CircleCICode;
}

export interface CircleCIWorkflowEvent extends CircleCIContext {
  source: 'circleci';
  type: 'workflow';
  workflow: string;
  status?: string;
  url?: string;
  /** Milliseconds from creation to stop; undefined when either time is missing or odd. */
  durationMs?: number;
  stoppedAt?: string;
}

export interface CircleCIJobEvent extends CircleCIContext {
  source: 'circleci';
  type: 'job';
  job: string;
  jobNumber?: number;
  status?: string;
  workflow?: string;
  workflowUrl?: string;
  jobUrl?: string;
  durationMs?: number;
  stoppedAt?: string;
}

export interface CircleCIOtherEvent {
  source: 'circleci';
  type: 'other';
  event: string;
  project?: string;
  status?: string;
  url?: string;
  pipelineNumber?: number;
}

export type CircleCIEvent = CircleCIWorkflowEvent | CircleCIJobEvent | CircleCIOtherEvent;
