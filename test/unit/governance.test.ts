import { describe, expect, it } from 'vitest';
import { MASKED, changedFields, maskSecrets } from '../../src/core/audit.js';
import {
  connectorsOffMessage,
  connectorsSwitchedOffBy,
  holdExpired,
  orgChangeWithCloud,
} from '../../src/core/policy.js';

describe('the switch that is off, the tenant first', () => {
  const rows: Array<[boolean, boolean, boolean, string | undefined]> = [
    [true, true, true, undefined],
    [true, true, false, 'team'],
    [true, false, true, 'organisation-for-teams'],
    [true, false, false, 'organisation-for-teams'],
    [false, true, true, 'organisation'],
    [false, false, false, 'organisation'],
  ];
  it.each(rows)('org %s, for Teams %s, team %s → %s', (a, b, c, level) => {
    expect(
      connectorsSwitchedOffBy(
        { connectorsEnabled: a, connectorsEnabledForTeams: b },
        { connectorsEnabled: c },
      ),
    ).toBe(level);
  });
  it('says which switch and who can turn it on', () => {
    expect(connectorsOffMessage('team', 'nothing was queued')).toBe(
      "connectors are turned off: the team's switch (team connectorsEnabled) is off; nothing " +
        'was queued (a team owner or an org admin can turn it on)',
    );
    expect(connectorsOffMessage('organisation-for-teams', 'x')).toContain(
      'org connectorsEnabledForTeams',
    );
  });
});

describe('moving into a government cloud', () => {
  const on = { cloud: 'commercial' as const };
  it.each(['gcc', 'gcch', 'dod'] as const)('%s turns the tenant switches off', (cloud) => {
    expect(orgChangeWithCloud(on, { cloud })).toEqual({
      cloud,
      connectorsEnabled: false,
      connectorsEnabledForTeams: false,
    });
  });
  it('keeps switches the same change sets, and changes nothing when staying or leaving', () => {
    expect(orgChangeWithCloud(on, { cloud: 'gcc', connectorsEnabled: true })).toEqual({
      cloud: 'gcc',
      connectorsEnabled: true,
      connectorsEnabledForTeams: false,
    });
    expect(orgChangeWithCloud({ cloud: 'gcc' }, { cloud: 'gcc' })).toEqual({ cloud: 'gcc' });
    expect(orgChangeWithCloud({ cloud: 'gcc' }, { cloud: 'commercial' })).toEqual({
      cloud: 'commercial',
    });
    expect(orgChangeWithCloud(on, { actionableMessagesEnabled: false })).toEqual({
      actionableMessagesEnabled: false,
    });
  });
});

describe('the hold window', () => {
  it('expires at its end, not before', () => {
    expect(holdExpired(1000, 500, 1499)).toBe(false);
    expect(holdExpired(1000, 500, 1500)).toBe(true);
    expect(holdExpired(1000, 0, 1000)).toBe(true);
  });
});

describe('audit entries', () => {
  it('masks every secret-named value at any depth, keeps flags and the rest', () => {
    const masked = maskSecrets({
      webhookUrl: 'https://x/y?sig=1',
      nested: [{ ingestUrl: 'https://relay/hooks/con_1/tok', token: 't', name: 'kept' }],
      secrets: ['s1'],
      clientSecret: 'cs',
      hasSecret: true,
      events: null,
    });
    expect(masked).toEqual({
      webhookUrl: MASKED,
      nested: [{ ingestUrl: MASKED, token: MASKED, name: 'kept' }],
      secrets: MASKED,
      clientSecret: MASKED,
      hasSecret: true,
      events: null,
    });
  });
  it('keeps only the fields a change touched', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: true })).toEqual({
      before: { b: [1], c: 'x', d: null },
      after: { b: [2], c: null, d: true },
    });
  });
});
