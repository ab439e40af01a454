import type { CardModel } from '../../../src/core/card-model.js';

/** A realistic push-style model with every part filled in. */
export function fullModel(overrides: Partial<CardModel> = {}): CardModel {
  return {
    source: 'GitHub',
    summary: 'octocat pushed 3 commits to main',
    title: 'octo/repo: 3 new commits on main',
    titleUrl: 'https://github.com/octo/repo/compare/abc...def',
    subtitle: 'octocat · 2 minutes ago',
    accent: 'accent',
    text: 'First line of the release notes.\nSecond line.',
    facts: [
      { title: 'Repository', value: 'octo/repo' },
      { title: 'Branch', value: 'main' },
    ],
    list: {
      label: 'commits',
      items: [
        {
          code: 'abc1234',
          text: 'Fix the parser',
          url: 'https://github.com/octo/repo/commit/abc1234',
          detail: 'octocat',
        },
        { code: 'def5678', text: 'Add tests', url: 'https://github.com/octo/repo/commit/def5678' },
      ],
      total: 3,
      moreUrl: 'https://github.com/octo/repo/compare/abc...def',
    },
    links: [{ title: 'View on GitHub', url: 'https://github.com/octo/repo' }],
    ...overrides,
  };
}

/** Only the required parts. */
export function minimalModel(overrides: Partial<CardModel> = {}): CardModel {
  return {
    source: 'Trello',
    summary: 'Card moved',
    title: 'Card moved to Done',
    accent: 'default',
    facts: [],
    links: [],
    ...overrides,
  };
}

/** A push with 500 commits and 50 KB of text: far over any Teams size limit. */
export function hugeModel(): CardModel {
  const items = Array.from({ length: 500 }, (_, i) => ({
    code: `${i}`.padStart(7, '0'),
    text: `Commit message number ${i} with some *markdown* and words`,
    url: `https://github.com/octo/repo/commit/${i}`,
    detail: `author-${i}`,
  }));
  return fullModel({
    text: 'Lorem ipsum dolor sit amet. '.repeat(1900).slice(0, 50 * 1024),
    facts: Array.from({ length: 30 }, (_, i) => ({ title: `Field ${i}`, value: 'v'.repeat(400) })),
    list: {
      label: 'commits',
      items,
      total: 500,
      moreUrl: 'https://github.com/octo/repo/compare/a...b',
    },
  });
}
