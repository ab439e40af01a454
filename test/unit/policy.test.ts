import { describe, expect, it } from 'vitest';
import {
  canManageConnectors,
  canManageTeam,
  canViewTeam,
  connectorsEffectivelyEnabled,
  typeAvailableForNewConnections,
  type Principal,
} from '../../src/core/policy.js';
import type { Org } from '../../src/core/entities.js';

const org = (o: Partial<Org> = {}): Org => ({
  connectorsEnabled: true,
  connectorsEnabledForTeams: true,
  actionableMessagesEnabled: true,
  cloud: 'commercial',
  ...o,
});

describe('rule 1: the effective switch', () => {
  const cases: Array<[boolean, boolean, boolean, boolean]> = [];
  for (const a of [true, false])
    for (const b of [true, false])
      for (const c of [true, false]) cases.push([a, b, c, a && b && c]);
  it.each(cases)('org %s, org-for-teams %s, team %s -> %s', (orgOn, forTeams, teamOn, expected) => {
    expect(
      connectorsEffectivelyEnabled(
        org({ connectorsEnabled: orgOn, connectorsEnabledForTeams: forTeams }),
        { connectorsEnabled: teamOn },
      ),
    ).toBe(expected);
  });
});

describe('rule 3: who may manage connectors', () => {
  const admin: Principal = { kind: 'admin', id: 'admin', name: 'admin' };
  const user: Principal = { kind: 'user', id: 'u1', name: 'u' };
  const rows: Array<[string, Principal, 'owner' | 'member' | undefined, boolean, boolean]> = [
    ['admin, team forbids members', admin, undefined, false, true],
    ['owner, team forbids members', user, 'owner', false, true],
    ['member, team allows', user, 'member', true, true],
    ['member, team forbids', user, 'member', false, false],
    ['non-member, team allows', user, undefined, true, false],
  ];
  it.each(rows)('%s', (_label, p, role, allows, expected) => {
    expect(canManageConnectors(p, role, { membersCanManageConnectors: allows })).toBe(expected);
  });
  it('team management is for admins and owners only; viewing for any member', () => {
    expect(canManageTeam(admin, undefined)).toBe(true);
    expect(canManageTeam(user, 'owner')).toBe(true);
    expect(canManageTeam(user, 'member')).toBe(false);
    expect(canViewTeam(user, 'member')).toBe(true);
    expect(canViewTeam(user, undefined)).toBe(false);
  });
});

describe('rule 4: lifecycle', () => {
  const now = Date.parse('2026-11-28T00:00:00Z');
  it('retired types refuse new connections and name the type', () => {
    const r = typeAvailableForNewConnections('trello', { lifecycle: 'retired' }, now);
    expect(r).toEqual({
      ok: false,
      code: 'TYPE_RETIRED',
      message: expect.stringContaining("'trello'"),
    });
  });
  it('scheduled types wait for their date', () => {
    expect(
      typeAvailableForNewConnections(
        'x',
        { lifecycle: 'scheduled', availableFrom: '2026-12-01T00:00:00Z' },
        now,
      ).ok,
    ).toBe(false);
    expect(
      typeAvailableForNewConnections(
        'x',
        { lifecycle: 'scheduled', availableFrom: '2026-11-01T00:00:00Z' },
        now,
      ).ok,
    ).toBe(true);
    expect(typeAvailableForNewConnections('x', { lifecycle: 'available' }, now).ok).toBe(true);
  });
});
