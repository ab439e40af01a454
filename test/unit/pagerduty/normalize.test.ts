import { describe, expect, it } from 'vitest';
import { normalizePagerDuty } from '../../../src/connectors/pagerduty/normalize.js';
import {
  envelope,
  incidentData,
  incidentRef,
  marie,
  pdRequest,
} from '../../fixtures/pagerduty/payloads.js';

const req = (headers: Record<string, string> = {}) => pdRequest('{}', headers);
const normalize = (payload: unknown, headers?: Record<string, string>) =>
  normalizePagerDuty(payload, req(headers));

function eventOf(payload: unknown) {
  const outcome = normalize(payload);
  if (outcome.kind !== 'event') throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe('PagerDuty normalisation', () => {
  it('names the event by event.event_type and de-duplicates on event.id', () => {
    const outcome = eventOf(envelope('incident.triggered', incidentData()));
    expect(outcome).toMatchObject({
      kind: 'event',
      eventName: 'incident.triggered',
      deliveryId: '01HZZTESTEVENT0000000000A1',
    });
  });

  it('reads every incident fact the card shows', () => {
    const { event } = eventOf(
      envelope(
        'incident.resolved',
        incidentData({
          status: 'resolved',
          resolve_reason: {
            type: 'merge_resolve_reason',
            incident: { summary: 'Disk full (parent)' },
          },
          conference_bridge: {
            conference_url: 'https://meet.example/room',
            conference_number: '+1 555',
          },
        }),
      ),
    );
    expect(event).toEqual({
      kind: 'incident',
      eventType: 'incident.resolved',
      agent: 'Linus Pauling',
      occurredAt: '2026-12-01T09:58:31.250Z',
      incident: {
        number: 77,
        title: 'Disk full on db-2',
        url: 'https://example-co.pagerduty.com/incidents/PINC777',
        status: 'resolved',
        urgency: 'high',
        priority: 'P2',
        service: { name: 'Database', url: 'https://example-co.pagerduty.com/services/PSV0001' },
        assignees: { names: ['Marie Curie'], total: 1 },
        escalationPolicy: 'DBA rota',
        teams: { names: ['Storage'], total: 1 },
        resolveReason: 'merged into Disk full (parent)',
        conferenceUrl: 'https://meet.example/room',
        conferenceNumber: '+1 555',
      },
    });
  });

  it('reads a note, a status update and a responder request by their data type', () => {
    const note = eventOf(
      envelope('incident.annotated', {
        incident: incidentRef,
        content: 'Freed 20 GB',
        trimmed: true,
        type: 'incident_note',
      }),
    ).event;
    expect(note).toMatchObject({
      kind: 'note',
      incident: { name: 'Disk full on db-2', url: incidentRef.html_url },
      note: 'Freed 20 GB',
      trimmed: true,
    });
    const update = eventOf(
      envelope('incident.status_update_published', {
        incident: incidentRef,
        message: 'Mitigated',
        type: 'incident_status_update',
      }),
    ).event;
    expect(update).toMatchObject({ kind: 'status_update', message: 'Mitigated', trimmed: false });
    const responder = eventOf(
      envelope('incident.responder.added', {
        incident: incidentRef,
        user: marie,
        escalation_policy: { summary: 'DBA rota' },
        message: 'Can you look at the replicas?',
        state: 'pending',
        type: 'incident_responder',
      }),
    ).event;
    expect(responder).toMatchObject({
      kind: 'responder',
      responder: { name: 'Marie Curie', url: marie.html_url },
      escalationPolicy: 'DBA rota',
      message: 'Can you look at the replicas?',
      state: 'pending',
    });
  });

  it('reads a service event', () => {
    const { event } = eventOf(
      envelope(
        'service.updated',
        {
          html_url: 'https://example-co.pagerduty.com/services/PSV0001',
          summary: 'Database',
          teams: [{ summary: 'Storage' }],
          type: 'service',
        },
        { resource_type: 'service', agent: null },
      ),
    );
    expect(event).toMatchObject({
      kind: 'service',
      agent: undefined,
      service: { name: 'Database', url: 'https://example-co.pagerduty.com/services/PSV0001' },
      teams: { names: ['Storage'], total: 1 },
    });
  });

  it('gives an event type it does not know a card from what its data is about', () => {
    const { eventName, event } = eventOf(
      envelope('incident.workflow.started', {
        incident: incidentRef,
        summary: 'Major incident workflow',
        type: 'incident_workflow_instance',
      }),
    );
    expect(eventName).toBe('incident.workflow.started');
    expect(event).toMatchObject({
      kind: 'other',
      resourceType: 'incident',
      subject: { name: 'Disk full on db-2', url: incidentRef.html_url },
    });
  });

  it('answers pagey.ping as a handshake, naming the subscription', () => {
    const ping = envelope('pagey.ping', { message: 'Hello from your friend Pagey!', type: 'ping' });
    expect(normalize(ping, { 'x-webhook-subscription': 'PSUB123' })).toEqual({
      kind: 'handshake',
      eventName: 'pagey.ping',
      message: 'PagerDuty webhook subscription PSUB123 connected',
    });
    // A header that is not an id is not echoed into logs.
    expect(normalize(ping, { 'x-webhook-subscription': '<b>x</b>' })).toMatchObject({
      kind: 'handshake',
      message: 'PagerDuty webhook subscription connected',
    });
  });

  it('falls back to X-Webhook-Id when event.id cannot be a key', () => {
    const payload = envelope('incident.triggered', incidentData(), { id: 'x'.repeat(129) });
    expect(normalize(payload, { 'x-webhook-id': 'wh-42' })).toMatchObject({
      kind: 'event',
      deliveryId: 'wh-42',
    });
    expect(normalize(payload)).toMatchObject({ kind: 'malformed' });
  });

  it('refuses bodies that are not V3 webhooks, and event types of another shape', () => {
    expect(normalize({})).toMatchObject({ kind: 'malformed' });
    expect(normalize({ event: { event_type: 'incident.triggered' } })).toMatchObject({
      kind: 'malformed',
    });
    // A V2 webhook: `messages[]` with `incident.trigger` inside.
    expect(normalize({ messages: [{ event: 'incident.trigger' }] })).toMatchObject({
      kind: 'malformed',
    });
    for (const eventType of ['Incident Triggered', 'incident', '<script>', 'a.'.repeat(40) + 'b']) {
      expect(normalize(envelope(eventType, incidentData())), eventType).toMatchObject({
        kind: 'malformed',
      });
    }
  });

  it('reads only the first word of an event type', () => {
    const outcome = normalize(envelope('incident.triggered <b>x</b>', incidentData()));
    expect(outcome).toMatchObject({ kind: 'event', eventName: 'incident.triggered' });
  });

  it('keeps an incident whose side fields changed shape, without them', () => {
    const { event } = eventOf(
      envelope(
        'incident.triggered',
        incidentData({ assignees: 'Marie', priority: 'P1', service: 42, html_url: 'javascript:x' }),
      ),
    );
    expect(event).toMatchObject({
      kind: 'incident',
      incident: { title: 'Disk full on db-2', assignees: undefined, priority: undefined },
    });
    if (event.kind !== 'incident') throw new Error(event.kind);
    expect(event.incident.service).toBeUndefined();
    expect(event.incident.url).toBeUndefined();
  });

  it('bounds the work and size of huge payloads', () => {
    const huge = 'x'.repeat(200_000);
    const assignees = Array.from({ length: 5000 }, (_, i) => ({ summary: `${huge}${i}` }));
    const { event } = eventOf(
      envelope('incident.triggered', incidentData({ title: huge, assignees }), {
        agent: { summary: huge },
      }),
    );
    if (event.kind !== 'incident') throw new Error(event.kind);
    expect(event.incident.title).toHaveLength(256);
    expect(event.incident.assignees?.names).toHaveLength(10);
    expect(event.incident.assignees?.total).toBe(5000);
    expect(JSON.stringify(event).length).toBeLessThan(3_000);
  });
});
