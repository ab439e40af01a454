import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GITHUB_EVENT_NAMES } from '../../../src/connectors/github/event-names.js';
import {
  TARGET,
  eventNamesModule,
  githubEventNames,
  installedSpec,
} from '../../../scripts/generate-github-event-names.js';

const REGENERATE = 'stale: run `npx tsx scripts/generate-github-event-names.ts`';

describe('GitHub event names', () => {
  const fromSpec = githubEventNames(installedSpec());

  it('are the names the installed webhook spec describes', () => {
    expect([...GITHUB_EVENT_NAMES], REGENERATE).toEqual(fromSpec);
  });

  it('are committed exactly as the generator writes them', () => {
    expect(readFileSync(TARGET, 'utf8'), REGENERATE).toBe(eventNamesModule(fromSpec));
  });

  it('use the header spelling, leave out ping and keep the events cards exist for', () => {
    expect(fromSpec).toContain('custom_property_values');
    expect(fromSpec).toContain('sub_issues');
    expect(fromSpec.some((name) => name.includes('-'))).toBe(false);
    expect(fromSpec).not.toContain('ping');
    for (const name of ['push', 'pull_request', 'issues', 'workflow_run', 'star', 'watch']) {
      expect(fromSpec).toContain(name);
    }
    expect(new Set(fromSpec).size).toBe(fromSpec.length);
  });

  it('refuse a spec without webhooks or with an entry that names no event', () => {
    expect(() => githubEventNames({})).toThrow(/no "webhooks"/);
    expect(() => githubEventNames({ webhooks: { x: { post: {} } } })).toThrow(/x names no/);
    const odd = { webhooks: { y: { post: { 'x-github': { subcategory: 'Bad Name' } } } } };
    expect(() => githubEventNames(odd)).toThrow(/odd event name/);
  });
});
