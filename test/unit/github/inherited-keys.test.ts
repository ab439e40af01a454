import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/cards/render.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { cardFor } from '../../fixtures/github/interpret.js';
import {
  checkRunPayload,
  issueCommentPayload,
  issuePayload,
  pullRequestPayload,
  releasePayload,
  workflowRunPayload,
} from '../../fixtures/github/payloads.js';
import { deploymentStatusPayload } from '../../fixtures/github/ci-payloads.js';
import { discussionPayload, reviewPayload } from '../../fixtures/github/collab-payloads.js';
import { organizationPayload } from '../../fixtures/github/org-payloads.js';
import {
  codeScanningAlertPayload,
  dependabotAlertPayload,
  secretScanningAlertPayload,
} from '../../fixtures/github/security-payloads.js';

/** Names every plain object inherits: a lookup table that is a plain object "knows" them. */
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const ACCENTS = ['default', 'good', 'warning', 'attention', 'accent'];

/** What an inherited value would leak into a card's text. */
const LEAK = /\[object|function|native code/;

function expectSaneCard(c: CardModel, word: string): void {
  const text = JSON.stringify(c);
  expect(text).not.toMatch(LEAK);
  expect(ACCENTS).toContain(c.accent);
  expect(typeof c.title).toBe('string');
  expect(typeof c.summary).toBe('string');
  // The word itself is still shown, as any unknown action or result would be.
  expect(text.toLowerCase()).toContain(word.replace(/_/g, '').toLowerCase());
  for (const target of [
    { kind: 'workflows', o365Format: 'messagecard' },
    { kind: 'o365', o365Format: 'messagecard' },
  ] as const) {
    const body = renderCard(c, target).body;
    expect(body).not.toMatch(LEAK);
    expect(body).not.toMatch(/"style":\{/);
  }
}

describe('GitHub cards for words every object inherits', () => {
  it.each(INHERITED)('builds a pull request card for action %s', (action) => {
    const c = cardFor('pull_request', pullRequestPayload({ action }));
    expectSaneCard(c, action);
    expect(c.accent).toBe('default');
  });

  it.each(INHERITED)('builds an issue card for action and state reason %s', (word) => {
    const c = cardFor('issues', issuePayload({ action: word, issue: { state_reason: word } }));
    expectSaneCard(c, word);
    const closed = cardFor(
      'issues',
      issuePayload({ action: 'closed', issue: { state_reason: word } }),
    );
    expectSaneCard(closed, word);
  });

  it.each(INHERITED)('builds comment and release cards for action %s', (action) => {
    expectSaneCard(cardFor('issue_comment', issueCommentPayload({ action })), action);
    expectSaneCard(cardFor('release', releasePayload({ action })), action);
  });

  it.each(INHERITED)('builds a workflow run card for conclusion %s', (conclusion) => {
    const c = cardFor('workflow_run', workflowRunPayload({ workflow_run: { conclusion } }));
    expectSaneCard(c, conclusion);
    expect(c.accent).toBe('default');
  });

  it.each(INHERITED)('builds a workflow run card for status and trigger %s', (word) => {
    const payload = workflowRunPayload({
      workflow_run: { status: word, conclusion: null, event: word },
    });
    expectSaneCard(cardFor('workflow_run', payload), word);
  });

  it.each(INHERITED)('builds a check run card for conclusion and status %s', (word) => {
    const concluded = cardFor('check_run', checkRunPayload({ check_run: { conclusion: word } }));
    expectSaneCard(concluded, word);
    expect(concluded.title).toMatch(/^\[octo-org\/octo-repo\] Check lint finished: /);
    const running = checkRunPayload({ check_run: { status: word, conclusion: null } });
    expectSaneCard(cardFor('check_run', running), word);
  });

  it.each(INHERITED)('builds review, discussion and deployment cards for %s', (word) => {
    const review = cardFor('pull_request_review', reviewPayload({ review: { state: word } }));
    expectSaneCard(review, word);
    expect(review.accent).toBe('default');
    expectSaneCard(cardFor('discussion', discussionPayload({ action: word })), word);
    const status = deploymentStatusPayload({ deployment_status: { state: word } });
    expectSaneCard(cardFor('deployment_status', status), word);
  });

  it.each(INHERITED)('builds alert and organisation cards for state, severity and role %s', (w) => {
    const code = codeScanningAlertPayload({
      action: w,
      alert: { state: w, rule: { security_severity_level: w }, dismissed_reason: w },
    });
    expectSaneCard(cardFor('code_scanning_alert', code), w);
    const dependabot = dependabotAlertPayload({ alert: { state: w, dismissed_reason: w } });
    expectSaneCard(cardFor('dependabot_alert', dependabot), w);
    const secret = secretScanningAlertPayload({ alert: { state: w, resolution: w } });
    expectSaneCard(cardFor('secret_scanning_alert', secret), w);
    const org = organizationPayload({ membership: { role: w } });
    expectSaneCard(cardFor('organization', org), w);
  });

  // "__proto__" is not shaped like a GitHub event name, so it is refused before any card.
  const eventNames = INHERITED.filter((w) => /^[a-z]/i.test(w)).map((w) => w.toLowerCase());
  it.each(eventNames)('builds a card for the unknown event %s', (event) => {
    expectSaneCard(cardFor(event, { action: event }), event);
  });
});
