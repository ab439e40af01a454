import { describe, expect, it } from 'vitest';
import {
  build,
  commit,
  issuePayload,
  mergeRequestPayload,
  notePayload,
  pipelinePayload,
  pushPayload,
} from '../../fixtures/gitlab/payloads.js';
import { eventOf, interpret } from '../../fixtures/gitlab/request.js';

const huge = 'x'.repeat(100_000);
const size = (value: unknown) => JSON.stringify(value).length;

describe('GitLab event size bounds', () => {
  it('keeps a push with thousands of commits and huge messages to a few KB', () => {
    const commits = Array.from({ length: 5000 }, (_, i) =>
      i < 25 ? commit(i, { title: huge, message: huge, author: { name: huge } }) : commit(i),
    );
    const e = eventOf('Push Hook', pushPayload({ commits, total_commits_count: 5000 }), 'push');
    expect(e.commits).toHaveLength(20);
    expect(e.totalCommits).toBe(5000);
    expect(Array.from(e.commits[0]?.subject ?? '')).toHaveLength(150);
    expect(size(e)).toBeLessThan(12_000);
  });

  it('never reads commits past the kept ones (a bad one there is not an error)', () => {
    const commits = [...Array.from({ length: 20 }, (_, i) => commit(i)), { id: 42 }];
    expect(eventOf('Push Hook', pushPayload({ commits }), 'push').commits).toHaveLength(20);
  });

  it('reads only the first 200 jobs of a pipeline and keeps ten failures', () => {
    const builds = Array.from({ length: 20_000 }, (_, i) =>
      build(i, { status: 'failed', name: i < 250 ? huge : 'small' }),
    );
    const e = eventOf(
      'Pipeline Hook',
      pipelinePayload({ object_attributes: { status: 'failed' }, builds }),
      'pipeline',
    );
    expect(e.failedJobs).toHaveLength(10);
    expect(e.failedTotal).toBe(200);
    expect(size(e)).toBeLessThan(4_000);
  });

  it('cuts merge request descriptions, titles and people lists', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `${huge}${i}` }));
    const e = eventOf(
      'Merge Request Hook',
      mergeRequestPayload({
        object_attributes: { title: huge, description: huge, source_branch: huge },
        assignees: many,
        reviewers: many,
        labels: Array.from({ length: 500 }, () => ({ title: huge })),
      }),
      'merge_request',
    );
    expect(Array.from(e.title)).toHaveLength(256);
    expect(Array.from(e.description ?? '')).toHaveLength(500);
    expect(e.assignees).toHaveLength(10);
    expect(e.labels).toHaveLength(10);
    expect(size(e)).toBeLessThan(8_000);
  });

  it('reads only the first keys of an update’s changes', () => {
    const changes = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`field_${i}`, { previous: 1, current: 2 }]),
    );
    const e = eventOf(
      'Merge Request Hook',
      mergeRequestPayload({ object_attributes: { action: 'update' }, changes }),
      'merge_request',
    );
    expect(e.changed).toHaveLength(20);
  });

  it('cuts issue descriptions and comments', () => {
    const issue = eventOf(
      'Issue Hook',
      issuePayload({ object_attributes: { description: huge } }),
      'issue',
    );
    expect(Array.from(issue.description ?? '')).toHaveLength(500);
    const note = eventOf('Note Hook', notePayload({ object_attributes: { note: huge } }), 'note');
    expect(Array.from(note.note ?? '')).toHaveLength(500);
  });

  it('keeps the card of an unknown hook small whatever its strings hold', () => {
    const result = interpret('Package Hook', {
      object_kind: huge,
      object_attributes: { title: huge, action: huge, state: huge },
      user: { name: huge },
    });
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(size(result.event.card)).toBeLessThan(2_000);
  });
});
