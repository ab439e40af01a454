import { describe, expect, it } from 'vitest';
import { cardOf, envelope, eventOf, factsOf, ORG } from './fixtures.js';

const ITEM_WEB = `${ORG}/Shop/_workitems/edit/12`;

const fields = {
  'System.WorkItemType': 'User Story',
  'System.Title': 'Search by colour',
  'System.State': 'New',
  'System.AssignedTo': { displayName: 'Bo Chen', uniqueName: 'bo@northwind.example' },
  'System.AreaPath': 'Shop\\Catalog',
  'System.IterationPath': 'Shop\\Sprint 3',
  'System.TeamProject': 'Shop',
  'System.CreatedBy': 'Ana Silva <ana@northwind.example>',
  'System.ChangedBy': 'Ana Silva <ana@northwind.example>',
};

const item = (event: string, over: Record<string, unknown> = {}) =>
  envelope(event, { id: 12, rev: 1, fields, _links: { html: { href: ITEM_WEB } }, ...over });

describe('workitem.*', () => {
  it('created: type, number and title, state, assignee, area, iteration, creator', () => {
    const card = cardOf(item('workitem.created'));
    expect(card.title).toBe('User Story #12 Search by colour');
    expect(card.titleUrl).toBe(ITEM_WEB);
    // Identity strings lose their address, identity objects give their display name.
    expect(card.subtitle).toBe('Created by Ana Silva');
    expect(card.accent).toBe('accent');
    expect(factsOf(card)).toEqual({
      State: 'New',
      'Assigned to': 'Bo Chen',
      Area: 'Shop\\Catalog',
      Iteration: 'Shop\\Sprint 3',
    });
    expect(card.links).toEqual([{ title: 'View work item', url: ITEM_WEB }]);
  });

  it('commented: the comment as text, its HTML removed', () => {
    const card = cardOf(
      item('workitem.commented', {
        fields: {
          ...fields,
          'System.History': '<div>Ship it &amp; <b>close</b></div><div>Thanks</div>',
        },
      }),
    );
    expect(card.subtitle).toBe('Commented on by Ana Silva');
    expect(card.text).toBe('Ship it & close\nThanks');
  });

  it('deleted and restored read as such', () => {
    expect(cardOf(item('workitem.deleted'))).toMatchObject({
      subtitle: 'Deleted by Ana Silva',
      accent: 'warning',
    });
    expect(cardOf(item('workitem.restored'))).toMatchObject({
      subtitle: 'Restored by Ana Silva',
      accent: 'good',
    });
  });

  it('links the message page when the resource has no html link, never the REST URL', () => {
    const payload = item('workitem.created', {
      _links: { self: { href: `${ORG}/_apis/wit/workItems/12` } },
    });
    expect(cardOf(payload).titleUrl).toBeUndefined();
    payload.message.markdown = `[User Story 12](${ORG}/web/wi.aspx?id=12) created by Ana Silva`;
    expect(cardOf(payload).titleUrl).toBe(`${ORG}/web/wi.aspx?id=12`);
  });

  const update = (changes: Record<string, unknown>, over: Record<string, unknown> = {}) =>
    envelope('workitem.updated', {
      id: 3,
      workItemId: 12,
      rev: 3,
      revisedBy: { displayName: 'Cy Diaz' },
      fields: changes,
      revision: { id: 12, rev: 3, fields },
      ...over,
    });

  it('updated: what changed, old → new, without bookkeeping fields, and the new state', () => {
    const card = cardOf(
      update({
        'System.Rev': { oldValue: 2, newValue: 3 },
        'System.ChangedDate': { oldValue: 'a', newValue: 'b' },
        'System.State': { oldValue: 'New', newValue: 'Active' },
        'System.AssignedTo': { newValue: 'Dee Evans <dee@northwind.example>' },
        'Microsoft.VSTS.Common.Priority': { oldValue: 2, newValue: 1 },
        WEF_0A1B_Kanban_Column: { oldValue: 'New', newValue: 'Doing' },
      }),
    );
    expect(card.title).toBe('User Story #12 Search by colour');
    expect(card.subtitle).toBe('Updated by Cy Diaz');
    expect(factsOf(card)).toMatchObject({
      State: 'Active',
      'Assigned to': 'Dee Evans',
      'Created by': 'Ana Silva',
    });
    expect(card.list).toEqual({
      label: 'changed fields',
      items: [
        { text: 'State: New → Active' },
        { text: 'Assigned to: (empty) → Dee Evans' },
        { text: 'Priority: 2 → 1' },
      ],
      total: 3,
      moreUrl: undefined,
    });
  });

  it('updated: a comment added with the update is shown; the item id comes from the revision', () => {
    const event = eventOf(
      update({ 'System.History': { newValue: '<p>Blocked on design</p>' } }, { workItemId: 0 }),
    );
    if (event.kind !== 'work_item') throw new Error(event.kind);
    expect(event.id).toBe(12);
    expect(event.comment).toBe('Blocked on design');
    expect(event.changes).toEqual([]);
  });

  it('updated: lists 12 changes and counts the rest', () => {
    const many = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`Custom.Field${i}`, { oldValue: i, newValue: i + 1 }]),
    );
    const card = cardOf(update(many));
    expect(card.list?.items).toHaveLength(12);
    expect(card.list?.total).toBe(30);
    expect(card.list?.items[0]?.text).toBe('Field0: 0 → 1');
  });
});
