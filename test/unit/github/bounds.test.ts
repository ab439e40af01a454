import { describe, expect, it } from 'vitest';
import { eventOf } from '../../fixtures/github/interpret.js';
import {
  commit,
  issueCommentPayload,
  pullRequestPayload,
  pushPayload,
} from '../../fixtures/github/payloads.js';

const huge = 'x'.repeat(100_000);

describe('GitHub event size bounds', () => {
  it('keeps a push of 2048 commits with huge messages to a few KB', () => {
    // Only the commits that are kept need to be huge to prove the cut.
    const commits = Array.from({ length: 2048 }, (_, i) =>
      i < 25 ? commit(i, { message: `${huge}\n${huge}`, author: { name: huge } }) : commit(i),
    );
    const e = eventOf('push', pushPayload({ commits }), 'push');
    expect(JSON.stringify(e).length).toBeLessThan(10_000);
    expect(e.commits[0]?.subject).toHaveLength(150);
    expect(e.commits[0]?.subject.endsWith('…')).toBe(true);
  });

  it('cuts a pull request body to 300 characters and its title to 256', () => {
    const e = eventOf(
      'pull_request',
      pullRequestPayload({ pull_request: { body: huge, title: huge } }),
      'pull_request',
    );
    expect(Array.from(e.body ?? '')).toHaveLength(300);
    expect(e.title).toHaveLength(256);
    expect(JSON.stringify(e).length).toBeLessThan(2_000);
  });

  it('keeps at most 10 labels', () => {
    const labels = Array.from({ length: 50 }, (_, i) => ({ name: `label-${i}` }));
    const e = eventOf(
      'pull_request',
      pullRequestPayload({ pull_request: { labels } }),
      'pull_request',
    );
    expect(e.labels).toHaveLength(10);
  });

  it('cuts a comment to 500 characters', () => {
    const e = eventOf(
      'issue_comment',
      issueCommentPayload({ comment: { body: huge } }),
      'issue_comment',
    );
    expect(e.body).toHaveLength(500);
  });
});
