import { describe, expect, it } from 'vitest';
import { normalizeOpsgenie } from '../../../src/connectors/opsgenie/normalize.js';
import { ALERT_ID, alertAction } from '../../fixtures/opsgenie/payloads.js';

function eventOf(payload: unknown) {
  const outcome = normalizeOpsgenie(payload);
  if (outcome.kind !== 'event') throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe('Opsgenie normalisation', () => {
  it('names the event by action and de-duplicates on alert id, action and update time', () => {
    const outcome = eventOf(alertAction('Acknowledge'));
    expect(outcome.eventName).toBe('Acknowledge');
    expect(outcome.deliveryId).toBe(`${ALERT_ID}:Acknowledge:${String(1796117100000000000)}`);
    // Another action on the same alert at the same time is another delivery.
    expect(eventOf(alertAction('AddNote')).deliveryId).not.toBe(outcome.deliveryId);
    const later = eventOf(alertAction('Acknowledge', { updatedAt: 1796117200000000000 }));
    expect(later.deliveryId).not.toBe(outcome.deliveryId);
  });

  it('uses the request id, or the escalation round, when there is no update time', () => {
    const withRequest = alertAction(
      'Escalate',
      { updatedAt: undefined },
      { alertFlowContext: { requestId: 'req-1' } },
    );
    expect(eventOf(withRequest).deliveryId).toBe(`${ALERT_ID}:Escalate:req-1`);
    const escalation = {
      action: 'Escalate',
      alert: { alertId: ALERT_ID },
      escalationId: 'esc-9',
      escalationName: 'Orders on-call',
      escalationNotify: { name: 'marie@example.org', entity: 'user' },
      repeatCount: 2,
    };
    expect(eventOf(escalation).deliveryId).toBe(`${ALERT_ID}:Escalate:esc-9:2`);
    expect(
      eventOf({ action: 'Escalate', alert: { alertId: ALERT_ID } }).deliveryId,
    ).toBeUndefined();
  });

  it('keeps a long key short by hashing it', () => {
    const longAction = `Custom${'x'.repeat(56)}`;
    const outcome = eventOf(alertAction(longAction, { alertId: `${ALERT_ID}-${'1'.repeat(80)}` }));
    expect(outcome.deliveryId).toMatch(/^opsgenie:[0-9a-f]{64}$/);
  });

  it('reads the alert and the fields of each action', () => {
    const { event } = eventOf(
      alertAction('AddTags', {
        addedTags: 'sev1,orders',
        recipients: ['marie@example.org', { name: 'Orders team' }],
        teams: ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'Platform'],
        note: '  ',
      }),
    );
    expect(event).toMatchObject({
      action: 'AddTags',
      who: 'marie@example.org',
      at: '2026-12-01T09:25:00.000Z',
      addedTags: 'sev1,orders',
      alert: {
        id: ALERT_ID,
        tinyId: '108',
        message: 'Queue depth above 10k on orders',
        priority: 'P1',
        tags: { names: ['orders', 'queue'], total: 2 },
        recipients: { names: ['marie@example.org', 'Orders team'], total: 2 },
        // Team ids are not names a person can read.
        teams: { names: ['Platform'], total: 1 },
        createdAt: '2026-12-01T09:20:00.000Z',
        url: `https://app.opsgenie.com/alert/detail/${ALERT_ID}`,
      },
    });
    expect(event.note).toBeUndefined();
  });

  it('reads priorities written as numbers and in lower case', () => {
    expect(eventOf(alertAction('Create', { priority: 3 })).event.alert.priority).toBe('P3');
    expect(eventOf(alertAction('Create', { priority: 'p4' })).event.alert.priority).toBe('P4');
    expect(eventOf(alertAction('Create', { priority: 'Sev-1' })).event.alert.priority).toBe(
      'Sev-1',
    );
  });

  it('dates a Create by its creation time, other actions by the update time', () => {
    expect(eventOf(alertAction('Create')).event.at).toBe('2026-12-01T09:20:00.000Z');
    expect(eventOf(alertAction('Close')).event.at).toBe('2026-12-01T09:25:00.000Z');
    expect(eventOf(alertAction('Close', { updatedAt: -1 })).event.at).toBeUndefined();
  });

  it('accepts custom action names, and refuses what is not an action or an alert', () => {
    expect(eventOf(alertAction('Restart web server')).eventName).toBe('Restart web server');
    expect(normalizeOpsgenie({})).toMatchObject({ kind: 'malformed' });
    expect(normalizeOpsgenie({ action: 'Create' })).toMatchObject({ kind: 'malformed' });
    expect(normalizeOpsgenie({ action: 'Create', alert: {} })).toMatchObject({ kind: 'malformed' });
    for (const action of ['<b>x</b>', 'x'.repeat(65), ' ']) {
      expect(normalizeOpsgenie(alertAction(action)), action).toMatchObject({ kind: 'malformed' });
    }
    expect(normalizeOpsgenie(alertAction('Create', { alertId: '../x' }))).toMatchObject({
      kind: 'malformed',
    });
  });

  it('bounds the work and size of huge payloads', () => {
    const huge = 'x'.repeat(200_000);
    const tags = Array.from({ length: 10_000 }, (_, i) => `${huge}${i}`);
    const { event } = eventOf(
      alertAction('Create', { message: huge, description: huge, tags, note: huge }),
    );
    expect(event.alert.message).toHaveLength(256);
    expect(event.alert.description).toHaveLength(1000);
    expect(event.alert.tags?.names).toHaveLength(20);
    expect(event.alert.tags?.total).toBe(10_000);
    expect(JSON.stringify(event).length).toBeLessThan(8_000);
  });
});
