import type { CardModel } from '../../../core/card-model.js';
import { shortSha } from '../../../core/text.js';
import type { HerokuBuildEvent, HerokuReleaseEvent } from '../events.js';
import {
  SOURCE,
  appTag,
  byLine,
  dashboardLink,
  dashboardUrl,
  done,
  facts,
  statusAccent,
  utc,
} from './common.js';

/** `[my-app] Release v42 succeeded: Deploy 69eec518`. */
export function releaseCard(e: HerokuReleaseEvent): CardModel {
  const release = e.version === undefined ? 'Release' : `Release v${e.version}`;
  const what = e.status ?? done(e.action);
  const about = e.description ? `: ${e.description}` : '';
  const title = `${appTag(e.app)}${release} ${what}${about}`;
  const activity = dashboardUrl(e.app);
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: activity ? `${activity}/activity` : undefined,
    subtitle: byLine(e.actor),
    accent: statusAccent(e.status),
    facts: facts(
      ['Version', e.version === undefined ? undefined : `v${e.version}`],
      ['Status', e.status],
      ['Description', e.description],
      ['Commit', e.commit ? shortSha(e.commit) : undefined],
      ['Stack', e.stack],
      ['Created', utc(e.at)],
    ),
    links: dashboardLink(e.app, '/activity'),
  };
}

/** `[my-app] Build succeeded`. */
export function buildCard(e: HerokuBuildEvent): CardModel {
  const what = e.status ?? done(e.action);
  const source = e.sourceVersion ? ` (${shortVersion(e.sourceVersion)})` : '';
  const title = `${appTag(e.app)}Build ${what}${source}`;
  const app = dashboardUrl(e.app);
  const url =
    app && e.id && /^[0-9a-f-]{36}$/i.test(e.id) ? `${app}/activity/builds/${e.id}` : undefined;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: url ?? (app ? `${app}/activity` : undefined),
    subtitle: byLine(e.actor),
    accent: statusAccent(e.status),
    facts: facts(
      ['Status', e.status],
      ['Source', e.sourceVersion],
      ['Release', e.releaseVersion === undefined ? undefined : `v${e.releaseVersion}`],
      ['Stack', e.stack],
      ['Updated', utc(e.at)],
    ),
    links: url ? [{ title: 'View build', url }] : dashboardLink(e.app, '/activity'),
  };
}

/** A commit sha as seven digits; any other version as sent. */
function shortVersion(version: string): string {
  return /^[0-9a-f]{40,64}$/i.test(version) ? shortSha(version) : version;
}
