import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import { labelPayload, milestonePayload } from '../../fixtures/github/collab-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';

describe('GitHub milestone', () => {
  it('shows a new milestone with its due date, issue counts and description', () => {
    const c = cardFor('milestone', milestonePayload());
    expect(c.title).toBe('[octo-org/octo-repo] Milestone v2.1 created');
    expect(c.titleUrl).toBe(`${REPO_URL}/milestone/2`);
    expect(c.subtitle).toBe('By monalisa');
    expect(c.accent).toBe('accent');
    expect(c.text).toBe('Uploader reliability');
    expect(c.facts).toEqual([
      { title: 'Due', value: '2024-04-01 07:00 UTC' },
      { title: 'Issues', value: '4 open, 8 closed' },
    ]);
  });

  it('shows a closed milestone as done and a deleted one linking the milestone list', () => {
    expect(cardFor('milestone', milestonePayload({ action: 'closed' })).accent).toBe('good');
    const gone = cardFor('milestone', milestonePayload({ action: 'deleted' }));
    expect(gone.titleUrl).toBe(`${REPO_URL}/milestones`);
    expect(gone.links).toEqual([{ title: 'View milestones', url: `${REPO_URL}/milestones` }]);
  });

  it('leaves out a due date that is not set', () => {
    const c = cardFor('milestone', milestonePayload({ milestone: { due_on: null } }));
    expect(c.facts).toEqual([{ title: 'Issues', value: '4 open, 8 closed' }]);
  });

  it('calls a milestone without a title malformed', () => {
    expect(malformedMessage('milestone', without(milestonePayload(), 'milestone.title'))).toBe(
      'milestone payload is missing milestone.title',
    );
  });
});

describe('GitHub label', () => {
  it('shows a new label with its colour, linking its issues', () => {
    const c = cardFor('label', labelPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Label good first issue created');
    expect(c.titleUrl).toBe(`${REPO_URL}/labels/good%20first%20issue`);
    expect(c.facts).toEqual([
      { title: 'Colour', value: '#7057ff' },
      { title: 'Description', value: 'Good for newcomers' },
    ]);
  });

  it('says what a renamed label was called', () => {
    const payload = labelPayload({ action: 'edited', changes: { name: { from: 'newcomer' } } });
    expect(eventOf('label', payload, 'label').oldName).toBe('newcomer');
    const c = cardFor('label', payload);
    expect(c.title).toBe('[octo-org/octo-repo] Label newcomer renamed to good first issue');
    expect(c.facts).toContainEqual({ title: 'Old name', value: 'newcomer' });
  });

  it('shows an edit that kept the name as an edit, and drops a colour that is not one', () => {
    const payload = labelPayload({
      action: 'edited',
      label: { color: 'red;x' },
      changes: { color: { from: 'ffffff' } },
    });
    const c = cardFor('label', payload);
    expect(c.title).toBe('[octo-org/octo-repo] Label good first issue edited');
    expect(c.facts).toEqual([{ title: 'Description', value: 'Good for newcomers' }]);
  });

  it('links the label list for a deleted label', () => {
    const c = cardFor('label', labelPayload({ action: 'deleted' }));
    expect(c.titleUrl).toBe(`${REPO_URL}/labels`);
  });
});
