import { describe, expect, it } from 'vitest';
import { PROJECT_URL, commit, issuePayload, notePayload } from '../../fixtures/gitlab/payloads.js';
import { cardFor, factsOf } from '../../fixtures/gitlab/request.js';

const ISSUE_URL = `${PROJECT_URL}/-/issues/23`;
const issueWith = (over: Record<string, unknown>) => issuePayload({ object_attributes: over });

describe('GitLab issue card', () => {
  it('shows an opened issue: number, title, author, assignees, labels, description', () => {
    const card = cardFor('Issue Hook', issuePayload());
    expect(card.title).toBe('[team/app] Issue #23 opened: Login fails');
    expect(card.titleUrl).toBe(ISSUE_URL);
    expect(card.subtitle).toBe('Opened by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.text).toBe('Steps to reproduce: …');
    // GitLab's "unknown" severity is no severity.
    expect(factsOf(card)).toEqual({ Assignees: 'Sam Roe', Labels: 'bug' });
    expect(card.links).toEqual([{ title: 'View issue', url: ISSUE_URL }]);
  });

  it('shows a closed issue in green, without the description', () => {
    const card = cardFor('Issue Hook', issueWith({ action: 'close', state: 'closed' }));
    expect(card.title).toContain('#23 closed');
    expect(card.accent).toBe('good');
    expect(card.text).toBeUndefined();
  });

  it('names work items by their type, and confidential ones as confidential', () => {
    const task = cardFor('Issue Hook', {
      ...issueWith({ type: 'Task' }),
      object_kind: 'work_item',
    });
    expect(task.title).toBe('[team/app] Task #23 opened: Login fails');
    expect(task.links[0]?.title).toBe('View task');
    const secret = cardFor('Confidential Issue Hook', issueWith({ confidential: true }));
    expect(secret.title).toContain('Confidential issue #23 opened');
  });

  it('colours a new high-severity incident red and shows its severity and due date', () => {
    const card = cardFor(
      'Issue Hook',
      issueWith({ type: 'Incident', severity: 'high', due_date: '2026-06-30' }),
    );
    expect(card.accent).toBe('attention');
    expect(factsOf(card)).toMatchObject({ Severity: 'high', Due: '2026-06-30' });
  });

  it('reads labels from object_attributes when the top level has none', () => {
    const card = cardFor(
      'Issue Hook',
      issuePayload({ labels: [], object_attributes: { labels: [{ title: 'ops' }] } }),
    );
    expect(factsOf(card).Labels).toBe('ops');
  });
});

describe('GitLab comment card', () => {
  it('names the merge request commented on and shows the comment', () => {
    const card = cardFor('Note Hook', notePayload());
    expect(card.title).toBe('[team/app] New comment on merge request !7: Add caching');
    expect(card.subtitle).toBe('Comment by Jane Doe');
    expect(card.text).toBe('This needs work.');
    expect(card.titleUrl).toBe(`${PROJECT_URL}/-/merge_requests/7#note_1244`);
    expect(card.links).toEqual([
      { title: 'View comment', url: `${PROJECT_URL}/-/merge_requests/7#note_1244` },
      { title: 'View merge request', url: `${PROJECT_URL}/-/merge_requests/7` },
    ]);
  });

  it('names issues, commits and snippets commented on', () => {
    const onIssue = notePayload({
      object_attributes: { noteable_type: 'Issue' },
      merge_request: null,
      issue: { iid: 23, title: 'Login fails', url: ISSUE_URL },
    });
    expect(cardFor('Note Hook', onIssue).title).toBe(
      '[team/app] New comment on issue #23: Login fails',
    );
    const onCommit = notePayload({
      object_attributes: { noteable_type: 'Commit' },
      commit: commit(3, { message: 'Fix login\n\nDetails' }),
    });
    const c = String(commit(3).id).slice(0, 8);
    expect(cardFor('Note Hook', onCommit).title).toBe(
      `[team/app] New comment on commit ${c}: Commit number 3`,
    );
    const onSnippet = notePayload({
      object_attributes: { noteable_type: 'Snippet' },
      snippet: { title: 'deploy.sh', url: `${PROJECT_URL}/-/snippets/53` },
    });
    expect(cardFor('Note Hook', onSnippet).title).toBe(
      '[team/app] New comment on snippet deploy.sh',
    );
  });

  it('says an edited comment was edited, and words an unknown target type', () => {
    const edited = cardFor('Note Hook', notePayload({ object_attributes: { action: 'update' } }));
    expect(edited.title).toMatch(/^\[team\/app\] Comment edited on merge request !7/);
    const design = cardFor(
      'Note Hook',
      notePayload({ object_attributes: { noteable_type: 'WikiPage' }, merge_request: null }),
    );
    expect(design.title).toBe('[team/app] New comment on wiki page');
  });
});
