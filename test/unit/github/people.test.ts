import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import {
  memberPayload,
  membershipPayload,
  organizationPayload,
  teamPayload,
} from '../../fixtures/github/org-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';
const ORG_URL = 'https://github.com/octo-org';
const TEAM_URL = 'https://github.com/orgs/octo-org/teams/platform';

describe('GitHub member (repository collaborators)', () => {
  it('shows who was added, with which permission and by whom', () => {
    const c = cardFor('member', memberPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Collaborator hubot added');
    expect(c.titleUrl).toBe('https://github.com/hubot');
    expect(c.subtitle).toBe('By monalisa');
    expect(c.accent).toBe('accent');
    expect(c.facts).toEqual([{ title: 'Permission', value: 'write' }]);
    expect(c.links).toEqual([
      { title: 'View hubot', url: 'https://github.com/hubot' },
      { title: 'View repository', url: REPO_URL },
    ]);
  });

  it('prefers the role name GitHub sends with custom roles', () => {
    const payload = memberPayload({ changes: { role_name: { to: 'maintain' } } });
    expect(eventOf('member', payload, 'member').permission).toBe('maintain');
  });

  it('shows a removal without a permission', () => {
    const c = cardFor('member', memberPayload({ action: 'removed', changes: undefined }));
    expect(c.title).toBe('[octo-org/octo-repo] Collaborator hubot removed');
    expect(c.facts).toEqual([]);
  });
});

describe('GitHub membership (team members)', () => {
  it('shows who joined which team of which organisation', () => {
    const c = cardFor('membership', membershipPayload());
    expect(c.title).toBe('[octo-org] hubot added to team Platform');
    expect(c.titleUrl).toBe(TEAM_URL);
    expect(c.subtitle).toBe('By monalisa');
    expect(c.links).toEqual([{ title: 'View team', url: TEAM_URL }]);
  });

  it('builds the team link from its slug once the team has no page of its own', () => {
    const payload = membershipPayload({
      action: 'removed',
      team: { html_url: undefined, deleted: true },
    });
    const c = cardFor('membership', payload);
    expect(c.title).toBe('[octo-org] hubot removed from team Platform');
    expect(c.titleUrl).toBe(TEAM_URL);
  });

  it('calls a membership without an organisation malformed', () => {
    expect(malformedMessage('membership', without(membershipPayload(), 'organization'))).toBe(
      'membership payload is missing organization',
    );
  });
});

describe('GitHub team', () => {
  it('shows a team given access to a repository, and which access', () => {
    const c = cardFor('team', teamPayload());
    expect(c.title).toBe('[octo-org] Team Platform given access to octo-org/octo-repo');
    expect(c.titleUrl).toBe(TEAM_URL);
    expect(c.facts).toEqual([{ title: 'Access', value: 'write' }]);
    expect(c.links).toEqual([
      { title: 'View team', url: TEAM_URL },
      { title: 'View repository', url: REPO_URL },
    ]);
  });

  it('shows a team removed from a repository without an access level', () => {
    const payload = teamPayload({
      action: 'removed_from_repository',
      repository: { permissions: { push: false, triage: false, pull: false } },
    });
    const c = cardFor('team', payload);
    expect(c.title).toBe('[octo-org] Team Platform removed from octo-org/octo-repo');
    expect(c.facts).toEqual([]);
  });

  it('shows a created and a deleted team of the organisation', () => {
    const created = cardFor('team', teamPayload({ action: 'created', repository: undefined }));
    expect(created.title).toBe('[octo-org] Team Platform created');
    const deleted = cardFor('team', teamPayload({ action: 'deleted', repository: undefined }));
    expect(deleted.title).toBe('[octo-org] Team Platform deleted');
    expect(deleted.titleUrl).toBe(ORG_URL);
    expect(deleted.links).toEqual([{ title: 'View organization', url: ORG_URL }]);
  });
});

describe('GitHub organization', () => {
  it('shows a member added, with the role as GitHub names it', () => {
    const c = cardFor('organization', organizationPayload());
    expect(c.title).toBe('[octo-org] hubot added to the organization');
    expect(c.titleUrl).toBe(ORG_URL);
    expect(c.subtitle).toBe('By monalisa');
    expect(c.facts).toEqual([{ title: 'Role', value: 'owner' }]);
    expect(c.links).toEqual([{ title: 'View organization', url: ORG_URL }]);
  });

  it('shows an invitation, keeping an invitee’s e-mail address out of the channel', () => {
    const byLogin = organizationPayload({
      action: 'member_invited',
      membership: undefined,
      invitation: { login: 'hubot', email: null, role: 'direct_member' },
      user: { login: 'hubot' },
    });
    const c = cardFor('organization', byLogin);
    expect(c.title).toBe('[octo-org] hubot invited to the organization');
    expect(c.facts).toEqual([{ title: 'Role', value: 'member' }]);
    const byEmail = organizationPayload({
      action: 'member_invited',
      membership: undefined,
      invitation: { login: null, email: 'new@example.com', role: 'direct_member' },
    });
    const mail = cardFor('organization', byEmail);
    expect(mail.title).toBe('[octo-org] Someone (by e-mail) invited to the organization');
    expect(JSON.stringify(mail)).not.toContain('new@example.com');
  });

  it('shows a rename with the old login', () => {
    const payload = organizationPayload({
      action: 'renamed',
      membership: undefined,
      changes: { login: { from: 'octo-org-old' } },
    });
    expect(cardFor('organization', payload).title).toBe(
      '[octo-org] Organization renamed from octo-org-old',
    );
  });

  it('links the organisation by its login, safely encoded', () => {
    const payload = organizationPayload({ organization: { login: 'a/../b?c' } });
    expect(cardFor('organization', payload).titleUrl).toBe('https://github.com/a%2F..%2Fb%3Fc');
  });
});
