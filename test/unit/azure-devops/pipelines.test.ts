import { describe, expect, it } from 'vitest';
import { cardOf, envelope, factsOf, ORG } from './fixtures.js';

const WEB = `${ORG}/Shop/_build/results?buildId=5`;

const build = (over: Record<string, unknown> = {}) =>
  envelope('build.complete', {
    id: 5,
    buildNumber: '20260501.3',
    status: 'completed',
    result: 'succeeded',
    reason: 'individualCI',
    startTime: '2026-05-01T09:00:00Z',
    finishTime: '2026-05-01T09:03:30Z',
    sourceBranch: 'refs/heads/main',
    sourceVersion: 'abcdef0123456789abcdef0123456789abcdef01',
    definition: { id: 1, name: 'shop CI' },
    requestedFor: { displayName: 'Ana Silva' },
    url: `${ORG}/_apis/build/Builds/5`,
    _links: { web: { href: WEB } },
    ...over,
  });

describe('build.complete', () => {
  it('names pipeline and build, colours the result, shows branch, commit, who and duration', () => {
    const card = cardOf(build());
    expect(card.title).toBe('Build shop CI 20260501.3 succeeded');
    expect(card.titleUrl).toBe(WEB);
    expect(card.subtitle).toBe('Requested for Ana Silva');
    expect(card.accent).toBe('good');
    expect(factsOf(card)).toEqual({
      Result: 'succeeded',
      Pipeline: 'shop CI',
      Branch: 'main',
      Commit: 'abcdef01',
      Reason: 'continuous integration',
      Duration: '3 min 30 s',
      Finished: '2026-05-01 09:03 UTC',
    });
    expect(card.links).toEqual([{ title: 'View build', url: WEB }]);
  });

  it.each([
    ['partiallySucceeded', 'partially succeeded', 'warning'],
    ['failed', 'failed', 'attention'],
    ['canceled', 'was canceled', 'default'],
    ['somethingNew', 'ended: something new', 'default'],
  ])('result %s reads "%s" in %s', (result, phrase, accent) => {
    const card = cardOf(build({ result }));
    expect(card.title).toBe(`Build shop CI 20260501.3 ${phrase}`);
    expect(card.accent).toBe(accent);
  });

  it('reads XAML-era payloads: the result in status, branch and commit in sourceGetVersion', () => {
    const card = cardOf(
      build({
        result: undefined,
        status: 'stopped',
        sourceBranch: undefined,
        sourceVersion: undefined,
        sourceGetVersion: 'LG:refs/heads/release/2.0:600c52d2d5b655caa111abfd863e5a9bd304bb0e',
        requestedFor: undefined,
        requests: [{ requestedFor: { displayName: 'Bo Chen' } }],
        buildNumber: 'shop CI_20150407.1',
        _links: undefined,
      }),
    );
    expect(card.title).toBe('Build shop CI_20150407.1 was stopped');
    expect(factsOf(card)).toMatchObject({
      Branch: 'release/2.0',
      Commit: '600c52d2',
      Result: 'stopped',
    });
    expect(card.subtitle).toBe('Requested for Bo Chen');
    // No web link in the resource: the message's own link stands in, never the REST URL.
    expect(card.titleUrl).toBeUndefined();
  });
});

const run = (over: Record<string, unknown> = {}, stage?: Record<string, unknown>) =>
  envelope(
    stage
      ? 'ms.vss-pipelines.stage-state-changed-event'
      : 'ms.vss-pipelines.run-state-changed-event',
    {
      run: {
        id: 11,
        name: '20260501.4',
        state: 'completed',
        result: 'failed',
        finishedDate: '2026-05-01T09:20:00Z',
        pipeline: { id: 1, name: 'shop CI' },
        _links: { web: { href: `${ORG}/Shop/_build/results?buildId=11` } },
        ...over,
      },
      pipeline: { id: 1, name: 'shop CI' },
      ...(stage ? { stage } : {}),
    },
    { publisherId: 'pipelines' },
  );

describe('ms.vss-pipelines.run-state-changed-event (run.statechanged)', () => {
  it('a finished run is coloured by its result', () => {
    const card = cardOf(run());
    expect(card.title).toBe('shop CI run 20260501.4 failed');
    expect(card.accent).toBe('attention');
    expect(factsOf(card)).toMatchObject({
      Pipeline: 'shop CI',
      State: 'completed',
      Result: 'failed',
    });
    expect(card.links).toEqual([
      { title: 'View run', url: `${ORG}/Shop/_build/results?buildId=11` },
    ]);
  });

  it('a run in progress says it started; a stage event names the stage', () => {
    expect(cardOf(run({ state: 'inProgress', result: undefined }))).toMatchObject({
      title: 'shop CI run 20260501.4 started',
      accent: 'accent',
    });
    const stage = cardOf(
      run({}, { name: 'deploy', displayName: 'Deploy', state: 'completed', result: 'succeeded' }),
    );
    expect(stage.title).toBe('shop CI run 20260501.4 stage Deploy succeeded');
    expect(stage.accent).toBe('good');
    expect(factsOf(stage).Stage).toBe('Deploy');
  });
});

const deployment = (status: string, event = 'ms.vss-release.deployment-completed-event') =>
  envelope(
    event,
    {
      environment: {
        name: 'Production',
        status,
        owner: { displayName: 'Cy Diaz' },
        release: {
          name: 'Release-9',
          url: 'https://vsrm.dev.azure.com/northwind/_apis/Release/releases/9',
        },
      },
      release: { name: 'Release-9', releaseDefinition: { name: 'shop CD' } },
      project: { name: 'Shop' },
    },
    {
      publisherId: 'rm',
      message: {
        text: 'x',
        markdown: `Deployment on [Production](${ORG}/Shop/_release?releaseId=9) done`,
      },
      detailedMessage: {
        text: 'Deployment of release Release-9 succeeded. Time to deploy: 1.5 minutes.',
      },
    },
  );

describe('ms.vss-release.deployment-*-event', () => {
  it('completed: release, stage, status in colour, pipeline, owner, time to deploy', () => {
    const card = cardOf(deployment('succeeded'));
    expect(card.title).toBe('Deployment of Release-9 to Production succeeded');
    expect(card.subtitle).toBe('Release pipeline shop CD');
    expect(card.accent).toBe('good');
    // The release's own URL is the REST API; the message's link is the page people open.
    expect(card.titleUrl).toBe(`${ORG}/Shop/_release?releaseId=9`);
    expect(factsOf(card)).toEqual({
      Status: 'succeeded',
      Release: 'Release-9',
      Stage: 'Production',
      Owner: 'Cy Diaz',
      'Time to deploy': '1.5 minutes',
      Project: 'Shop',
    });
  });

  it.each([
    ['rejected', 'was rejected', 'attention'],
    ['partiallySucceeded', 'partially succeeded', 'warning'],
    ['canceled', 'was canceled', 'default'],
  ])('%s reads "%s" in %s', (status, phrase, accent) => {
    const card = cardOf(deployment(status));
    expect(card.title).toBe(`Deployment of Release-9 to Production ${phrase}`);
    expect(card.accent).toBe(accent);
  });

  it('started: a deployment under way, whatever its queued status', () => {
    const card = cardOf(deployment('queued', 'ms.vss-release.deployment-started-event'));
    expect(card.title).toBe('Deployment of Release-9 to Production started');
    expect(card.accent).toBe('accent');
  });
});
