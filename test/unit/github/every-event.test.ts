/**
 * Every event name a connector can subscribe to, fed realistic deliveries: GitHub's own
 * examples (@octokit/webhooks-examples) where there are some, hand-made ones otherwise. Each
 * must become a card that says where it happened and what it is about, with a link, and that
 * renders as a valid Adaptive Card.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/cards/render.js';
import { GITHUB_EVENT_NAMES } from '../../../src/connectors/github/event-names.js';
import { githubSender } from '../../../src/connectors/github/index.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { HAND_MADE_EVENTS } from '../../fixtures/github/hand-made-events.js';
import { githubRequest } from '../../fixtures/github/request.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';

type Payload = Record<string, any>;

const require = createRequire(import.meta.url);
const OCTOKIT = require('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
const OCTOKIT_EXAMPLES = new Map(OCTOKIT.map((d) => [d.name, d.examples]));

/**
 * Events GitHub reports in several steps, of which only the finished one (or, for releases,
 * `published`) is posted. Every other delivery of every event must give a card.
 */
const MAY_BE_IGNORED = new Set([
  'workflow_run',
  'workflow_job',
  'check_run',
  'check_suite',
  'release',
]);

/**
 * Where each delivery happened as a person would name it, read from the payload independently
 * of the connector's code: the repository, else the organisation, enterprise or account.
 */
function placeOf(event: string, p: Payload): string {
  if (event === 'security_advisory') return 'GitHub Advisory Database';
  if (p.repository?.full_name) return p.repository.full_name;
  if (p.organization?.login) return p.organization.login;
  if (p.enterprise) return p.enterprise.name ?? p.enterprise.slug;
  if (event === 'sponsorship') return p.sponsorship.sponsorable.login;
  if (event === 'marketplace_purchase') return p.marketplace_purchase.account.login;
  if (event === 'github_app_authorization') return p.sender.login;
  if (event === 'installation_target') return p.account.login;
  return p.installation.account.login;
}

const hash = (n: number) => `#${n}`;

/** What each event is about: the title, name, tag or number of its main object. */
const ABOUT: Record<string, (p: Payload) => string> = {
  branch_protection_configuration: (p) => p.repository.full_name,
  branch_protection_rule: (p) => p.rule.name,
  check_run: (p) => p.check_run.name,
  check_suite: (p) => p.check_suite.head_branch,
  code_scanning_alert: (p) => hash(p.alert.number),
  commit_comment: (p) => p.comment.commit_id.slice(0, 7),
  create: (p) => p.ref,
  custom_property: (p) => p.definition.property_name,
  custom_property_values: (p) => p.repository.full_name,
  delete: (p) => p.ref,
  dependabot_alert: (p) => hash(p.alert.number),
  deploy_key: (p) => p.key.title,
  deployment: (p) => p.deployment.environment,
  deployment_protection_rule: (p) => p.environment,
  deployment_review: (p) => p.environment,
  deployment_status: (p) => p.deployment.environment,
  discussion: (p) => hash(p.discussion.number),
  discussion_comment: (p) => hash(p.discussion.number),
  fork: (p) => p.forkee.full_name,
  github_app_authorization: (p) => p.sender.login,
  gollum: (p) => p.pages[0].title,
  // The app's slug; older deliveries only number the installation.
  installation: (p) => p.installation.app_slug ?? String(p.installation.id),
  installation_repositories: (p) => p.installation.app_slug ?? String(p.installation.id),
  installation_target: (p) => p.account.login,
  issue_comment: (p) => hash(p.issue.number),
  issue_dependencies: (p) => hash(p.blocked_issue.number),
  issues: (p) => hash(p.issue.number),
  label: (p) => p.label.name,
  marketplace_purchase: (p) => p.marketplace_purchase.plan.name,
  member: (p) => p.member.login,
  membership: (p) => p.member.login,
  merge_group: (p) => p.merge_group.head_ref,
  meta: (p) => String(p.hook_id),
  milestone: (p) => p.milestone.title,
  org_block: (p) => p.blocked_user.login,
  organization: (p) =>
    p.membership?.user?.login ?? p.invitation?.login ?? p.changes?.login?.from ?? 'Organization',
  package: (p) => p.package.name,
  page_build: (p) => p.build.status,
  personal_access_token_request: (p) => p.personal_access_token_request.token_name,
  project: (p) => p.project.name,
  project_card: (p) => p.project_card.note ?? String(p.project_card.id),
  project_column: (p) => p.project_column.name,
  projects_v2: (p) => p.projects_v2.title,
  projects_v2_item: (p) => String(p.projects_v2_item.id),
  projects_v2_status_update: (p) => p.projects_v2_status_update.status,
  public: (p) => p.repository.full_name,
  pull_request: (p) => hash(p.pull_request.number),
  pull_request_review: (p) => hash(p.pull_request.number),
  pull_request_review_comment: (p) => hash(p.pull_request.number),
  pull_request_review_thread: (p) => hash(p.pull_request.number),
  push: (p) => p.ref.replace(/^refs\/(?:heads|tags)\//, ''),
  registry_package: (p) => p.registry_package.name,
  release: (p) => p.release.tag_name,
  repository: (p) => p.repository.full_name,
  repository_advisory: (p) => p.repository_advisory.ghsa_id,
  repository_dispatch: (p) => p.action,
  repository_import: (p) => p.status,
  repository_ruleset: (p) => p.repository_ruleset.name,
  repository_vulnerability_alert: (p) => p.alert.affected_package_name,
  secret_scanning_alert: (p) => hash(p.alert.number),
  secret_scanning_alert_location: (p) => hash(p.alert.number),
  secret_scanning_scan: (p) => p.type,
  security_advisory: (p) => p.security_advisory.ghsa_id,
  security_and_analysis: (p) => p.repository.full_name,
  sponsorship: (p) => p.sponsorship.tier.name,
  star: (p) => p.repository.full_name,
  status: (p) => p.context,
  sub_issues: (p) => hash(p.sub_issue.number),
  team: (p) => p.team.name,
  team_add: (p) => p.team.name,
  watch: (p) => p.repository.full_name,
  workflow_dispatch: (p) => p.workflow,
  workflow_job: (p) => p.workflow_job.name,
  workflow_run: (p) => hash(p.workflow_run.run_number),
};

function deliveriesOf(event: string): { from: string; payloads: readonly Payload[] } {
  const examples = OCTOKIT_EXAMPLES.get(event);
  if (examples && examples.length > 0) return { from: 'octokit', payloads: examples };
  return { from: 'hand-made', payloads: HAND_MADE_EVENTS.get(event) ?? [] };
}

function expectValidAdaptiveCard(card: CardModel): void {
  const rendered = renderCard(card, { kind: 'workflows', o365Format: 'messagecard' });
  const envelope = JSON.parse(rendered.body) as { attachments: { content: object }[] };
  expect(validateAdaptiveCard(envelope.attachments[0]!.content)).toEqual([]);
}

describe('every GitHub event in the list', () => {
  it('has realistic deliveries and an expectation, from the examples or made by hand', () => {
    const missing = GITHUB_EVENT_NAMES.filter((name) => deliveriesOf(name).payloads.length === 0);
    expect(missing).toEqual([]);
    expect(GITHUB_EVENT_NAMES.filter((name) => !Object.hasOwn(ABOUT, name))).toEqual([]);
    // A hand-made payload for an event the examples cover would never be used.
    for (const name of HAND_MADE_EVENTS.keys())
      expect(OCTOKIT_EXAMPLES.has(name), name).toBe(false);
  });

  it.each([...GITHUB_EVENT_NAMES])(
    '%s gives a card naming where and what, with a link',
    (event) => {
      const { from, payloads } = deliveriesOf(event);
      let cards = 0;
      payloads.forEach((payload, i) => {
        const where = `${event} ${from} example ${i} (${String(payload.action ?? 'no action')})`;
        const result = githubSender.interpret(payload, githubRequest(event, payload));
        if (result.kind === 'ignored' && MAY_BE_IGNORED.has(event)) return;
        expect(result.kind, `${where}: ${JSON.stringify(result)}`).toBe('event');
        if (result.kind !== 'event') return;
        cards += 1;
        const card = result.event.card;
        const place = placeOf(event, payload);
        expect(`${card.title}\n${card.subtitle ?? ''}`, where).toContain(place);
        expect(card.title, where).toContain(ABOUT[event]!(payload));
        expect(card.titleUrl, where).toMatch(/^https:\/\/github\.com\/\S+$/);
        expectValidAdaptiveCard(card);
      });
      expect(cards, `${event}: at least one delivery must give a card`).toBeGreaterThan(0);
    },
  );
});
