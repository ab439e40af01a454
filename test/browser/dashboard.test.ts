import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubPush } from '../e2e/payloads.js';
import { launchChromium, screenshot, signIn, unlabelledFields } from '../support/browser.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';

/**
 * The dashboard in a real Chromium against a real relay, Redis and fake Teams: what a team
 * owner does when a channel's destination dies, and what another team's user cannot see.
 */
describe('the dashboard, in a browser', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let browser: Browser;
  let owner: Scenario;
  let stranger: Scenario;
  let channelId: string;
  let strangerChannelId: string;
  let connector: { id: string; ingestUrl: string; secret?: string };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    owner = await createTeam(relay, { name: 'Platform' });
    await relay.api('PATCH', `/api/v1/teams/${owner.teamId}`, { name: 'Platform' });
    channelId = (
      await createChannel(relay, owner, teams.workflowsUrl('builds'), { name: 'builds' })
    ).id;
    connector = await createConnector(relay, owner, channelId, { type: 'github' });
    stranger = await createTeam(relay, { name: 'Finance' });
    strangerChannelId = (
      await createChannel(relay, stranger, teams.workflowsUrl('ledger'), { name: 'ledger' })
    ).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await relay?.close();
    await teams?.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    return page;
  }

  const push = (n: number) =>
    sendGitHub(connector.ingestUrl, 'push', githubPush(n), { secret: connector.secret! });

  it('signs in with a session cookie the page cannot read, and signs out', async () => {
    const page = await newPage();
    await page.goto(`${relay.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    await screenshot(page, 'sign-in');
    await signIn(page, relay.url, owner.ownerToken);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'relay_session', httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
    expect(await page.evaluate('document.cookie')).toBe('');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/sign-in$/);
    await page.goto(`${relay.url}/admin`);
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
  });

  it('shows Attention Required when the destination dies, and Update URL sends the parked events', async () => {
    const page = await newPage();
    await signIn(page, relay.url, owner.ownerToken);
    const row = page.locator(`tr[data-channel="${channelId}"]`);
    await expect.poll(() => row.textContent()).toContain('URL is up-to-date');
    await expect.poll(() => row.textContent()).toContain('Platform');
    await screenshot(page, 'channels');

    // The flow behind the URL is deleted: the next event parks the channel.
    teams.remove('builds');
    expect((await push(1)).status).toBe(202);
    await eventually(async () => {
      const ch = await relay.api('GET', `/api/v1/channels/${channelId}`);
      return ch.body.status === 'attention_required' || undefined;
    });
    expect((await push(2)).status).toBe(202);
    await page.reload();
    await expect.poll(() => row.textContent()).toContain('Attention Required');

    await row.getByRole('link', { name: 'builds' }).click();
    await page.getByRole('heading', { name: 'builds', level: 1 }).waitFor();
    const status = page.locator('#channel-status');
    expect(await status.textContent()).toContain('Attention Required');
    await expect
      .poll(() => page.locator('tr[data-state="parked"]').count())
      .toBeGreaterThanOrEqual(1);
    expect(await unlabelledFields(page)).toEqual([]);
    await screenshot(page, 'channel-attention-required');

    await page.getByLabel('New webhook URL').fill(teams.workflowsUrl('builds-2'));
    await page.getByRole('button', { name: 'Update URL' }).click();
    const arrived = await teams.waitForPosts('builds-2', 2);
    expect(arrived).toHaveLength(2);
    await expect.poll(() => status.textContent()).toContain('URL is up-to-date');
    await expect.poll(() => page.locator('tr[data-state="delivered"]').count()).toBe(2);
    // The 404 that parked the first event stays in its history.
    const first = page.locator('tr[data-state="delivered"]').last();
    expect(await first.textContent()).toMatch(/gone 404/);
    await page.getByLabel('Show deliveries in').selectOption('parked');
    await expect.poll(() => page.locator('tr[data-delivery]').count()).toBe(0);
    await page.getByLabel('Show deliveries in').selectOption('');
    await expect.poll(() => page.locator('tr[data-delivery]').count()).toBe(2);
    await expect.poll(() => page.locator('.card-preview .ac-adaptiveCard').count()).toBe(1);
    // Markdown drawn as Teams draws it: links are links, never raw brackets.
    expect(
      await page.locator('.card-preview a[href^="https://github.com/"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('.card-preview').textContent()).not.toContain('](https://');
    await screenshot(page, 'channel-after-update-url');
  });

  it('sends a test event and previews the card the channel received', async () => {
    const page = await newPage();
    await signIn(page, relay.url, owner.ownerToken);
    await page.goto(`${relay.url}/admin#/channels/${channelId}`);
    await page.getByRole('heading', { name: 'builds', level: 1 }).waitFor();
    const ingest = page.getByLabel('Ingest URL');
    expect(await ingest.inputValue()).toBe(connector.ingestUrl);
    const before = teams.posts('builds-2').length;
    await page.getByRole('button', { name: 'Send test event' }).click();
    const test = (await teams.waitForPosts('builds-2', before + 1)).at(-1)!;
    expect(JSON.stringify(test.body)).toContain('test event');
    await page.reload();
    const preview = page.locator('section[aria-labelledby="last-card-title"]');
    await expect.poll(() => preview.textContent()).toContain('test event');
    await screenshot(page, 'channel-last-card');

    await page.goto(`${relay.url}/admin#/catalog`);
    const github = page.locator('tr[data-type="github"]');
    await github.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.locator('#preview .ac-adaptiveCard').count()).toBe(1);
    expect(await unlabelledFields(page)).toEqual([]);
    await screenshot(page, 'catalog-preview');
  });

  it('rotates the ingest URL and shows until when the old one works', async () => {
    const page = await newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, relay.url, owner.ownerToken);
    await page.goto(`${relay.url}/admin#/channels/${channelId}`);
    await page.getByRole('button', { name: 'Rotate ingest URL' }).click();
    const item = page.locator(`li[data-connector="${connector.id}"]`);
    await expect.poll(() => item.textContent()).toContain('keeps working until');
    const rotated = await page.getByLabel('Ingest URL').inputValue();
    expect(rotated).not.toBe(connector.ingestUrl);
    const onOld = await push(3);
    expect(onOld.status).toBe(202);
    expect(onOld.headers.get('deprecation')).toBeTruthy();
    connector = { ...connector, ingestUrl: rotated };
  });

  it('shows a user of another team none of it', async () => {
    const page = await newPage();
    await signIn(page, relay.url, stranger.ownerToken);
    await expect.poll(() => page.locator('tr[data-channel]').count()).toBe(1);
    expect(await page.locator(`tr[data-channel="${strangerChannelId}"]`).count()).toBe(1);
    expect(await page.locator(`tr[data-channel="${channelId}"]`).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Organisation' }).count()).toBe(0);
    await page.goto(`${relay.url}/admin#/channels/${channelId}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('only members');
    expect(await page.content()).not.toContain(connector.ingestUrl);
    await screenshot(page, 'other-team-refused');
  });

  it('gives admins the org settings, users and teams; readable on a phone', async () => {
    const page = await newPage();
    await signIn(page, relay.url, relay.adminToken);
    await page.getByRole('link', { name: 'Organisation' }).click();
    await page.getByLabel('Actionable messages').uncheck();
    await page.getByLabel(/alert channel/i).selectOption(channelId);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(async () => (await relay.api('GET', '/api/v1/org')).body)
      .toMatchObject({
        actionableMessagesEnabled: false,
        alertChannelId: channelId,
      });
    expect(await unlabelledFields(page)).toEqual([]);
    await screenshot(page, 'org-settings');

    await page.getByRole('link', { name: 'Users and teams' }).click();
    await page.getByLabel('Name').first().fill('Dana');
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => page.locator('#new-token').textContent()).toContain('Token for Dana');
    const token = (await page.locator('#new-token code').textContent())!;
    expect((await relay.api('GET', '/api/v1/me', undefined, token)).body.name).toBe('Dana');
    expect(await unlabelledFields(page)).toEqual([]);
    await screenshot(page, 'people');

    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, relay.url, owner.ownerToken);
    await phone.locator(`tr[data-channel="${channelId}"]`).waitFor();
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'channels-phone');
  });
});
