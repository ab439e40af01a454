import { describe, expect, it } from 'vitest';
import { normalizeNewRelic } from '../../../src/connectors/newrelic/normalize.js';
import { ISSUE_ID, ISSUE_URL, defaultTemplate } from '../../fixtures/newrelic/payloads.js';

function eventOf(payload: unknown) {
  const outcome = normalizeNewRelic(payload);
  if (outcome.kind !== 'event') throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe('New Relic normalisation', () => {
  it('names the event by state and de-duplicates on issue id, state and update time', () => {
    const outcome = eventOf(defaultTemplate());
    expect(outcome.eventName).toBe('ACTIVATED');
    expect(outcome.deliveryId).toBe(`${ISSUE_ID}:ACTIVATED:1796117100000`);
    expect(eventOf(defaultTemplate({ state: 'CLOSED' })).deliveryId).toBe(
      `${ISSUE_ID}:CLOSED:1796117100000`,
    );
  });

  it('reads every field of the default template', () => {
    expect(eventOf(defaultTemplate()).event).toEqual({
      state: 'ACTIVATED',
      title: "orders-db query result is > 90.0 for 10 minutes on 'Disk used %'",
      url: ISSUE_URL,
      priority: 'HIGH',
      trigger: 'STATE_CHANGE',
      entities: { names: ['orders-db-1', 'orders-db-2'], total: 2 },
      totalIncidents: 2,
      correlated: false,
      policies: { names: ['Databases'], total: 1 },
      conditions: { names: ['Disk used %'], total: 1 },
      sources: { names: ['newrelic'], total: 1 },
      workflow: 'DBA on-call',
      createdAt: '2026-12-01T09:20:00.000Z',
      updatedAt: '2026-12-01T09:25:00.000Z',
      extra: { facts: [], links: [] },
    });
  });

  it('reads the template variables a custom template is written with', () => {
    const { event, deliveryId, eventName } = eventOf({
      issueId: ISSUE_ID,
      issueTitle: 'Disk almost full',
      issuePageUrl: 'https://one.newrelic.com/alerts-ai/issues/x',
      triggerEvent: 'INCIDENT_ADDED',
      state: 'created',
      impactedEntities: 'orders-db-1, orders-db-2,orders-db-3',
      totalIncidents: '3',
      updatedAt: '2026-12-01T09:25:00Z',
    });
    expect(eventName).toBe('CREATED');
    expect(deliveryId).toBe(`${ISSUE_ID}:CREATED:2026-12-01T09:25:00Z`);
    expect(event).toMatchObject({
      title: 'Disk almost full',
      url: 'https://one.newrelic.com/alerts-ai/issues/x',
      trigger: 'INCIDENT_ADDED',
      entities: { names: ['orders-db-1', 'orders-db-2', 'orders-db-3'], total: 3 },
      totalIncidents: 3,
      updatedAt: '2026-12-01T09:25:00Z',
    });
  });

  it('turns any JSON object into a notification, with no de-duplication id it cannot build', () => {
    for (const payload of [{}, { message: 'hi' }, { state: 42 }, { state: 'not a state!' }]) {
      const outcome = normalizeNewRelic(payload);
      expect(outcome, JSON.stringify(payload)).toMatchObject({
        kind: 'event',
        eventName: 'notification',
        deliveryId: undefined,
      });
    }
    expect(normalizeNewRelic([1, 2])).toMatchObject({ kind: 'malformed' });
  });

  it('keeps a custom template’s own fields, web addresses as links', () => {
    const { event } = eventOf({
      issueTitle: 'Storefront down',
      monitor_name: 'Home page',
      failedLocations: ['Frankfurt', 'London'],
      runbookUrl: 'https://wiki.example.com/rb',
      details: { nested: true },
      sneaky: 'javascript:alert(1)',
    });
    expect(event.extra).toEqual({
      facts: [
        { title: 'Monitor name', value: 'Home page' },
        { title: 'Failed locations', value: 'Frankfurt, London' },
        { title: 'Sneaky', value: 'javascript:alert(1)' },
      ],
      links: [{ title: 'Runbook url', url: 'https://wiki.example.com/rb' }],
    });
  });

  it('ignores fields of the wrong shape without losing the notification', () => {
    const { event } = eventOf(
      defaultTemplate({ issueUrl: 'javascript:alert(1)', totalIncidents: -4, createdAt: 'soon' }),
    );
    expect(event.url).toBeUndefined();
    expect(event.totalIncidents).toBeUndefined();
    expect(event.createdAt).toBeUndefined();
    expect(event.title).toMatch(/^orders-db/);
  });

  it('hashes a de-duplication key that would be too long', () => {
    const long = {
      id: 'i'.repeat(64),
      state: 'S'.repeat(32),
      updatedAt: '2026-12-01T09:25:00.123456789+01:00',
    };
    const outcome = eventOf(defaultTemplate(long));
    expect(outcome.deliveryId).toMatch(/^newrelic:[0-9a-f]{64}$/);
  });

  it('bounds the work and size of huge payloads', () => {
    const huge = 'x'.repeat(200_000);
    const impactedEntities = Array.from({ length: 50_000 }, (_, i) => `${huge}${i}`);
    const many = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, huge]));
    const { event } = eventOf({ ...many, ...defaultTemplate({ title: huge, impactedEntities }) });
    expect(event.title).toHaveLength(256);
    expect(event.entities?.names).toHaveLength(20);
    expect(event.entities?.total).toBe(50_000);
    expect(event.extra.facts).toHaveLength(8);
    expect(JSON.stringify(event).length).toBeLessThan(10_000);
  });
});
