import { describe, expect, it } from 'vitest';
import {
  change,
  commit,
  issuePayload,
  pullRequestPayload,
  pushPayload,
} from '../../fixtures/bitbucket/payloads.js';
import { eventOf } from '../../fixtures/bitbucket/request.js';

const huge = 'x'.repeat(100_000);
const size = (value: unknown) => JSON.stringify(value).length;

describe('Bitbucket event size bounds', () => {
  it('reads five changes of a push and ten commits of each, whatever was sent', () => {
    const commits = Array.from({ length: 1000 }, (_, i) =>
      commit(i, { message: i < 12 ? huge : 'short' }),
    );
    const changes = Array.from({ length: 500 }, (_, i) =>
      change({ commits: i < 6 ? commits : [{ hash: 'not checked' }], new: { name: huge } }),
    );
    const e = eventOf('repo:push', pushPayload(changes), 'push');
    expect(e.changes).toHaveLength(5);
    expect(e.totalChanges).toBe(500);
    expect(e.changes[0]?.commits).toHaveLength(10);
    expect(Array.from(e.changes[0]?.commits[0]?.subject ?? '')).toHaveLength(150);
    expect(size(e)).toBeLessThan(20_000);
  });

  it('cuts pull request titles, descriptions, reviewers and comments', () => {
    const e = eventOf(
      'pullrequest:comment_created',
      pullRequestPayload({
        pullrequest: {
          title: huge,
          description: huge,
          reviewers: Array.from({ length: 300 }, () => ({ display_name: huge })),
        },
        comment: { content: { raw: huge } },
      }),
      'pullrequest',
    );
    expect(Array.from(e.title)).toHaveLength(256);
    expect(e.reviewers).toHaveLength(10);
    expect(Array.from(e.comment?.text ?? '')).toHaveLength(500);
    expect(size(e)).toBeLessThan(6_000);
  });

  it('cuts issue text', () => {
    const e = eventOf(
      'issue:created',
      issuePayload({ issue: { content: { raw: huge } } }),
      'issue',
    );
    expect(Array.from(e.content ?? '')).toHaveLength(500);
  });
});
