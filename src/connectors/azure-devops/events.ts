/**
 * Normalised Azure DevOps service hook events: only what a card needs, already capped in size.
 * Every member has `source: 'azure-devops'` and a distinct `kind`. Resource fields are all
 * optional: a subscription can send `resourceDetailsToSend: minimal` (ids and links only) or
 * `none`, and the card then leans on the ready-made message instead.
 */

/** The ready-made texts every event carries unless the subscription turned them off. */
export interface AdoMessage {
  /** `message.text`, without the bare URLs Azure DevOps appends to it. */
  summary?: string;
  /** `detailedMessage.text`, likewise: the summary plus a few lines of detail. */
  detail?: string;
  /** The first link of `message.markdown` (or of the detailed one): the subject's web page. */
  url?: string;
}

interface AdoEventBase {
  source: 'azure-devops';
  /** `eventType` as received. */
  eventType: string;
  message: AdoMessage;
  /** `createdDate`, ISO 8601. */
  at?: string;
}

export interface AdoRepoRef {
  name?: string;
  project?: string;
  /** The repository's web page, without credentials. */
  url?: string;
}

export interface AdoCommit {
  sha: string;
  subject: string;
  author?: string;
  url?: string;
}

export interface AdoRefUpdate {
  /** Branch or tag name without `refs/heads/` / `refs/tags/`. */
  name: string;
  tag: boolean;
  /** The new object id is all zeros. */
  deleted: boolean;
  /** The old object id is all zeros. */
  created: boolean;
}

export interface AdoPushEvent extends AdoEventBase {
  kind: 'push';
  repo: AdoRepoRef;
  refs: AdoRefUpdate[];
  pusher?: string;
  commits: AdoCommit[];
  totalCommits: number;
}

export type AdoPullRequestAction = 'created' | 'updated' | 'merged' | 'commented';

export interface AdoPullRequestEvent extends AdoEventBase {
  kind: 'pull_request';
  action: AdoPullRequestAction;
  id?: number;
  title?: string;
  url?: string;
  repo: AdoRepoRef;
  author?: string;
  sourceBranch?: string;
  targetBranch?: string;
  reviewers: string[];
  reviewersTotal: number;
  description?: string;
  /** `active`, `completed`, `abandoned`. */
  status?: string;
  /** `succeeded`, `conflicts`, `failure`, `queued`, `rejectedByPolicy`. */
  mergeStatus?: string;
  draft: boolean;
  closedBy?: string;
  closedAt?: string;
  mergeCommit?: string;
  mergeStrategy?: string;
  /** The comment of a pull request comment event, and who wrote it. */
  comment?: string;
  commenter?: string;
}

export interface AdoBuildEvent extends AdoEventBase {
  kind: 'build';
  definition?: string;
  buildNumber?: string;
  /** `succeeded`, `partiallySucceeded`, `failed`, `stopped`, `canceled`. */
  result?: string;
  reason?: string;
  branch?: string;
  commit?: string;
  requestedFor?: string;
  startedAt?: string;
  finishedAt?: string;
  url?: string;
}

export type AdoWorkItemAction = 'created' | 'updated' | 'commented' | 'deleted' | 'restored';

export interface AdoFieldChange {
  field: string;
  from?: string;
  to?: string;
}

export interface AdoWorkItemEvent extends AdoEventBase {
  kind: 'work_item';
  action: AdoWorkItemAction;
  id?: number;
  title?: string;
  type?: string;
  state?: string;
  assignedTo?: string;
  area?: string;
  iteration?: string;
  project?: string;
  createdBy?: string;
  /** Who made this revision (`revisedBy`, else `System.ChangedBy`). */
  changedBy?: string;
  changes: AdoFieldChange[];
  changesTotal: number;
  /** `System.History` as plain text: the comment of `workitem.commented`. */
  comment?: string;
  url?: string;
}

export type AdoDeploymentPhase = 'started' | 'completed';

export interface AdoDeploymentEvent extends AdoEventBase {
  kind: 'deployment';
  phase: AdoDeploymentPhase;
  release?: string;
  releaseUrl?: string;
  environment?: string;
  /** `succeeded`, `partiallySucceeded`, `rejected`, `canceled`, `queued`, `inProgress`. */
  status?: string;
  definition?: string;
  owner?: string;
  project?: string;
  /** "0.11 minutes", as `detailedMessage` words it. */
  timeToDeploy?: string;
}

export interface AdoRunEvent extends AdoEventBase {
  kind: 'run';
  /** A stage event names its stage; a run event does not. */
  stage?: string;
  pipeline?: string;
  run?: string;
  /** `inProgress`, `canceling`, `completed`. */
  state?: string;
  /** `succeeded`, `partiallySucceeded`, `failed`, `canceled`. */
  result?: string;
  url?: string;
  finishedAt?: string;
}

/** Any other event, or one whose resource was not sent: the ready-made message is the card. */
export interface AdoMessageEvent extends AdoEventBase {
  kind: 'message';
  publisher?: string;
  project?: string;
}

export type AzureDevOpsEvent =
  | AdoPushEvent
  | AdoPullRequestEvent
  | AdoBuildEvent
  | AdoWorkItemEvent
  | AdoDeploymentEvent
  | AdoRunEvent
  | AdoMessageEvent;

/** What every normaliser starts from. */
export type AdoBase = AdoEventBase;
