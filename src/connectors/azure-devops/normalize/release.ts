import { z } from 'zod';
import { loose } from '../../kit/schema.js';
import type { AdoBase, AdoDeploymentEvent, AdoDeploymentPhase } from '../events.js';
import { identity, name, optionalUrl, webLinks, webPage, word } from '../schema.js';
import { pageUrl } from '../urls.js';

const named = loose(z.object({ name }));

const releaseRef = loose(
  z.object({ name, url: optionalUrl, releaseDefinition: named, _links: webLinks }),
);

const deployment = z.object({
  environment: loose(
    z.object({
      name,
      status: word,
      owner: identity,
      release: releaseRef,
      releaseDefinition: named,
    }),
  ),
  /** Newer payloads add the release and the deployment next to the environment. */
  release: releaseRef,
  deployment: loose(
    z.object({
      release: releaseRef,
      releaseDefinition: named,
      releaseEnvironment: named,
      deploymentStatus: word,
      requestedFor: identity,
    }),
  ),
  project: named,
});

const TIME_TO_DEPLOY = /Time to deploy: ([0-9.]{1,12} (?:minutes?|seconds?|hours?))/i;

/** `ms.vss-release.deployment-started-event` and `-completed-event`. */
export function normalizeDeployment(
  resource: unknown,
  base: AdoBase,
  phase: AdoDeploymentPhase,
): AdoDeploymentEvent | undefined {
  const parsed = deployment.safeParse(resource);
  if (!parsed.success) return undefined;
  const { environment: env, release, deployment: dep, project } = parsed.data;
  const releases = [env?.release, release, dep?.release];
  const releaseName = releases.find((r) => r?.name)?.name;
  const environment = env?.name ?? dep?.releaseEnvironment?.name;
  if (releaseName === undefined && environment === undefined) return undefined;
  const definition = [
    release?.releaseDefinition,
    dep?.releaseDefinition,
    env?.releaseDefinition,
    env?.release?.releaseDefinition,
    dep?.release?.releaseDefinition,
  ].find((d) => d?.name)?.name;
  const page = releases.map((r) => webPage(r?._links)).find((url) => url !== undefined);
  const notApi = releases.map((r) => pageUrl(r?.url)).find((url) => url !== undefined);
  return {
    ...base,
    kind: 'deployment',
    phase,
    release: releaseName,
    releaseUrl: page ?? base.message.url ?? notApi,
    environment,
    status: env?.status ?? dep?.deploymentStatus,
    definition,
    owner: env?.owner ?? dep?.requestedFor,
    project: project?.name,
    timeToDeploy: base.message.detail?.match(TIME_TO_DEPLOY)?.[1],
  };
}
