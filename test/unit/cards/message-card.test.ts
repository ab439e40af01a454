import { describe, expect, it } from 'vitest';
import { MAX_BUTTONS } from '../../../src/cards/buttons.js';
import { toMessageCard } from '../../../src/cards/message-card.js';
import { fullModel, minimalModel } from './models.js';

describe('toMessageCard', () => {
  it('has the MessageCard type, context, colour and a summary', () => {
    const card = toMessageCard(fullModel({ accent: 'attention' }));
    expect(card['@type']).toBe('MessageCard');
    expect(card['@context']).toBe('https://schema.org/extensions');
    expect(card.themeColor).toBe('D13438');
    expect(card.summary).toBe('octocat pushed 3 commits to main');
  });

  it('never sends an empty summary (Teams answers 400 "Summary or Text is required.")', () => {
    expect(toMessageCard(minimalModel({ summary: '' })).summary).toBe('Card moved to Done');
    expect(toMessageCard(minimalModel({ summary: ' ', title: '' })).summary).toBe('Trello');
    expect(toMessageCard(minimalModel({ summary: '', title: '', source: '' })).summary).toBe(
      'Notification',
    );
    expect(toMessageCard(minimalModel({ summary: 'a\nb' })).summary).toBe('a b');
  });

  it('renders facts as escaped {name, value}', () => {
    const card = toMessageCard(
      fullModel({
        facts: [
          { title: 'Branch', value: 'feat_x' },
          { title: '*a*', value: '_b_' },
        ],
      }),
    );
    expect(card.sections).toHaveLength(1);
    expect(card.sections[0].facts).toEqual([
      { name: 'Branch', value: 'feat_x' },
      { name: '\\*a\\*', value: '\\_b\\_' },
    ]);
    expect(JSON.stringify(card.sections[0].facts)).not.toContain('"title"');
  });

  it('puts source and subtitle in the section header and links the title', () => {
    // Link text never starts a line, so its '#' cannot make a heading and stays as written.
    const card = toMessageCard(fullModel({ title: '# Release *1.0*' }));
    expect(card.title).toBe(
      '[# Release \\*1.0\\*](https://github.com/octo/repo/compare/abc...def)',
    );
    expect(card.sections[0]).toMatchObject({
      activityTitle: 'GitHub',
      activitySubtitle: 'octocat · 2 minutes ago',
      markdown: true,
    });
  });

  it('puts escaped text and the list in the section text, as paragraphs', () => {
    const text = toMessageCard(fullModel({ text: 'Line *one*\nLine two' })).sections[0].text;
    expect(text).toBe(
      [
        'Line \\*one\\*',
        'Line two',
        '`abc1234` [Fix the parser](https://github.com/octo/repo/commit/abc1234) — octocat',
        '`def5678` [Add tests](https://github.com/octo/repo/commit/def5678)',
        '[… and 1 more commits](https://github.com/octo/repo/compare/abc...def)',
      ].join('\n\n'),
    );
  });

  it('omits section text when there is nothing to say', () => {
    expect(toMessageCard(minimalModel()).sections[0]).not.toHaveProperty('text');
  });

  it('turns https links into OpenUri actions only', () => {
    const links = [
      { title: 'bad', url: 'javascript:alert(1)' },
      ...Array.from({ length: 7 }, (_, i) => ({ title: `L${i}`, url: `https://x.example/${i}` })),
    ];
    const card = toMessageCard(fullModel({ links }));
    expect(card.potentialAction).toHaveLength(MAX_BUTTONS);
    expect(card.potentialAction![0]).toEqual({
      '@type': 'OpenUri',
      name: 'L0',
      targets: [{ os: 'default', uri: 'https://x.example/0' }],
    });
    expect(JSON.stringify(card)).not.toContain('javascript:');
    expect(toMessageCard(minimalModel())).not.toHaveProperty('potentialAction');
  });

  it('shows a notice in italics at the end of the text', () => {
    const text = toMessageCard(minimalModel(), { notice: 'Shortened.' }).sections[0].text;
    expect(text).toBe('_Shortened._');
    // Underscores inside would pair with the wrapper's.
    const odd = toMessageCard(minimalModel(), { notice: 'Cut_ to _fit' }).sections[0].text;
    expect(odd).toBe('_Cut\\_ to \\_fit_');
  });
});
