import { describe, expect, it } from 'vitest';
import { herokuSender } from '../../../src/connectors/heroku/index.js';
import { interpretHeroku } from '../../../src/connectors/heroku/interpret.js';
import { app, herokuPayload } from '../../fixtures/heroku/payloads.js';

const release = (status: string, action = 'update') =>
  herokuPayload('api:release', action, {
    app,
    version: 12,
    status,
    description: 'Deploy 1a2b3c4d',
  });

describe('Heroku event names and ids', () => {
  it('names the event by the subscribed entity and the action', () => {
    expect(interpretHeroku(release('succeeded'))).toMatchObject({
      kind: 'event',
      eventName: 'api:release.update',
      deliveryId: 'evt-1',
    });
    expect(
      interpretHeroku(herokuPayload('api:addon-attachment', 'destroy', { name: 'DATABASE' })),
    ).toMatchObject({ eventName: 'api:addon-attachment.destroy' });
  });

  it('de-duplicates on the event id, which retries keep, not the delivery or attempt id', () => {
    const first = interpretHeroku(release('succeeded'));
    const retry = release('succeeded');
    retry.webhook_metadata.attempt.id = 'attempt-2';
    retry.webhook_metadata.delivery.id = 'delivery-2';
    expect(interpretHeroku(retry)).toMatchObject({ deliveryId: 'evt-1' });
    expect(first).toMatchObject({ deliveryId: 'evt-1' });
  });

  it('falls back to the top-level id and the resource name', () => {
    const payload = { ...release('succeeded'), webhook_metadata: undefined };
    expect(interpretHeroku(payload)).toMatchObject({
      eventName: 'api:release.update',
      deliveryId: 'evt-1',
    });
  });

  it('still gives a card when neither entity field can be read', () => {
    const payload = { ...release('succeeded'), resource: 'Release!', webhook_metadata: undefined };
    expect(interpretHeroku(payload)).toMatchObject({
      kind: 'event',
      eventName: 'api:unknown.update',
      event: { type: 'other', app: 'shop-web' },
    });
  });

  it('refuses a body without an action or data, an odd action or an oversized id', () => {
    expect(interpretHeroku({ data: {} })).toMatchObject({ kind: 'malformed' });
    expect(interpretHeroku({ action: 'update' })).toMatchObject({ kind: 'malformed' });
    expect(interpretHeroku({ ...release('x'), action: 'Update Now' })).toMatchObject({
      kind: 'malformed',
    });
    expect(
      interpretHeroku({ ...release('x'), id: 'x'.repeat(200), webhook_metadata: undefined }),
    ).toMatchObject({ kind: 'malformed' });
  });

  it('posts a pending release start only to connectors that ask for it', () => {
    expect(interpretHeroku(release('pending', 'create'))).toMatchObject({
      kind: 'event',
      eventName: 'api:release.create',
    });
    expect(herokuSender.events).toContain('api:release.create');
    expect(herokuSender.defaultEvents).not.toContain('api:release.create');
    expect(herokuSender.defaultEvents).not.toContain('api:build.create');
    expect(herokuSender.defaultEvents).toContain('api:release.update');
    expect(herokuSender.defaultEvents).toContain('api:formation.update');
  });
});

describe('Heroku normalisation', () => {
  it('reads a release with its commit, falling back to the release user', () => {
    const payload = herokuPayload(
      'api:release',
      'update',
      {
        app,
        version: 7,
        status: 'succeeded',
        slug: { commit: 'abcdef0123456789abcdef0123456789abcdef01' },
        user: { email: 'deployer@example.com' },
        created_at: '2026-06-01T09:59:00Z',
      },
      {},
      { actor: null },
    );
    expect(interpretHeroku(payload)).toMatchObject({
      event: {
        type: 'release',
        app: 'shop-web',
        version: 7,
        commit: 'abcdef0123456789abcdef0123456789abcdef01',
        actor: 'deployer@example.com',
        at: '2026-06-01T09:59:00Z',
      },
    });
  });

  it('lists what previous_data says changed on an app, old and new', () => {
    const payload = herokuPayload(
      'api:app',
      'update',
      { ...app, name: 'shop-www', maintenance: true, stack: { name: 'heroku-24' } },
      { name: 'shop-web', maintenance: false, stack: { name: 'heroku-22' }, updated_at: 'x' },
    );
    expect(interpretHeroku(payload)).toMatchObject({
      event: {
        type: 'app',
        app: 'shop-www',
        changeCount: 3,
        changes: [
          { field: 'name', from: 'shop-web', to: 'shop-www' },
          { field: 'maintenance', from: 'off', to: 'on' },
          { field: 'stack', from: 'heroku-22', to: 'heroku-24' },
        ],
      },
    });
  });

  it('keeps ten changes of a huge previous_data and counts only the first keys', () => {
    const previous = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [`field_${i}`, 'x'.repeat(1000)]),
    );
    const result = interpretHeroku(herokuPayload('api:app', 'update', app, previous));
    if (result.kind !== 'event' || result.event.type !== 'app') throw new Error('not an app event');
    expect(result.event.changes).toHaveLength(10);
    expect(result.event.changeCount).toBe(50);
    expect(JSON.stringify(result.event).length).toBeLessThan(3_000);
  });

  it('reads a formation scaling from previous_data', () => {
    const payload = herokuPayload(
      'api:formation',
      'update',
      { app, type: 'worker', quantity: 3, size: 'Standard-1X' },
      { quantity: 1 },
    );
    expect(interpretHeroku(payload)).toMatchObject({
      event: { type: 'formation', process: 'worker', quantity: 3, previousQuantity: 1 },
    });
  });
});
