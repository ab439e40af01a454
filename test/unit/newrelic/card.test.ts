import { describe, expect, it } from 'vitest';
import { newRelicSender } from '../../../src/connectors/newrelic/index.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { ISSUE_URL, defaultTemplate, nrRequest } from '../../fixtures/newrelic/payloads.js';

function card(payload: unknown): CardModel {
  const meaning = newRelicSender.interpret(payload, nrRequest(JSON.stringify(payload)));
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event.card;
}

describe('New Relic cards', () => {
  it('shows an activated issue with its state, priority, entities and where it came from', () => {
    expect(card(defaultTemplate())).toEqual({
      source: 'New Relic',
      summary: "Activated: orders-db query result is > 90.0 for 10 minutes on 'Disk used %' (HIGH)",
      title: "Activated: orders-db query result is > 90.0 for 10 minutes on 'Disk used %'",
      titleUrl: ISSUE_URL,
      subtitle: 'via DBA on-call · 2026-12-01 09:25 UTC',
      accent: 'warning',
      facts: [
        { title: 'Priority', value: 'HIGH' },
        { title: 'State', value: 'activated' },
        { title: 'Impacted entities', value: '2' },
        { title: 'Incidents', value: '2' },
        { title: 'Policy', value: 'Databases' },
        { title: 'Condition', value: 'Disk used %' },
        { title: 'Trigger', value: 'state change' },
        { title: 'Sources', value: 'newrelic' },
        { title: 'Created', value: '2026-12-01 09:20 UTC' },
        { title: 'Updated', value: '2026-12-01 09:25 UTC' },
      ],
      list: {
        label: 'entities',
        items: [{ text: 'orders-db-1' }, { text: 'orders-db-2' }],
        total: 2,
      },
      links: [{ title: 'Open issue', url: ISSUE_URL }],
    });
  });

  it('colours by priority while open and green once closed', () => {
    const accent = (extra: Record<string, unknown>) => card(defaultTemplate(extra)).accent;
    expect(accent({ priority: 'CRITICAL' })).toBe('attention');
    expect(accent({ priority: 'HIGH' })).toBe('warning');
    expect(accent({ priority: 'MEDIUM' })).toBe('accent');
    expect(accent({ priority: 'LOW' })).toBe('default');
    expect(accent({ priority: 'critical (P1)' })).toBe('attention');
    expect(accent({ priority: undefined })).toBe('attention');
    expect(accent({ state: 'CLOSED', priority: 'CRITICAL' })).toBe('good');
    expect(card(defaultTemplate({ state: 'CLOSED' })).title).toMatch(/^Closed: /);
    expect(card(defaultTemplate({ state: 'ACKNOWLEDGED' })).title).toMatch(/^Acknowledged: /);
    expect(card(defaultTemplate({ state: 'CREATED' })).title).toMatch(/^Created: /);
  });

  it('lists many entities, counts them, and names several policies', () => {
    const impactedEntities = Array.from({ length: 35 }, (_, i) => `host-${i}`);
    const model = card(
      defaultTemplate({ impactedEntities, alertPolicyNames: ['Databases', 'Hosts'] }),
    );
    expect(model.list?.items).toHaveLength(20);
    expect(model.list?.total).toBe(35);
    expect(model.facts).toContainEqual({ title: 'Impacted entities', value: '35' });
    expect(model.facts).toContainEqual({ title: 'Policies', value: 'Databases, Hosts' });
  });

  it('gives a custom template an informative card', () => {
    const model = card({
      issueTitle: 'Storefront down',
      priority: 'CRITICAL',
      monitorName: 'Home page',
      runbook: 'https://wiki.example.com/rb',
    });
    expect(model).toMatchObject({
      title: 'Storefront down',
      summary: 'Storefront down (CRITICAL)',
      accent: 'attention',
      facts: [
        { title: 'Priority', value: 'CRITICAL' },
        { title: 'Monitor name', value: 'Home page' },
      ],
      links: [{ title: 'Runbook', url: 'https://wiki.example.com/rb' }],
    });
  });

  it('still names itself for a body with nothing it knows', () => {
    const model = card({});
    expect(model).toMatchObject({ title: 'New Relic notification', accent: 'default', facts: [] });
    expect(card({ state: 'ACTIVATED' }).title).toBe('Activated: New Relic issue');
    expect(card({ state: 'MUTED' }).title).toBe('Muted: New Relic issue');
  });
});
