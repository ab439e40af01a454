import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../../../src/cards/for-channel.js';
import { MESSAGE_VERSION, type MessageContent } from '../../../src/core/message.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { validateMessageCard } from '../../support/message-card-validator.js';
import { adaptiveCard, BUILD_URL, contentOf, messageCard } from './fixtures.js';

const ORG = { actionableMessagesEnabled: true };

function render(content: MessageContent, kind: 'workflows' | 'o365') {
  const message = { v: MESSAGE_VERSION, ...content };
  const rendered = renderForChannel(message, { kind, o365Format: 'messagecard' }, ORG, 24 * 1024);
  return JSON.parse(rendered.body) as Record<string, any>;
}

describe('Jenkins MessageCard passed on to legacy O365 channels', () => {
  it('is the plugin’s card, with OpenUri links and a bare hex colour', () => {
    const content = contentOf(messageCard());
    expect(content.raw?.format).toBe('messagecard');
    const legacy = render(content, 'o365');
    expect(validateMessageCard(legacy)).toEqual([]);
    expect(legacy).toMatchObject({
      '@type': 'MessageCard',
      summary: 'api: Build #12 Failed',
      themeColor: 'CC0003',
      sections: [{ activityTitle: 'Notification from api: Build Failed', markdown: true }],
      potentialAction: [
        { '@type': 'OpenUri', name: 'View Build', targets: [{ os: 'default', uri: BUILD_URL }] },
      ],
    });
    expect(legacy.sections[0].facts).toHaveLength(3);
  });

  it('Workflows get the Adaptive Card rendered from the model instead', () => {
    const card = render(contentOf(messageCard()), 'workflows').attachments[0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('api: Build #12 Failed');
    expect(card.body[0].items[0].text).toBe('Jenkins');
  });

  it('loses the actions that call back into a service, even with actionable messages on', () => {
    const content = contentOf(
      messageCard({
        potentialAction: [
          { '@type': 'HttpPOST', name: 'Rebuild', target: 'https://jenkins.example.org/rebuild' },
          { '@type': 'ActionCard', name: 'Comment', inputs: [], actions: [] },
          { '@type': 'ViewAction', name: 'View Build', target: [BUILD_URL] },
        ],
      }),
    );
    const legacy = render(content, 'o365');
    expect(legacy.potentialAction).toEqual([
      { '@type': 'OpenUri', name: 'View Build', targets: [{ os: 'default', uri: BUILD_URL }] },
    ]);
  });

  it('is not used when a link would be lost: a plain-http build page is no button', () => {
    const content = contentOf(
      messageCard({
        potentialAction: [
          { '@type': 'ViewAction', name: 'View Build', target: ['http://ci.local/job/1/'] },
        ],
      }),
    );
    expect(content.raw).toBeUndefined();
    const legacy = render(content, 'o365');
    expect(validateMessageCard(legacy)).toEqual([]);
    expect(legacy.title).toContain('](http://ci.local/job/1/)');
  });

  it('makes the sender’s text inert: no mentions, tags, script links, bidi or controls', () => {
    const bad =
      'x <at>all</at> [y](javascript:alert(1)) \u202Eevil\u0007 {{DATE(2020-01-01T00:00:00Z)}}';
    const content = contentOf(
      messageCard({
        summary: `api: Build #12 Failed${bad}`,
        sections: [
          { activityTitle: bad, activitySubtitle: bad, facts: [{ name: bad, value: bad }] },
        ],
      }),
    );
    const body = JSON.stringify(render(content, 'o365'));
    expect(body).not.toMatch(/<at>|\]\(javascript:|\{\{DATE\(|[\u202A-\u202E]|\\u0007/i);
    expect(body).toContain('‹at>all‹/at>');
  });

  it('keeps the plugin’s Markdown and http(s) links in text', () => {
    const content = contentOf(
      messageCard({
        sections: [
          {
            activityTitle: 'Notification from my\\_job',
            text: 'See [log](https://ci.example/log)',
          },
        ],
      }),
    );
    const legacy = render(content, 'o365');
    expect(legacy.sections[0]).toMatchObject({
      activityTitle: 'Notification from my\\_job',
      text: 'See [log](https://ci.example/log)',
    });
  });

  it('takes a card without @type, as O365 webhooks did, and gives it what Teams requires', () => {
    const content = contentOf({ text: 'Nightly backup done', themeColor: '#0F0' });
    const legacy = render(content, 'o365');
    expect(validateMessageCard(legacy)).toEqual([]);
    expect(legacy).toMatchObject({
      '@type': 'MessageCard',
      summary: 'Jenkins',
      text: 'Nightly backup done',
      themeColor: '00FF00',
    });
  });

  it('keeps at most 10 sections and 5 link actions, as Teams shows', () => {
    const sections = Array.from({ length: 14 }, (_, i) => ({ activityTitle: `s${i}` }));
    const actions = Array.from({ length: 8 }, (_, i) => ({
      '@type': 'ViewAction',
      name: `v${i}`,
      target: [`${BUILD_URL}?${i}`],
    }));
    const legacy = render(contentOf(messageCard({ sections, potentialAction: actions })), 'o365');
    expect(legacy.sections).toHaveLength(10);
    expect(legacy.potentialAction).toHaveLength(5);
    expect(validateMessageCard(legacy)).toEqual([]);
  });
});

describe('Jenkins Adaptive Card passed on to Workflows', () => {
  it('is the plugin’s card with what a strict reader refuses removed', () => {
    const content = contentOf(adaptiveCard());
    expect(content.raw?.format).toBe('adaptive');
    const card = render(content, 'workflows').attachments[0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(card).not.toHaveProperty('msTeams');
    expect(card.body[0]).toEqual({
      type: 'TextBlock',
      text: 'api: Build #12 Success',
      wrap: true,
      size: 'large',
      weight: 'bolder',
      color: 'good',
    });
    // ColumnSet has no width; "default" sizes, weights and colours are the defaults.
    expect(card.body[1]).not.toHaveProperty('width');
    expect(card.body[1].columns[0].items[1]).toEqual({
      type: 'TextBlock',
      text: 'Latest status of build #12',
      wrap: true,
    });
  });

  it('legacy O365 channels get the MessageCard rendered from the model', () => {
    const legacy = render(contentOf(adaptiveCard()), 'o365');
    expect(validateMessageCard(legacy)).toEqual([]);
    expect(legacy.summary).toBe('api: Build #12 Success');
  });

  it('an older version is sent as 1.4, which displays it the same', () => {
    const card = render(contentOf(adaptiveCard({ version: '1.2' })), 'workflows').attachments[0]
      .content;
    expect(card.version).toBe('1.4');
    expect(JSON.stringify(card)).toContain('Notification from api');
  });

  it('a card newer than 1.4 is not passed on: the model is rendered', () => {
    const content = contentOf(adaptiveCard({ version: '1.5' }));
    expect(content.raw).toBeUndefined();
    const card = render(content, 'workflows').attachments[0].content;
    expect(card.body[0].items[0].text).toBe('Jenkins');
  });

  it('drops Submit, Execute and Http actions and keeps https links', () => {
    const content = contentOf(
      adaptiveCard({
        actions: [
          { type: 'Action.Submit', title: 'Approve' },
          { type: 'Action.Execute', title: 'Run', verb: 'run' },
          { type: 'Action.OpenUrl', title: 'View Build', url: BUILD_URL },
        ],
      }),
    );
    const card = render(content, 'workflows').attachments[0].content;
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'View Build', url: BUILD_URL }]);
  });

  it.each([
    ['an element of an unknown type', { body: [{ type: 'Table', rows: [] }] }],
    [
      'a plain-http link',
      { actions: [{ type: 'Action.OpenUrl', title: 'View', url: 'http://ci.local/1' }] },
    ],
    [
      'a ShowCard',
      { actions: [{ type: 'Action.ShowCard', title: 'More', card: { type: 'AdaptiveCard' } }] },
    ],
  ])('is not passed on with %s, which it would lose', (_label, over) => {
    const content = contentOf(adaptiveCard(over));
    expect(content.raw).toBeUndefined();
    expect(validateAdaptiveCard(render(content, 'workflows').attachments[0].content)).toEqual([]);
  });

  it('makes text inert in blocks, facts and link titles', () => {
    const bad =
      'x <at>all</at> [y](javascript:alert(1)) \u2066iso\u2069 {{TIME(2020-01-01T00:00:00Z)}}';
    const content = contentOf(
      adaptiveCard({
        body: [
          { type: 'TextBlock', text: bad },
          { type: 'FactSet', facts: [{ title: bad, value: bad }] },
        ],
        actions: [{ type: 'Action.OpenUrl', title: bad, url: BUILD_URL }],
      }),
    );
    expect(content.raw?.format).toBe('adaptive');
    const body = JSON.stringify(render(content, 'workflows'));
    expect(body).not.toMatch(/<at>|\]\(javascript:|\{\{TIME\(|[\u2066-\u2069]/i);
  });
});
