import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAdaptiveCard } from '../support/adaptive-validator.js';
import { acmeDefinition, sendAcme } from '../support/custom-definition.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';

/**
 * A custom connector's whole path through the public API: an admin uploads a definition, a
 * team owner connects it to a channel, a signed event arrives at its ingest URL and the
 * templated card reaches the (fake) Teams channel; and the refusals on the way.
 */
describe('custom connectors, end to end', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let scenario: Scenario;
  let channelId: string;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    scenario = await createTeam(relay);
    channelId = (await createChannel(relay, scenario, teams.workflowsUrl('acme'))).id;
  });

  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const deployFinished = (id: string, extra: Record<string, unknown> = {}) => ({
    ...acmeDefinition().samples[0].payload,
    id,
    ...extra,
  });

  it('uploads, connects, and delivers the templated card for a signed event', async () => {
    const created = await relay.api('POST', '/api/v1/catalog', acmeDefinition());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'acme-deploys', kind: 'custom', revision: 1 });
    expect(created.body.auth.scheme).toBe('hmac');

    const listed = await relay.api('GET', '/api/v1/catalog', undefined, scenario.ownerToken);
    const entry = listed.body.find((e: any) => e.id === 'acme-deploys');
    expect(entry).toMatchObject({ kind: 'custom', lifecycle: 'available' });
    expect(listed.body.find((e: any) => e.id === 'github').kind).toBe('builtin');

    const connector = await createConnector(relay, scenario, channelId, { type: 'acme-deploys' });
    expect(connector.secret).toBeDefined();
    const sent = await sendAcme(
      connector.ingestUrl,
      'deploy.finished',
      deployFinished('d-1'),
      connector.secret,
    );
    expect(sent.status).toBe(202);

    const [post] = await teams.waitForPosts('acme', 1);
    const card = (post!.body as any).attachments[0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'checkout 2.14.0 deployed to production',
      color: 'Good',
    });
    expect(card.body[1].facts).toContainEqual({ title: 'By', value: 'Ada Lovelace' });
    expect(card.body.map((b: any) => b.text)).toContain('- Faster basket totals (linus)');
    expect(card.actions[0].url).toBe('https://acme.example/deploys/dep_7f3a9c');

    // The sender's id de-duplicates: the same delivery again posts nothing.
    const again = await sendAcme(
      connector.ingestUrl,
      'deploy.finished',
      deployFinished('d-1'),
      connector.secret,
    );
    expect(again.body.status).toBe('duplicate');
  });

  it('refuses a wrong signature and an unsigned event, queueing nothing', async () => {
    const connector = await createConnector(relay, scenario, channelId, { type: 'acme-deploys' });
    const wrong = await sendAcme(
      connector.ingestUrl,
      'deploy.finished',
      deployFinished('d-2'),
      'not-the-secret',
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('SIGNATURE_INVALID');
    const unsigned = await sendAcme(
      connector.ingestUrl,
      'deploy.finished',
      deployFinished('d-3'),
      undefined,
    );
    expect(unsigned.body.error.code).toBe('SIGNATURE_MISSING');
    // Sentinel: the next good event is the next post.
    const before = teams.posts('acme').length;
    const ok = await sendAcme(
      connector.ingestUrl,
      'deploy.started',
      { id: 'd-4', service: 'sentinel' },
      connector.secret,
    );
    expect(ok.status).toBe(202);
    const posts = await teams.waitForPosts('acme', before + 1);
    expect(JSON.stringify(posts[before]!.body)).toContain('sentinel');
    expect(JSON.stringify(posts[before]!.body)).toContain('Acme: deploy.started');
  });

  it('refuses bad definitions with the exact problem and its path', async () => {
    const cases: Array<[string, (d: any) => void, RegExp]> = [
      ['an unknown field', (d) => (d.colour = 'blue'), /colour/],
      [
        'a card newer than 1.4',
        (d) => (d.templates['*'].version = '1.5'),
        /templates\["\*"\]\.version/,
      ],
      [
        'not an AdaptiveCard',
        (d) => (d.templates['*'].type = 'MessageCard'),
        /templates\["\*"\]\.type/,
      ],
      ['no fallback', (d) => delete d.templates['*'], /fallback template under "\*"/],
      [
        'an unparseable expression',
        (d) => (d.templates['*'].body[0].text = '${service +}'),
        /templates\["\*"\]\.body\[0\]\.text: expression does not parse/,
      ],
      [
        'a function that is not allowed',
        (d) => (d.templates['*'].body[0].text = "${replace(service, 'a', 'b')}"),
        /function 'replace' is not allowed/,
      ],
      [
        'an unknown property',
        (d) => (d.templates['*'].body[0].colour = 'Good'),
        /body\[0\]\.colour: unknown property/,
      ],
      [
        'Action.Submit',
        (d) => (d.templates['*'].actions = [{ type: 'Action.Submit', title: 'x' }]),
        /nothing behind a webhook can receive it/,
      ],
      [
        'too large',
        (d) =>
          (d.description = 'x'.repeat(500)) && (d.templates['*'].body[0].text = 'y'.repeat(70_000)),
        /limit is 65536/,
      ],
    ];
    for (const [what, change, expected] of cases) {
      const def = acmeDefinition();
      def.id = 'acme-bad';
      change(def);
      const res = await relay.api('POST', '/api/v1/catalog', def);
      expect(res.status, what).toBe(400);
      expect(res.body.error.code, what).toBe('VALIDATION_FAILED');
      expect(res.body.error.message, what).toMatch(expected);
    }
    const listed = await relay.api('GET', '/api/v1/catalog');
    expect(listed.body.map((e: any) => e.id)).not.toContain('acme-bad');
  });

  it('refuses ids of built-in and existing types, and non-admins', async () => {
    const github = { ...acmeDefinition(), id: 'github' };
    expect((await relay.api('POST', '/api/v1/catalog', github)).status).toBe(409);
    const dup = await relay.api('POST', '/api/v1/catalog', acmeDefinition());
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain('PUT /api/v1/catalog/acme-deploys');
    const member = await relay.api(
      'POST',
      '/api/v1/catalog',
      { ...acmeDefinition(), id: 'acme-x' },
      scenario.ownerToken,
    );
    expect(member.status).toBe(403);
  });

  it('replaces a template: the next event uses it; removal is refused while connectors use it', async () => {
    const current = await relay.api('GET', '/api/v1/catalog/acme-deploys/definition');
    expect(current.status).toBe(200);
    const def = current.body.definition;
    def.templates['*'].body[0].text = 'Acme event ${$host.event} (new template)';
    const replaced = await relay.api('PUT', '/api/v1/catalog/acme-deploys', def);
    expect(replaced.status).toBe(200);
    expect(replaced.body.revision).toBe(current.body.revision + 1);

    const connector = await createConnector(relay, scenario, channelId, { type: 'acme-deploys' });
    const before = teams.posts('acme').length;
    const sent = await sendAcme(
      connector.ingestUrl,
      'deploy.rolled_back',
      { id: 'd-5' },
      connector.secret,
    );
    expect(sent.status).toBe(202);
    const posts = await teams.waitForPosts('acme', before + 1);
    expect(JSON.stringify(posts[before]!.body)).toContain(
      'Acme event deploy.rolled_back (new template)',
    );

    const removal = await relay.api('DELETE', '/api/v1/catalog/acme-deploys');
    expect(removal.status).toBe(409);
    expect(removal.body.error.message).toMatch(/used by 3 connectors/);
    expect((await relay.api('DELETE', '/api/v1/catalog/github')).status).toBe(409);
  });

  it('previews a payload of your own, for custom and built-in types', async () => {
    const res = await relay.api('POST', '/api/v1/catalog/acme-deploys/preview', {
      event: 'deploy.finished',
      payload: deployFinished('p-1', { service: 'billing' }),
    });
    expect(res.status).toBe(200);
    expect(res.body.event).toBe('deploy.finished');
    expect(res.body.card.body[0].text).toBe('billing 2.14.0 deployed to production');
    expect(validateAdaptiveCard(res.body.card)).toEqual([]);
    const github = await relay.api('POST', '/api/v1/catalog/github/preview', {
      headers: { 'X-GitHub-Event': 'star' },
      payload: {
        action: 'created',
        repository: { full_name: 'o/r', html_url: 'https://github.com/o/r' },
        sender: { login: 'ada' },
      },
    });
    expect(github.status).toBe(200);
    expect(github.body.event).toBe('star');
  });

  it('retires a custom type: new connections 409, existing connectors keep delivering', async () => {
    const existing = await createConnector(relay, scenario, channelId, { type: 'acme-deploys' });
    expect(
      (await relay.api('PATCH', '/api/v1/catalog/acme-deploys', { lifecycle: 'retired' })).status,
    ).toBe(200);
    const refused = await relay.api(
      'POST',
      `/api/v1/channels/${channelId}/connectors`,
      { type: 'acme-deploys' },
      scenario.ownerToken,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('acme-deploys');
    const sent = await sendAcme(
      existing.ingestUrl,
      'deploy.started',
      { id: 'd-6', service: 'retired-still-works' },
      existing.secret,
    );
    expect(sent.status).toBe(202);
    expect(
      (await relay.api('PATCH', '/api/v1/catalog/acme-deploys', { lifecycle: 'available' })).status,
    ).toBe(200);
  });

  it('in gcc: uploads refused, existing custom connectors inactive with a clear error', async () => {
    const connector = await createConnector(relay, scenario, channelId, { type: 'acme-deploys' });
    expect((await relay.api('PATCH', '/api/v1/org', { cloud: 'gcc' })).status).toBe(200);
    try {
      const upload = await relay.api('POST', '/api/v1/catalog', {
        ...acmeDefinition(),
        id: 'acme-gov',
      });
      expect(upload.status).toBe(403);
      expect(upload.body.error.code).toBe('CUSTOM_CONNECTORS_UNAVAILABLE');
      const sent = await sendAcme(
        connector.ingestUrl,
        'deploy.started',
        { id: 'd-7' },
        connector.secret,
      );
      expect(sent.status).toBe(403);
      expect(sent.body.error).toMatchObject({ code: 'CUSTOM_CONNECTORS_UNAVAILABLE' });
      expect(sent.body.error.message).toContain('gcc');
      const create = await relay.api(
        'POST',
        `/api/v1/channels/${channelId}/connectors`,
        { type: 'acme-deploys' },
        scenario.ownerToken,
      );
      expect(create.body.error.code).toBe('CUSTOM_CONNECTORS_UNAVAILABLE');
      const listed = await relay.api('GET', '/api/v1/catalog');
      expect(listed.body.map((e: any) => e.id)).not.toContain('acme-deploys');
    } finally {
      // Moving into gcc also turned the org switches off; coming back does not turn them on.
      const restored = await relay.api('PATCH', '/api/v1/org', {
        cloud: 'commercial',
        connectorsEnabled: true,
        connectorsEnabledForTeams: true,
      });
      expect(restored.status).toBe(200);
    }
    const back = await sendAcme(
      connector.ingestUrl,
      'deploy.started',
      { id: 'd-8' },
      connector.secret,
    );
    expect(back.status).toBe(202);
  });
});
