import { describe, expect, it } from 'vitest';
import { interpretGitHub } from '../../../src/connectors/github/interpret.js';
import { eventOf, interpret } from '../../fixtures/github/interpret.js';
import {
  commit,
  issueCommentPayload,
  issuePayload,
  pingPayload,
  pullRequestPayload,
  pushPayload,
} from '../../fixtures/github/payloads.js';
import { githubRequest } from '../../fixtures/github/request.js';

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

  it('cuts the ping message to 100 subscribed events', () => {
    const events = Array.from({ length: 150 }, (_, i) => `event_${i}`);
    const result = interpret('ping', pingPayload({ hook: { events } }));
    if (result.kind !== 'handshake') throw new Error(`expected a handshake, got ${result.kind}`);
    expect(result.message).toContain('event_99');
    expect(result.message).not.toContain('event_100');
  });
});

/**
 * A 5 MB body holds about 2.5 million array elements. Only the kept head of each array may be
 * read: validating every element costs seconds (one error object per bad element).
 */
describe('GitHub arrays of attacker-chosen length', () => {
  const N = 300_000;
  let elementReads = 0;
  /**
   * `head` followed by N zeros, as an array that counts how many of its elements are read: the
   * work done is what is checked, not how long it took.
   */
  const padded = (head: unknown[] = []): unknown[] =>
    new Proxy([...head, ...Array.from({ length: N }, () => 0)], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) elementReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const zeros = () => padded();
  const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `label-${i}` }));

  /**
   * Interprets `payload`, insisting that no more than the kept heads of its arrays were read.
   * `interpret` reads only the request's headers, so the request carries an empty body.
   */
  function quickly(event: string, payload: unknown) {
    const req = githubRequest(event, {});
    elementReads = 0;
    const result = interpretGitHub(payload, req);
    expect(elementReads).toBeLessThan(200);
    return result;
  }

  it('calls 300 000 numbers as labels malformed without validating them all', () => {
    const result = quickly('issues', issuePayload({ issue: { labels: zeros() } }));
    expect(result).toMatchObject({ kind: 'malformed' });
    if (result.kind !== 'malformed') return;
    expect(result.message).toMatch(/^issues payload has invalid issue\.labels\.0: Expected object/);
  });

  it('keeps the first 10 labels and never reads the 300 000 numbers after them', () => {
    const result = quickly('issues', issuePayload({ issue: { labels: padded(names(10)) } }));
    if (result.kind !== 'event' || result.event.type !== 'issues') throw new Error(result.kind);
    expect(result.event.labels).toEqual(names(10).map((l) => l.name));
  });

  it('does the same for assignees and pull request labels', () => {
    const assignees = padded([{ login: 'hubot' }]);
    expect(quickly('issues', issuePayload({ issue: { assignees } })).kind).toBe('malformed');
    const kept = padded(Array.from({ length: 10 }, () => ({ login: 'hubot' })));
    expect(quickly('issues', issuePayload({ issue: { assignees: kept } })).kind).toBe('event');
    const labels = padded(names(10));
    const pr = quickly('pull_request', pullRequestPayload({ pull_request: { labels } }));
    expect(pr.kind).toBe('event');
  });

  it('counts a push of 300 000 entries after validating only the 20 it keeps', () => {
    const commits = padded(Array.from({ length: 20 }, (_, i) => commit(i)));
    const result = quickly('push', pushPayload({ commits }));
    if (result.kind !== 'event' || result.event.type !== 'push') throw new Error(result.kind);
    expect(result.event.commits).toHaveLength(20);
    expect(result.event.totalCommits).toBe(N + 20);
    expect(result.event.totalIsLowerBound).toBe(true);
  });

  it('answers a ping listing 300 000 events quickly', () => {
    const events = Array.from({ length: N }, () => 'push');
    const result = quickly('ping', pingPayload({ hook: { events } }));
    expect(result.kind).toBe('handshake');
  });

  it('does not copy a huge issue.pull_request object to learn that it is there', () => {
    const pullRequest = Object.fromEntries(Array.from({ length: N }, (_, i) => [`k${i}`, 0]));
    const result = quickly(
      'issue_comment',
      issueCommentPayload({ issue: { pull_request: pullRequest } }),
    );
    if (result.kind !== 'event' || result.event.type !== 'issue_comment')
      throw new Error(result.kind);
    expect(result.event.target.kind).toBe('pull_request');
    expect(JSON.stringify(result.event).length).toBeLessThan(2_000);
  });
});
