import type { SampleEvent } from '../types.js';

/**
 * Hand-made service hook events shaped like Azure DevOps' (Web Hooks consumer, resource
 * version 1.0), for `/connectors/{id}/test` and catalog previews.
 */
const ORG = 'https://dev.azure.com/contoso';
const PROJECT = { id: '5b1c9a6e-3f0d-4c57-9a1e-0d7e2f4b8c11', name: 'Webshop' };
const REPO_WEB = `${ORG}/Webshop/_git/webshop-api`;
const repository = {
  id: '0f6c3b0e-8a51-4d8e-b7f2-6a9d1c2e3f40',
  name: 'webshop-api',
  url: `${ORG}/_apis/git/repositories/0f6c3b0e-8a51-4d8e-b7f2-6a9d1c2e3f40`,
  project: PROJECT,
  remoteUrl: `https://contoso@dev.azure.com/contoso/Webshop/_git/webshop-api`,
  webUrl: REPO_WEB,
};
const priya = { displayName: 'Priya Raman', uniqueName: 'priya@contoso.example', id: 'a1' };
const tomas = { displayName: 'Tomás Ortega', uniqueName: 'tomas@contoso.example', id: 'b2' };

let notification = 40;

function sample(
  eventType: string,
  message: { text: string; markdown: string },
  resource: Record<string, unknown> | undefined,
  publisherId = 'tfs',
): SampleEvent {
  notification += 1;
  const body: Record<string, unknown> = {
    subscriptionId: '7c2e5d1a-9b44-4f0e-8d3a-51c6e2f0a9b7',
    notificationId: notification,
    id: `9e1f4c2a-5d6b-4e7f-8a9b-0c1d2e3f4a${String(notification).padStart(2, '0')}`,
    eventType,
    publisherId,
    message,
    detailedMessage: message,
    ...(resource ? { resource } : {}),
    resourceVersion: '1.0',
    resourceContainers: { project: { id: PROJECT.id, baseUrl: `${ORG}/` } },
    createdDate: '2026-11-30T09:15:00.000Z',
  };
  return {
    event: eventType,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

export const AZURE_DEVOPS_SAMPLES = [
  sample(
    'git.push',
    {
      text: 'Priya Raman pushed updates to webshop-api:main',
      markdown: `Priya Raman pushed updates to [webshop-api](${REPO_WEB}/):[main](${REPO_WEB}/#version=GBmain)`,
    },
    {
      commits: [
        {
          commitId: '3f2a9c1d7e4b5a6f8091a2b3c4d5e6f708192a3b',
          author: { name: 'Priya Raman', email: 'priya@contoso.example' },
          comment: 'Validate basket totals before checkout\n\nRounds to cents first.',
          url: `${ORG}/_apis/git/repositories/${repository.id}/commits/3f2a9c1d7e4b5a6f8091a2b3c4d5e6f708192a3b`,
        },
        {
          commitId: '8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c',
          author: { name: 'Tomás Ortega', email: 'tomas@contoso.example' },
          comment: 'Use snake_case_names in the export (fix *bold* parsing)',
          url: `${ORG}/_apis/git/repositories/${repository.id}/commits/8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c`,
        },
      ],
      refUpdates: [
        {
          name: 'refs/heads/main',
          oldObjectId: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
          newObjectId: '3f2a9c1d7e4b5a6f8091a2b3c4d5e6f708192a3b',
        },
      ],
      repository,
      pushedBy: priya,
      pushId: 118,
      url: `${ORG}/_apis/git/repositories/${repository.id}/pushes/118`,
    },
  ),
  sample(
    'git.pullrequest.created',
    {
      text: 'Tomás Ortega created pull request 57 (Add gift card payments) in webshop-api',
      markdown: `Tomás Ortega created [pull request 57](${REPO_WEB}/pullrequest/57) (Add gift card payments) in [webshop-api](${REPO_WEB}/)`,
    },
    {
      repository,
      pullRequestId: 57,
      status: 'active',
      createdBy: tomas,
      creationDate: '2026-11-30T09:10:00.000Z',
      title: 'Add gift card payments',
      description:
        'Adds a gift card provider behind the payments interface.\n\n- unit tests\n- docs',
      sourceRefName: 'refs/heads/feature/gift-cards',
      targetRefName: 'refs/heads/main',
      mergeStatus: 'succeeded',
      isDraft: false,
      reviewers: [{ ...priya, vote: 0 }],
      url: `${ORG}/_apis/git/repositories/${repository.id}/pullRequests/57`,
      _links: { web: { href: `${REPO_WEB}/pullrequest/57` } },
    },
  ),
  sample(
    'git.pullrequest.merged',
    {
      text: 'Merge attempted for pull request 57 (Add gift card payments) in webshop-api',
      markdown: `Merge attempted for [pull request 57](${REPO_WEB}/pullrequest/57) (Add gift card payments) in [webshop-api](${REPO_WEB}/)`,
    },
    {
      repository,
      pullRequestId: 57,
      status: 'completed',
      createdBy: tomas,
      closedBy: priya,
      closedDate: '2026-11-30T09:14:00.000Z',
      title: 'Add gift card payments',
      sourceRefName: 'refs/heads/feature/gift-cards',
      targetRefName: 'refs/heads/main',
      mergeStatus: 'succeeded',
      lastMergeCommit: { commitId: 'c0ffee1234567890abcdef1234567890abcdef12' },
      completionOptions: { mergeStrategy: 'squash', deleteSourceBranch: true },
      reviewers: [{ ...priya, vote: 10 }],
      _links: { web: { href: `${REPO_WEB}/pullrequest/57` } },
    },
  ),
  sample(
    'build.complete',
    {
      text: 'Build 20261130.4 failed',
      markdown: `Build [20261130.4](${ORG}/Webshop/_build/results?buildId=902) failed`,
    },
    {
      id: 902,
      buildNumber: '20261130.4',
      status: 'completed',
      result: 'failed',
      reason: 'individualCI',
      startTime: '2026-11-30T09:01:12.000Z',
      finishTime: '2026-11-30T09:07:40.000Z',
      sourceBranch: 'refs/heads/main',
      sourceVersion: '3f2a9c1d7e4b5a6f8091a2b3c4d5e6f708192a3b',
      definition: { id: 12, name: 'webshop-api CI' },
      requestedFor: priya,
      url: `${ORG}/${PROJECT.id}/_apis/build/Builds/902`,
      _links: { web: { href: `${ORG}/Webshop/_build/results?buildId=902` } },
    },
  ),
  sample(
    'workitem.updated',
    {
      text: 'Bug #311 (Checkout button hidden on small screens) updated by Priya Raman.',
      markdown: `[Bug #311](${ORG}/Webshop/_workitems/edit/311) (Checkout button hidden on small screens) updated by Priya Raman.`,
    },
    {
      id: 7,
      workItemId: 311,
      rev: 7,
      revisedBy: priya,
      fields: {
        'System.Rev': { oldValue: 6, newValue: 7 },
        'System.State': { oldValue: 'New', newValue: 'Active' },
        'System.AssignedTo': { newValue: tomas },
        'Microsoft.VSTS.Common.Priority': { oldValue: 3, newValue: 1 },
        'System.ChangedDate': {
          oldValue: '2026-11-29T16:00:00.000Z',
          newValue: '2026-11-30T09:15:00.000Z',
        },
      },
      revision: {
        id: 311,
        rev: 7,
        fields: {
          'System.AreaPath': 'Webshop\\Frontend',
          'System.TeamProject': 'Webshop',
          'System.IterationPath': 'Webshop\\Sprint 42',
          'System.WorkItemType': 'Bug',
          'System.State': 'Active',
          'System.CreatedBy': 'Jun Park <jun@contoso.example>',
          'System.Title': 'Checkout button hidden on small screens',
        },
      },
      _links: { html: { href: `${ORG}/Webshop/_workitems/edit/311` } },
    },
  ),
  sample(
    'ms.vss-release.deployment-completed-event',
    {
      text: 'Deployment of release Release-18 on stage Production succeeded.',
      markdown: `Deployment on stage [Production](${ORG}/Webshop/_release?releaseId=18) succeeded.`,
    },
    {
      environment: {
        id: 77,
        name: 'Production',
        status: 'succeeded',
        owner: priya,
        release: {
          id: 18,
          name: 'Release-18',
          url: `https://vsrm.dev.azure.com/contoso/${PROJECT.id}/_apis/Release/releases/18`,
          _links: { web: { href: `${ORG}/Webshop/_release?releaseId=18&_a=release-summary` } },
        },
      },
      release: { id: 18, name: 'Release-18', releaseDefinition: { id: 3, name: 'webshop-api CD' } },
      project: PROJECT,
    },
    'rm',
  ),
  sample(
    'ms.vss-pipelines.run-state-changed-event',
    {
      text: 'Run 20261130.5 succeeded.',
      markdown: `Run [20261130.5](${ORG}/Webshop/_build/results?buildId=903) succeeded.`,
    },
    {
      run: {
        id: 903,
        name: '20261130.5',
        state: 'completed',
        result: 'succeeded',
        createdDate: '2026-11-30T09:08:00.000Z',
        finishedDate: '2026-11-30T09:14:30.000Z',
        pipeline: { id: 12, name: 'webshop-api CI' },
        _links: { web: { href: `${ORG}/Webshop/_build/results?buildId=903` } },
      },
      pipeline: { id: 12, name: 'webshop-api CI', folder: '\\' },
    },
    'pipelines',
  ),
] as const satisfies readonly SampleEvent[];

/**
 * An event id Azure DevOps does not send today, sent the way `resourceDetailsToSend: none`
 * sends any event: the ready-made message only.
 */
export const AZURE_DEVOPS_UNKNOWN_EVENT = sample(
  'ms.vss-code.git-tag-created-event',
  {
    text: 'Priya Raman created tag v2.4.0 in webshop-api',
    markdown: `Priya Raman created tag [v2.4.0](${REPO_WEB}?version=GTv2.4.0) in [webshop-api](${REPO_WEB}/)`,
  },
  undefined,
);
