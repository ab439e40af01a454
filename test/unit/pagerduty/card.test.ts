import { describe, expect, it } from 'vitest';
import { pagerDutySender } from '../../../src/connectors/pagerduty/index.js';
import type { CardModel } from '../../../src/core/card-model.js';
import {
  envelope,
  incidentData,
  incidentRef,
  marie,
  pdRequest,
} from '../../fixtures/pagerduty/payloads.js';

function card(payload: unknown): CardModel {
  const meaning = pagerDutySender.interpret(payload, pdRequest(JSON.stringify(payload)));
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event.card;
}

const INCIDENT_URL = 'https://example-co.pagerduty.com/incidents/PINC777';

describe('PagerDuty cards', () => {
  it('shows a triggered incident in red with every fact a responder needs', () => {
    const model = card(envelope('incident.triggered', incidentData()));
    expect(model).toEqual({
      source: 'PagerDuty',
      summary: 'Triggered #77: Disk full on db-2 (high urgency, P2)',
      title: 'Triggered #77: Disk full on db-2',
      titleUrl: INCIDENT_URL,
      subtitle: 'by Linus Pauling · 2026-12-01 09:58 UTC',
      accent: 'attention',
      facts: [
        { title: 'Status', value: 'triggered' },
        { title: 'Urgency', value: 'high' },
        { title: 'Priority', value: 'P2' },
        { title: 'Service', value: 'Database' },
        { title: 'Assigned to', value: 'Marie Curie' },
        { title: 'Escalation policy', value: 'DBA rota' },
        { title: 'Teams', value: 'Storage' },
      ],
      links: [
        { title: 'Open incident', url: INCIDENT_URL },
        { title: 'Open service', url: 'https://example-co.pagerduty.com/services/PSV0001' },
      ],
    });
  });

  it('colours acknowledged orange and resolved green, with who did it', () => {
    const acked = card(envelope('incident.acknowledged', incidentData({ status: 'acknowledged' })));
    expect(acked).toMatchObject({
      title: 'Acknowledged #77: Disk full on db-2',
      accent: 'warning',
      subtitle: 'by Linus Pauling · 2026-12-01 09:58 UTC',
    });
    const resolved = card(
      envelope(
        'incident.resolved',
        incidentData({
          status: 'resolved',
          assignees: [],
          resolve_reason: { type: 'merge_resolve_reason', incident: { summary: 'Disks' } },
        }),
      ),
    );
    expect(resolved).toMatchObject({ title: 'Resolved #77: Disk full on db-2', accent: 'good' });
    expect(resolved.facts).toContainEqual({ title: 'Resolved as', value: 'merged into Disks' });
    expect(resolved.facts.map((f) => f.title)).not.toContain('Assigned to');
  });

  it('colours a reassignment by the status the incident is in', () => {
    const model = card(envelope('incident.reassigned', incidentData({ status: 'acknowledged' })));
    expect(model).toMatchObject({ title: 'Reassigned #77: Disk full on db-2', accent: 'warning' });
    const priority = card(envelope('incident.priority_updated', incidentData()));
    expect(priority).toMatchObject({ title: 'Priority changed #77: Disk full on db-2' });
    expect(priority.facts).toContainEqual({ title: 'Priority', value: 'P2' });
  });

  it('takes the status from the event type when the payload leaves it out', () => {
    const model = card(envelope('incident.resolved', incidentData({ status: undefined })));
    expect(model.accent).toBe('good');
    expect(model.facts).toContainEqual({ title: 'Status', value: 'resolved' });
  });

  it('names several assignees, counting those not shown, and links the conference bridge', () => {
    const assignees = Array.from({ length: 14 }, (_, i) => ({ summary: `Person ${i}` }));
    const model = card(
      envelope(
        'incident.escalated',
        incidentData({
          assignees,
          conference_bridge: { conference_url: 'https://meet.example/r' },
        }),
      ),
    );
    const assigned = model.facts.find((f) => f.title === 'Assigned to');
    expect(assigned?.value).toMatch(/^Person 0, Person 1, .*Person 9 and 4 more$/);
    expect(model.links).toContainEqual({
      title: 'Join conference bridge',
      url: 'https://meet.example/r',
    });
  });

  it('shows an annotation with the note as text', () => {
    const model = card(
      envelope('incident.annotated', {
        incident: incidentRef,
        content: 'Freed 20 GB on /var',
        trimmed: false,
        type: 'incident_note',
      }),
    );
    expect(model).toMatchObject({
      title: 'Note on Disk full on db-2',
      titleUrl: INCIDENT_URL,
      text: 'Freed 20 GB on /var',
      subtitle: 'by Linus Pauling · 2026-12-01 09:58 UTC',
      links: [{ title: 'Open incident', url: INCIDENT_URL }],
      facts: [],
    });
  });

  it('says when PagerDuty shortened a note', () => {
    const model = card(
      envelope('incident.annotated', {
        incident: incidentRef,
        content: 'a…',
        trimmed: true,
        type: 'incident_note',
      }),
    );
    expect(model.facts[0]?.value).toMatch(/shortened/);
  });

  it('shows a responder request and its answer', () => {
    const data = (state: string) => ({
      incident: incidentRef,
      user: marie,
      message: 'Replicas lagging?',
      state,
      type: 'incident_responder',
    });
    const added = card(envelope('incident.responder.added', data('pending')));
    expect(added).toMatchObject({
      title: 'Marie Curie asked to help on Disk full on db-2',
      text: 'Replicas lagging?',
      accent: 'accent',
    });
    expect(added.facts).toContainEqual({ title: 'Request', value: 'pending' });
    const declined = card(envelope('incident.responder.replied', data('declined')));
    expect(declined).toMatchObject({
      title: 'Marie Curie replied on Disk full on db-2',
      accent: 'warning',
    });
  });

  it('shows a status update', () => {
    const model = card(
      envelope('incident.status_update_published', {
        incident: incidentRef,
        message: 'A fix is rolling out',
        type: 'incident_status_update',
      }),
    );
    expect(model).toMatchObject({
      title: 'Status update on Disk full on db-2',
      text: 'A fix is rolling out',
    });
  });

  it('shows service changes', () => {
    const model = card(
      envelope('service.deleted', { summary: 'Legacy API', type: 'service' }, { agent: null }),
    );
    expect(model).toMatchObject({ title: 'Service Legacy API deleted', accent: 'default' });
    expect(model.subtitle).toBe('2026-12-01 09:58 UTC');
  });

  it('gives an unknown event type an informative card', () => {
    const model = card(
      envelope('incident.custom_field_values.updated', {
        incident: incidentRef,
        type: 'incident_field_values',
      }),
    );
    expect(model).toMatchObject({
      title: 'Custom field values updated: Disk full on db-2',
      titleUrl: INCIDENT_URL,
      links: [{ title: 'Open in PagerDuty', url: INCIDENT_URL }],
    });
    expect(model.facts).toContainEqual({
      title: 'Event',
      value: 'incident.custom_field_values.updated',
    });
  });

  it('gives an incident event with no data a title that still says what happened', () => {
    const model = card(envelope('incident.triggered', null));
    expect(model.title).toBe('Triggered');
    expect(model.facts).toContainEqual({ title: 'Event', value: 'incident.triggered' });
  });
});
