import { describe, expect, it } from 'vitest';
import { opsgenieSender } from '../../../src/connectors/opsgenie/index.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { ALERT_ID, alertAction, ogRequest } from '../../fixtures/opsgenie/payloads.js';

function card(payload: unknown): CardModel {
  const meaning = opsgenieSender.interpret(payload, ogRequest(JSON.stringify(payload)));
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event.card;
}

const URL = `https://app.opsgenie.com/alert/detail/${ALERT_ID}`;

describe('Opsgenie cards', () => {
  it('shows a new alert with its priority, tags, context and description', () => {
    const model = card(
      alertAction('Create', {
        description: 'Consumers are behind by 12 minutes.',
        recipients: ['Orders team'],
        responders: [{ type: 'team', name: 'Orders team' }],
      }),
    );
    expect(model).toEqual({
      source: 'Opsgenie',
      summary: 'Opened #108: Queue depth above 10k on orders (P1)',
      title: 'Opened #108: Queue depth above 10k on orders',
      titleUrl: URL,
      subtitle: 'by marie@example.org · 2026-12-01 09:20 UTC',
      accent: 'attention',
      text: 'Consumers are behind by 12 minutes.',
      facts: [
        { title: 'Priority', value: 'P1' },
        { title: 'State', value: 'open' },
        { title: 'Tags', value: 'orders, queue' },
        { title: 'Entity', value: 'orders-worker' },
        { title: 'Source', value: 'grafana' },
        { title: 'Alias', value: 'orders-queue-depth' },
        { title: 'Recipients', value: 'Orders team' },
        { title: 'Responders', value: 'Orders team' },
      ],
      links: [{ title: 'Open alert', url: URL }],
    });
  });

  it('colours a new alert by priority', () => {
    const accent = (priority: unknown) => card(alertAction('Create', { priority })).accent;
    expect(accent('P1')).toBe('attention');
    expect(accent('P2')).toBe('attention');
    expect(accent('P3')).toBe('warning');
    expect(accent('P4')).toBe('default');
    expect(accent('P5')).toBe('default');
    // Opsgenie's default priority is P3.
    expect(accent(undefined)).toBe('warning');
  });

  it('reads acknowledged and closed apart from opened at a glance', () => {
    const acked = card(alertAction('Acknowledge'));
    expect(acked).toMatchObject({
      title: 'Acknowledged #108: Queue depth above 10k on orders',
      accent: 'warning',
      subtitle: 'by marie@example.org · 2026-12-01 09:25 UTC',
    });
    expect(acked.facts).toContainEqual({ title: 'State', value: 'acknowledged' });
    const closed = card(alertAction('Close'));
    expect(closed).toMatchObject({
      title: 'Closed #108: Queue depth above 10k on orders',
      accent: 'good',
    });
    expect(closed.facts).toContainEqual({ title: 'State', value: 'closed' });
    // The lean cards leave out the alert's context and description.
    expect(closed.facts.map((f) => f.title)).not.toContain('Entity');
    expect(card(alertAction('UnAcknowledge')).accent).toBe('attention');
  });

  it('shows a note as text, with who wrote it', () => {
    const model = card(alertAction('AddNote', { note: 'Consumer restarted.' }));
    expect(model).toMatchObject({
      title: 'Note on #108: Queue depth above 10k on orders',
      text: 'Consumer restarted.',
      accent: 'accent',
      subtitle: 'by marie@example.org · 2026-12-01 09:25 UTC',
    });
  });

  it('names what the other actions changed', () => {
    const fact = (payload: unknown, title: string) =>
      card(payload).facts.find((f) => f.title === title)?.value;
    expect(fact(alertAction('AddTags', { addedTags: 'sev1' }), 'Tags added')).toBe('sev1');
    expect(fact(alertAction('RemoveTags', { removedTags: 'queue' }), 'Tags removed')).toBe('queue');
    expect(fact(alertAction('AssignOwnership', { owner: 'linus@example.org' }), 'Owner')).toBe(
      'linus@example.org',
    );
    expect(fact(alertAction('AddRecipient', { recipient: 'dba' }), 'Recipient')).toBe('dba');
    expect(fact(alertAction('AddTeam', { team: 'Platform' }), 'Team')).toBe('Platform');
    const escalated = card({
      action: 'Escalate',
      alert: { alertId: ALERT_ID },
      escalationName: 'Orders on-call',
      escalationNotify: { name: 'linus@example.org' },
    });
    expect(escalated).toMatchObject({ title: 'Escalated an alert', accent: 'warning' });
    expect(escalated.facts).toEqual([
      { title: 'Escalation', value: 'Orders on-call' },
      { title: 'Notified', value: 'linus@example.org' },
    ]);
    expect(escalated.links).toEqual([{ title: 'Open alert', url: URL }]);
  });

  it('names a custom action in words and shows the alert in full', () => {
    const model = card(alertAction('RestartService', { description: 'Restart requested' }));
    expect(model.title).toBe('Restart service on #108: Queue depth above 10k on orders');
    expect(model.text).toBe('Restart requested');
    expect(model.facts).toContainEqual({ title: 'Created', value: '2026-12-01 09:20 UTC' });
  });

  it('counts tags beyond those shown', () => {
    const tags = Array.from({ length: 25 }, (_, i) => `t${i}`);
    const value = card(alertAction('Close', { tags })).facts.find((f) => f.title === 'Tags')?.value;
    expect(value).toMatch(/^t0, t1, .*t19 and 5 more$/);
  });
});
