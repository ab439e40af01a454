import { describe, expect, it } from 'vitest';
import {
  eventAlertPayload,
  issuePayload,
  legacyPayload,
  metricAlertPayload,
  occurrence,
} from '../../fixtures/sentry/payloads.js';
import { cardOf, fact } from '../../fixtures/sentry/request.js';

describe('Sentry issue cards', () => {
  it('shows a new issue: title, culprit, level colour, project, counts, status and link', () => {
    const card = cardOf('issue', issuePayload('created'));
    expect(card.title).toBe('[billing] New issue: ZeroDivisionError: division by zero');
    expect(card.subtitle).toBe('billing.invoice in prorate');
    expect(card.accent).toBe('attention');
    expect(card.titleUrl).toBe('https://example-org.sentry.io/issues/90210/');
    expect(fact(card, 'Issue')).toBe('BILLING-7');
    expect(fact(card, 'Level')).toBe('Error');
    expect(fact(card, 'Status')).toBe('unresolved (new)');
    expect(fact(card, 'Events')).toBe('23');
    expect(fact(card, 'Users')).toBe('4');
    expect(fact(card, 'First seen')).toBe('2026-05-30 08:15 UTC');
    expect(card.links).toEqual([
      { title: 'View issue', url: 'https://example-org.sentry.io/issues/90210/' },
    ]);
  });

  it.each([
    ['fatal', 'attention'],
    ['error', 'attention'],
    ['warning', 'warning'],
    ['info', 'accent'],
    ['debug', 'default'],
    ['unheard-of', 'default'],
  ])('colours a new %s issue %s', (level, accent) => {
    const card = cardOf('issue', issuePayload('created', { issue: { title: 'x', level } }));
    expect(card.accent).toBe(accent);
  });

  it('says who resolved an issue and how, in green', () => {
    const card = cardOf('issue', issuePayload('resolved', { resolution_type: 'in_next_release' }));
    expect(card.title).toBe('[billing] Issue resolved: ZeroDivisionError: division by zero');
    expect(card.subtitle).toBe('Resolved by Ada Lovelace');
    expect(card.accent).toBe('good');
    expect(fact(card, 'Resolved')).toBe('in the next release');
    expect(fact(card, 'Culprit')).toBe('billing.invoice in prorate');
  });

  it('names the assignee in the title and who assigned it', () => {
    const card = cardOf(
      'issue',
      issuePayload('assigned', { assignee: { type: 'user', name: 'Grace', email: 'g@x.test' } }),
    );
    expect(card.title).toMatch(/^\[billing\] Issue assigned to Grace: /);
    expect(card.subtitle).toBe('Assigned by Ada Lovelace');
    expect(fact(card, 'Assignee')).toBe('Grace');
  });

  it('says a regressed issue regressed, at least as a warning', () => {
    const payload = issuePayload('unresolved', {
      issue: { title: 'Slow', level: 'info', substatus: 'regressed' },
    });
    const card = cardOf('issue', payload);
    expect(card.title).toBe('Issue regressed: Slow');
    expect(card.accent).toBe('warning');
  });

  it('calls an ignored issue archived, as Sentry now does', () => {
    expect(cardOf('issue', issuePayload('ignored')).title).toMatch(/Issue archived/);
  });
});

describe('Sentry alert cards', () => {
  it('shows an issue alert: event title, rule, level, where it broke, tags and links', () => {
    const card = cardOf('event_alert', eventAlertPayload());
    expect(card.title).toBe('[api-server] KeyError: user_id');
    expect(card.subtitle).toBe('Alert rule triggered: Page the API team');
    expect(card.accent).toBe('warning');
    expect(fact(card, 'Location')).toBe('api/lib/util.py:12 in lookup');
    expect(fact(card, 'Environment')).toBe('staging');
    expect(fact(card, 'Release')).toBe('api@1.2.3');
    expect(fact(card, 'Seen')).toBe('2026-06-01 11:30 UTC');
    expect(card.titleUrl).toBe('https://sentry.io/organizations/example-org/issues/777/');
    expect(card.links.map((l) => l.title)).toEqual(['View issue', 'View event']);
  });

  it('shows a plugin alert with all its rules and its issue link', () => {
    const card = cardOf(undefined, legacyPayload());
    expect(card.title).toBe('[Web (live)] ValueError: bad amount');
    expect(card.subtitle).toBe('Alert rules triggered: Notify on new errors, Escalate');
    expect(card.accent).toBe('attention');
    expect(card.links).toEqual([{ title: 'View issue', url: legacyPayload().url }]);
  });

  it.each([
    ['critical', 'Critical', 'attention'],
    ['warning', 'Warning', 'warning'],
    ['resolved', 'Resolved', 'good'],
  ])('shows a %s metric alert by its title word and colour', (action, word, accent) => {
    const card = cardOf('metric_alert', metricAlertPayload(action));
    expect(card.title).toBe(`${word}: Slow checkout`);
    expect(card.accent).toBe(accent);
    expect(fact(card, 'Status')).toBe(word);
    expect(fact(card, 'Project')).toBe('shop');
    expect(fact(card, 'Metric')).toBe('p95(transaction.duration) where transaction:/checkout');
    expect(fact(card, 'Window')).toBe('1 hour');
    expect(card.text).toBe('p95(transaction.duration) above 2000 ms');
    expect(card.links).toEqual([
      { title: 'View alert', url: 'https://example-org.sentry.io/alerts/rules/details/5/' },
    ]);
  });

  it('falls back to Sentry’s own title without repeating its state word', () => {
    const card = cardOf('metric_alert', metricAlertPayload('critical', { alert_rule: null }));
    expect(card.title).toBe('Critical: Slow checkout');
  });

  it('shows an error event in the colour of its level', () => {
    const card = cardOf('error', {
      action: 'created',
      data: { error: occurrence({ level: 'fatal' }) },
    });
    expect(card.title).toBe('[api-server] Error: KeyError: user_id');
    expect(card.accent).toBe('attention');
  });

  it('shows a comment with its text, but not a deleted one', () => {
    const payload = {
      action: 'created',
      data: { comment: 'Looking into it', project_slug: 'billing', issue_id: 90210 },
      actor: { type: 'user', name: 'Ada' },
    };
    const card = cardOf('comment', payload);
    expect(card.title).toBe('[billing] New comment on issue 90210');
    expect(card.text).toBe('Looking into it');
    expect(card.subtitle).toBe('By Ada');
    expect(cardOf('comment', { ...payload, action: 'deleted' }).text).toBeUndefined();
  });
});
