import { describe, expect, it } from 'vitest';
import { MAX_BUTTONS } from '../../../src/cards/buttons.js';
import {
  toAdaptiveCard,
  toAdaptiveEnvelope,
  type AdaptiveElement,
  type Container,
  type TextBlock,
} from '../../../src/cards/adaptive.js';
import type { Accent } from '../../../src/core/card-model.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { fullModel, minimalModel } from './models.js';

function texts(elements: AdaptiveElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === 'TextBlock') return [e.text];
    if (e.type === 'Container') return texts(e.items);
    return [];
  });
}

describe('toAdaptiveCard', () => {
  it('produces a Teams-ready 1.4 card', () => {
    const card = toAdaptiveCard(fullModel());
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      msteams: { width: 'Full' },
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('passes the validator for minimal models, every accent and a notice', () => {
    const accents: Accent[] = ['default', 'good', 'warning', 'attention', 'accent'];
    for (const accent of accents) {
      expect(validateAdaptiveCard(toAdaptiveCard(minimalModel({ accent })))).toEqual([]);
      expect(
        validateAdaptiveCard(toAdaptiveCard(fullModel({ accent }), { notice: 'Shortened' })),
      ).toEqual([]);
    }
  });

  it('puts source, linked bold title and quiet subtitle in an accent-styled header', () => {
    const header = toAdaptiveCard(fullModel({ accent: 'attention', title: 'Build *failed*' }))
      .body[0] as Container;
    expect(header.type).toBe('Container');
    expect(header.style).toBe('attention');
    const [source, title, subtitle] = header.items as TextBlock[];
    expect(source).toMatchObject({ text: 'GitHub', isSubtle: true });
    expect(title).toMatchObject({
      text: '[Build \\*failed\\*](https://github.com/octo/repo/compare/abc...def)',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    });
    expect(subtitle).toMatchObject({
      text: 'octocat · 2 minutes ago',
      isSubtle: true,
      spacing: 'None',
    });
  });

  it('maps the default accent to the emphasis style', () => {
    const header = toAdaptiveCard(minimalModel({ accent: 'default' })).body[0] as Container;
    expect(header.style).toBe('emphasis');
  });

  it('leaves the title unlinked when the title URL is not http(s)', () => {
    const card = toAdaptiveCard(fullModel({ title: 'T', titleUrl: 'javascript:alert(1)' }));
    expect(texts(card.body)).toContain('T');
    expect(JSON.stringify(card)).not.toContain('javascript:');
  });

  it('escapes the text and keeps its line breaks as paragraphs', () => {
    const card = toAdaptiveCard(fullModel({ text: 'Hello *world*\n- not a list\n<at>Bob</at>' }));
    // A zero-width space, not a backslash, keeps the line from becoming a list item.
    expect(texts(card.body)).toContain('Hello \\*world\\*\n\n\u200B- not a list\n\n‹at>Bob‹/at>');
  });

  it('leaves text that Markdown would not format as written', () => {
    const card = toAdaptiveCard(
      fullModel({
        text: 'Bumped 0.0.1 to 1.5x faster\nstatus in_progress',
        facts: [{ title: 'snake_case_name', value: 'v1.2.3 C# 50% off' }],
      }),
    );
    expect(texts(card.body)).toContain('Bumped 0.0.1 to 1.5x faster\n\nstatus in_progress');
    expect(card.body.find((e) => e.type === 'FactSet')).toEqual({
      type: 'FactSet',
      facts: [{ title: 'snake_case_name', value: 'v1.2.3 C# 50% off' }],
    });
  });

  it('leaves out a text block whose text is only invisible characters', () => {
    const card = toAdaptiveCard(minimalModel({ text: '\u202E\u0007 \n\u200F' }));
    expect(card.body).toHaveLength(2);
  });

  it('renders facts as an escaped {title, value} FactSet', () => {
    const card = toAdaptiveCard(
      fullModel({ facts: [{ title: 'Labels', value: 'bug, *urgent*' }] }),
    );
    const factSet = card.body.find((e) => e.type === 'FactSet');
    expect(factSet).toEqual({
      type: 'FactSet',
      facts: [{ title: 'Labels', value: 'bug, \\*urgent\\*' }],
    });
  });

  it('renders one line per list item and a linked "… and N more" line', () => {
    const lines = texts(toAdaptiveCard(fullModel()).body);
    expect(lines).toContain(
      '`abc1234` [Fix the parser](https://github.com/octo/repo/commit/abc1234) — octocat',
    );
    expect(lines).toContain('`def5678` [Add tests](https://github.com/octo/repo/commit/def5678)');
    expect(lines).toContain(
      '[… and 1 more commits](https://github.com/octo/repo/compare/abc...def)',
    );
  });

  it('omits the "more" line when the whole list is shown', () => {
    const model = fullModel();
    model.list!.total = model.list!.items.length;
    expect(texts(toAdaptiveCard(model).body).some((t) => t.includes('more commits'))).toBe(false);
  });

  it('turns https links into at most five OpenUrl actions and never Submit', () => {
    const links = [
      { title: 'bad', url: 'javascript:alert(1)' },
      { title: 'plain http', url: 'http://x.example/' },
      ...Array.from({ length: 8 }, (_, i) => ({ title: `L${i}`, url: `https://x.example/${i}` })),
    ];
    const card = toAdaptiveCard(fullModel({ links }));
    expect(card.actions).toHaveLength(MAX_BUTTONS);
    expect(card.actions![0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'L0',
      url: 'https://x.example/0',
    });
    expect(card.actions!.every((a) => a.type === 'Action.OpenUrl')).toBe(true);
    expect(JSON.stringify(card)).not.toMatch(/Action\.Submit|javascript:/);
  });

  it('leaves actions out when there are no usable links', () => {
    expect(toAdaptiveCard(minimalModel())).not.toHaveProperty('actions');
  });

  it('falls back to the summary when the title is blank', () => {
    const header = toAdaptiveCard(minimalModel({ title: '  ' })).body[0] as Container;
    expect((header.items[1] as TextBlock).text).toBe('Card moved');
  });
});

describe('toAdaptiveEnvelope', () => {
  it('wraps the card in the message envelope Workflows loops over', () => {
    const card = toAdaptiveCard(minimalModel());
    expect(toAdaptiveEnvelope(card)).toEqual({
      type: 'message',
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card },
      ],
    });
    // contentUrl must be present as null, not missing.
    expect(JSON.stringify(toAdaptiveEnvelope(card))).toContain('"contentUrl":null');
  });
});
