import { describe, expect, it } from 'vitest';
import { stripCallbackActions } from '../../../src/cards/actions.js';
import { toAdaptiveCard, toAdaptiveEnvelope } from '../../../src/cards/adaptive.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { fullModel } from './models.js';

/** Just enough shape to walk a card in assertions. */
interface Node {
  type?: string;
  actions?: Node[];
  body?: Node[];
  card?: Node;
  selectAction?: Node;
  attachments?: { content: Node }[];
  [key: string]: unknown;
}

const ON = { actionableMessagesEnabled: true };
const OFF = { actionableMessagesEnabled: false };

const openUrl = { type: 'Action.OpenUrl', title: 'Open', url: 'https://x.example/' };
const toggle = { type: 'Action.ToggleVisibility', title: 'Toggle', targetElements: ['t'] };
const submit = { type: 'Action.Submit', title: 'Send', data: { x: 1 } };
const http = { type: 'Action.Http', title: 'Call', method: 'POST', url: 'https://svc.example/' };
const execute = { type: 'Action.Execute', title: 'Run', verb: 'approve' };

/** An Adaptive card with callbacks in every place one can hide. */
function adaptiveWithCallbacks(): Node {
  return {
    type: 'AdaptiveCard',
    version: '1.4',
    msteams: { width: 'Full' },
    body: [
      { type: 'TextBlock', id: 't', text: 'hello', wrap: true },
      { type: 'Container', selectAction: submit, items: [{ type: 'TextBlock', text: 'x' }] },
      { type: 'Container', selectAction: http, items: [{ type: 'TextBlock', text: 'y' }] },
      { type: 'ActionSet', actions: [submit, execute] },
      { type: 'ActionSet', actions: [openUrl, http] },
    ],
    actions: [
      openUrl,
      toggle,
      submit,
      http,
      execute,
      {
        type: 'Action.ShowCard',
        title: 'More',
        card: {
          type: 'AdaptiveCard',
          body: [{ type: 'ActionSet', actions: [execute, openUrl] }],
          actions: [submit, http, openUrl],
        },
      },
    ],
  };
}

function types(value: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      const t = o.type ?? o['@type'];
      if (typeof t === 'string') out.push(t);
      Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return out;
}

describe('stripCallbackActions on Adaptive cards', () => {
  it('always removes Action.Submit, everywhere, and keeps the rest when enabled', () => {
    const out = stripCallbackActions(adaptiveWithCallbacks(), ON) as Node;
    expect(types(out)).not.toContain('Action.Submit');
    expect(types(out)).toEqual(expect.arrayContaining(['Action.Http', 'Action.Execute']));
    // The container that only had a Submit select action keeps its content, minus the action.
    expect(out.body![1]).toEqual({ type: 'Container', items: [{ type: 'TextBlock', text: 'x' }] });
    expect(out.body![2]!.selectAction).toEqual(http);
  });

  it('removes Http and Execute too when actionable messages are off, incl. inside ShowCard', () => {
    const out = stripCallbackActions(adaptiveWithCallbacks(), OFF) as Node;
    const found = types(out);
    for (const gone of ['Action.Submit', 'Action.Http', 'Action.Execute']) {
      expect(found).not.toContain(gone);
    }
    expect(out.actions!.map((a) => a.type)).toEqual([
      'Action.OpenUrl',
      'Action.ToggleVisibility',
      'Action.ShowCard',
    ]);
    expect(out.actions![2]!.card).toEqual({
      type: 'AdaptiveCard',
      body: [{ type: 'ActionSet', actions: [openUrl] }],
      actions: [openUrl],
    });
    expect(out.body![2]).not.toHaveProperty('selectAction');
  });

  it('drops an ActionSet left with no actions rather than leave an invalid element', () => {
    const out = stripCallbackActions(adaptiveWithCallbacks(), OFF) as Node;
    const sets = out.body!.filter((e) => e.type === 'ActionSet');
    expect(sets).toEqual([{ type: 'ActionSet', actions: [openUrl] }]);
    expect(validateAdaptiveCard(out)).toEqual([]);
  });

  it('matches type names case-insensitively', () => {
    const out = stripCallbackActions({ actions: [{ type: 'action.SUBMIT' }, openUrl] }, ON);
    expect(out).toEqual({ actions: [openUrl] });
  });

  it('works through the message envelope and does not touch the input', () => {
    const envelope = toAdaptiveEnvelope(toAdaptiveCard(fullModel()));
    const card = envelope.attachments[0].content as unknown as Record<string, unknown>;
    card.actions = [submit, openUrl];
    const before = JSON.stringify(envelope);
    const out = stripCallbackActions(envelope, OFF) as typeof envelope;
    expect(JSON.stringify(envelope)).toBe(before);
    expect(out.attachments[0].content.actions).toEqual([openUrl]);
    expect(out).not.toBe(envelope);
  });
});

describe('stripCallbackActions on MessageCards', () => {
  const openUri = {
    '@type': 'OpenUri',
    name: 'Open',
    targets: [{ os: 'default', uri: 'https://x.example/' }],
  };
  const httpPost = { '@type': 'HttpPOST', name: 'Approve', target: 'https://svc.example/approve' };
  const actionCard = {
    '@type': 'ActionCard',
    name: 'Comment',
    inputs: [{ '@type': 'TextInput', id: 'c' }],
    actions: [httpPost],
  };
  const messageCard = {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: 's',
    sections: [{ activityTitle: 'a', potentialAction: [httpPost, openUri, actionCard] }],
    potentialAction: [openUri, httpPost, actionCard],
  };

  it('keeps HttpPOST and ActionCard when actionable messages are on', () => {
    expect(stripCallbackActions(messageCard, ON)).toEqual(messageCard);
  });

  it('removes HttpPOST and ActionCard at the top level and in sections when off', () => {
    expect(stripCallbackActions(messageCard, OFF)).toEqual({
      ...messageCard,
      sections: [{ activityTitle: 'a', potentialAction: [openUri] }],
      potentialAction: [openUri],
    });
  });
});

describe('stripCallbackActions on other values', () => {
  it('passes primitives and nulls through', () => {
    expect(stripCallbackActions(null, OFF)).toBeNull();
    expect(stripCallbackActions('text', OFF)).toBe('text');
    expect(stripCallbackActions([1, { a: null }], OFF)).toEqual([1, { a: null }]);
  });

  it('keeps a "__proto__" key as plain data', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const out = stripCallbackActions(payload, OFF) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
  });
});

describe('stripCallbackActions: what would be left empty or dangling', () => {
  it('drops a ShowCard left with nothing to show, keeps one that still shows something', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.4',
      msteams: { width: 'Full' },
      body: [{ type: 'TextBlock', text: 'x' }],
      actions: [
        {
          type: 'Action.ShowCard',
          title: 'Approve',
          card: { type: 'AdaptiveCard', actions: [execute, http] },
        },
        {
          type: 'Action.ShowCard',
          title: 'Details',
          card: { type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: [submit] }] },
        },
        {
          type: 'Action.ShowCard',
          title: 'Links',
          card: { type: 'AdaptiveCard', actions: [execute, openUrl] },
        },
      ],
    };
    const out = stripCallbackActions(card, OFF) as Node;
    expect(out.actions).toEqual([
      {
        type: 'Action.ShowCard',
        title: 'Links',
        card: { type: 'AdaptiveCard', actions: [openUrl] },
      },
    ]);
    expect(validateAdaptiveCard(out)).toEqual([]);
    // With actionable messages on, only the Submit-only one goes.
    expect((stripCallbackActions(card, ON) as Node).actions!.map((a) => a.title)).toEqual([
      'Approve',
      'Links',
    ]);
  });

  it('drops a refresh whose Action.Execute went, and InvokeAddInCommand with the callbacks', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.4',
      refresh: { action: execute, userIds: ['u'] },
      body: [{ type: 'TextBlock', text: 'x' }],
    };
    expect(stripCallbackActions(card, OFF)).toEqual({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [{ type: 'TextBlock', text: 'x' }],
    });
    expect(stripCallbackActions(card, ON)).toEqual(card);
    const mc = {
      '@type': 'MessageCard',
      potentialAction: [{ '@type': 'InvokeAddInCommand', name: 'Run' }],
    };
    expect(stripCallbackActions(mc, OFF)).toEqual({ '@type': 'MessageCard', potentialAction: [] });
  });
});
