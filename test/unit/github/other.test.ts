import { describe, expect, it } from 'vitest';
import { interpretGitHub } from '../../../src/connectors/github/interpret.js';
import { ownPath } from '../../../src/connectors/github/normalize/own.js';
import { cardFor, eventOf } from '../../fixtures/github/interpret.js';
import { organization } from '../../fixtures/github/org-payloads.js';
import { repository, sender } from '../../fixtures/github/payloads.js';
import { githubRequest } from '../../fixtures/github/request.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';

describe('GitHub events without a dedicated card', () => {
  it('find the main object under the key named like the event, even for events GitHub adds later', () => {
    const payload = {
      action: 'opened',
      code_quality_finding: { number: 7, title: 'Long method', html_url: `${REPO_URL}/quality/7` },
      repository,
      sender,
    };
    const c = cardFor('code_quality_finding', payload);
    expect(c.title).toBe('[octo-org/octo-repo] Code quality finding opened: #7 Long method');
    expect(c.titleUrl).toBe(`${REPO_URL}/quality/7`);
    expect(c.links).toEqual([
      { title: 'View on GitHub', url: `${REPO_URL}/quality/7` },
      { title: 'View repository', url: REPO_URL },
    ]);
  });

  it('fall back to a usual main-object key for a new event', () => {
    const payload = {
      action: 'created',
      alert: { number: 4, html_url: `${REPO_URL}/x/4` },
      repository,
    };
    expect(cardFor('artifact_attestation_alert', payload).title).toBe(
      '[octo-org/octo-repo] Artifact attestation alert created: #4',
    );
  });

  it('use the known key of events whose object is named otherwise', () => {
    const rule = cardFor('branch_protection_rule', {
      action: 'created',
      rule: { id: 1, name: 'release/*' },
      repository,
    });
    expect(rule.title).toBe('[octo-org/octo-repo] Branch protection rule created: release/*');
    const wiki = cardFor('gollum', {
      pages: [
        { page_name: 'Home', title: 'Home', action: 'edited', html_url: `${REPO_URL}/wiki/Home` },
        { page_name: 'FAQ', title: 'FAQ', action: 'created', html_url: `${REPO_URL}/wiki/FAQ` },
      ],
      repository,
    });
    expect(wiki.title).toBe('[octo-org/octo-repo] Wiki page: Home');
    expect(wiki.titleUrl).toBe(`${REPO_URL}/wiki/Home`);
    const ruleset = cardFor('repository_ruleset', {
      action: 'edited',
      repository_ruleset: {
        id: 42,
        name: 'Protect main',
        _links: { html: { href: `${REPO_URL}/rules/42` } },
      },
      repository,
    });
    expect(ruleset.titleUrl).toBe(`${REPO_URL}/rules/42`);
  });

  it('name an event about the repository itself by the repository alone', () => {
    const c = cardFor('repository', { action: 'archived', repository, sender });
    expect(c.title).toBe('[octo-org/octo-repo] Repository archived');
    expect(c.titleUrl).toBe(REPO_URL);
  });

  it('place organisation, enterprise and account events', () => {
    const org = cardFor('org_block', {
      action: 'blocked',
      blocked_user: { login: 'spammer', html_url: 'https://github.com/spammer' },
      organization,
      sender,
    });
    expect(org.title).toBe('[octo-org] User blocked: spammer');
    expect(org.links.at(-1)).toEqual({
      title: 'View organization',
      url: 'https://github.com/octo-org',
    });
    const enterprise = cardFor('custom_property', {
      action: 'deleted',
      definition: { property_name: 'tier' },
      enterprise: {
        slug: 'octo-corp',
        name: 'Octo Corp',
        html_url: 'https://github.com/enterprises/octo-corp',
      },
    });
    expect(enterprise.title).toBe('[Octo Corp] Custom property deleted: tier');
    expect(enterprise.titleUrl).toBe('https://github.com/enterprises/octo-corp');
    const account = cardFor('installation', {
      action: 'suspend',
      installation: {
        id: 5,
        app_slug: 'octo-app',
        account: { login: 'octocat', html_url: 'https://github.com/octocat' },
        html_url: 'https://github.com/settings/installations/5',
      },
      sender,
    });
    expect(account.title).toBe('[octocat] App installation suspend: octo-app');
  });

  it('colour a commit status by its state', () => {
    const status = (state: string) =>
      cardFor('status', { sha: 'a'.repeat(40), context: 'ci/build', state, repository });
    expect(status('success').accent).toBe('good');
    expect(status('failure').accent).toBe('attention');
    expect(status('pending').accent).toBe('accent');
    expect(status('success').title).toBe('[octo-org/octo-repo] Commit status: ci/build');
    expect(status('success').facts).toContainEqual({ title: 'State', value: 'success' });
  });

  it('drop a link that is not http(s) and fall back to the place', () => {
    const c = cardFor('package', {
      action: 'published',
      package: { name: 'uploader', html_url: 'javascript:alert(1)' },
      repository,
    });
    expect(c.titleUrl).toBe(REPO_URL);
    expect(JSON.stringify(c)).not.toContain('javascript:');
  });

  it('cut a long name to the title limit', () => {
    const c = cardFor('package', {
      action: 'published',
      package: { name: 'x'.repeat(10_000) },
      repository,
    });
    expect(c.title.length).toBeLessThan(400);
  });

  it('read only own properties, so an event named like an inherited key finds nothing', () => {
    const e = eventOf('constructor', { repository }, 'other');
    expect(e.subject).toBeUndefined();
    expect(e.where).toEqual({ kind: 'repository', name: 'octo-org/octo-repo', url: REPO_URL });
  });

  it('read a huge main object and a huge list without walking them', () => {
    const N = 300_000;
    let reads = 0;
    /** Counts every property read, so the work done is what is checked. */
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(t, key, receiver) {
          reads++;
          return Reflect.get(t, key, receiver) as unknown;
        },
        ownKeys() {
          throw new Error('the keys of an object from the body were listed');
        },
      });
    const huge = Object.fromEntries(Array.from({ length: N }, (_, i) => [`k${i}`, i]));
    const payload = {
      action: 'published',
      package: counted({ ...huge, name: 'uploader' }),
      pages: counted(Array.from({ length: N }, () => ({ title: 'x' }))),
      repository,
    };
    for (const event of ['package', 'gollum']) {
      reads = 0;
      const result = interpretGitHub(payload, githubRequest(event, {}));
      expect(reads).toBeLessThan(100);
      if (result.kind !== 'event') throw new Error(result.kind);
      expect(JSON.stringify(result.event).length).toBeLessThan(1_000);
    }
  });
});

describe('ownPath', () => {
  it('follows own properties only', () => {
    expect(ownPath({ a: { b: 1 } }, ['a', 'b'])).toBe(1);
    expect(ownPath({}, ['constructor'])).toBeUndefined();
    expect(ownPath({}, ['toString'])).toBeUndefined();
    expect(ownPath(Object.create({ inherited: 1 }), ['inherited'])).toBeUndefined();
  });

  it('reads a JSON "__proto__" key as the data it is, never the prototype', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"name": "x"}}');
    expect(ownPath(parsed, ['__proto__', 'name'])).toBe('x');
    expect(ownPath({}, ['__proto__'])).toBeUndefined();
  });

  it('stops at anything that is not an object', () => {
    expect(ownPath({ a: 'text' }, ['a', 'length'])).toBeUndefined();
    expect(ownPath({ a: [1, 2] }, ['a', '0'])).toBeUndefined();
    expect(ownPath(null, ['a'])).toBeUndefined();
  });
});
