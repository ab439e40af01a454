import { describe, expect, it } from 'vitest';
import { app, cardOf, fact, herokuPayload } from '../../fixtures/heroku/payloads.js';

describe('Heroku release and build cards', () => {
  it.each([
    ['succeeded', 'good'],
    ['failed', 'attention'],
    ['pending', 'accent'],
    ['expired', 'default'],
  ])('colours a %s release %s and names app, version, description and who', (status, accent) => {
    const card = cardOf(
      herokuPayload('api:release', 'update', {
        app,
        version: 42,
        status,
        description: 'Deploy 1a2b3c4d',
        slug: { commit: '1a2b3c4d5e6f70819a2b3c4d5e6f70819a2b3c4d' },
      }),
    );
    expect(card.title).toBe(`[shop-web] Release v42 ${status}: Deploy 1a2b3c4d`);
    expect(card.accent).toBe(accent);
    expect(card.subtitle).toBe('By lin@example.com');
    expect(fact(card, 'Commit')).toBe('1a2b3c4');
    expect(card.titleUrl).toBe('https://dashboard.heroku.com/apps/shop-web/activity');
  });

  it('links a build to its page in the dashboard', () => {
    const id = '01234567-89ab-4cde-8f01-23456789abcd';
    const card = cardOf(
      herokuPayload('api:build', 'update', {
        id,
        app,
        status: 'failed',
        source_blob: { version: '1a2b3c4d5e6f70819a2b3c4d5e6f70819a2b3c4d' },
        release: { version: 43 },
      }),
    );
    expect(card.title).toBe('[shop-web] Build failed (1a2b3c4)');
    expect(card.accent).toBe('attention');
    expect(fact(card, 'Release')).toBe('v43');
    expect(card.links).toEqual([
      {
        title: 'View build',
        url: `https://dashboard.heroku.com/apps/shop-web/activity/builds/${id}`,
      },
    ]);
  });

  it('builds no dashboard link from a name Heroku would not give an app', () => {
    const card = cardOf(
      herokuPayload('api:release', 'update', { app: { name: 'Shop Web/../x' }, status: 'failed' }),
    );
    expect(card.titleUrl).toBeUndefined();
    expect(card.links).toEqual([]);
  });
});

describe('Heroku app, dyno and formation cards', () => {
  it('shows the app changes as facts, in orange when maintenance turns on', () => {
    const card = cardOf(
      herokuPayload(
        'api:app',
        'update',
        { ...app, maintenance: true, web_url: 'https://shop-web.herokuapp.com/' },
        { maintenance: false },
      ),
    );
    expect(card.title).toBe('[shop-web] App updated: maintenance');
    expect(card.accent).toBe('warning');
    expect(fact(card, 'Maintenance')).toBe('off → on');
    expect(card.links.map((l) => l.title)).toEqual(['Open app', 'Open in dashboard']);
  });

  it('shows a deleted app in red, without links to what is gone', () => {
    const card = cardOf(herokuPayload('api:app', 'destroy', app));
    expect(card.title).toBe('[shop-web] App deleted');
    expect(card.accent).toBe('attention');
    expect(card.links).toEqual([]);
  });

  it('shows a one-off dyno with its command, and a crashed one in red', () => {
    const started = cardOf(
      herokuPayload('api:dyno', 'create', {
        app,
        name: 'run.4242',
        command: 'rake db:migrate',
        type: 'run',
        state: 'starting',
        size: 'Standard-1X',
      }),
    );
    expect(started.title).toBe('[shop-web] Dyno run.4242 started: rake db:migrate');
    expect(fact(started, 'Size')).toBe('Standard-1X');
    const crashed = cardOf(
      herokuPayload('api:dyno', 'update', { app, name: 'web.1', state: 'crashed' }),
    );
    expect(crashed.title).toBe('[shop-web] Dyno web.1 crashed');
    expect(crashed.accent).toBe('attention');
  });

  it('says how a process was scaled or resized', () => {
    const scaled = cardOf(
      herokuPayload(
        'api:formation',
        'update',
        { app, type: 'web', quantity: 4, size: 'Standard-2X' },
        { quantity: 2 },
      ),
    );
    expect(scaled.title).toBe('[shop-web] Process web scaled from 2 to 4 dynos');
    expect(fact(scaled, 'Dynos')).toBe('2 → 4');
    const resized = cardOf(
      herokuPayload(
        'api:formation',
        'update',
        { app, type: 'web', quantity: 1, size: 'Performance-M' },
        { size: 'Standard-2X' },
      ),
    );
    expect(resized.title).toBe('[shop-web] Process web resized from Standard-2X to Performance-M');
    expect(fact(resized, 'Size')).toBe('Standard-2X → Performance-M');
    const off = cardOf(
      herokuPayload('api:formation', 'update', { app, type: 'web', quantity: 0 }, { quantity: 1 }),
    );
    expect(off.title).toBe('[shop-web] Process web scaled from 1 to 0 dynos');
    expect(off.accent).toBe('warning');
  });

  it('names the resource of an entity without a card', () => {
    const card = cardOf(
      herokuPayload('api:addon', 'create', { app, name: 'postgresql-curved-12345' }),
    );
    expect(card.title).toBe('[shop-web] Add-on created: postgresql-curved-12345');
    expect(fact(card, 'Entity')).toBe('api:addon');
  });
});
