import { describe, expect, it } from 'vitest';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';

function card(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    msteams: { width: 'Full' },
    body: [{ type: 'TextBlock', text: 'hello', wrap: true }],
    ...overrides,
  };
}

/** The validator guards every renderer test, so it must be shown to fail. */
describe('validateAdaptiveCard', () => {
  it('accepts a well-formed 1.4 card', () => {
    expect(validateAdaptiveCard(card())).toEqual([]);
  });

  it('rejects an unknown element type', () => {
    const problems = validateAdaptiveCard(card({ body: [{ type: 'Marquee', text: 'x' }] }));
    expect(problems.join('\n')).toMatch(/Unknown element type "Marquee"/);
  });

  it('rejects elements newer than 1.4', () => {
    const problems = validateAdaptiveCard(
      card({ body: [{ type: 'Table', columns: [], rows: [] }] }),
    );
    expect(problems.join('\n')).toMatch(/Unknown element type "Table"/);
  });

  it('rejects any version but 1.4, including a missing or unparseable one', () => {
    expect(validateAdaptiveCard(card({ version: '1.5' })).join('\n')).toMatch(/version/);
    expect(validateAdaptiveCard(card({ version: undefined })).join('\n')).toMatch(/version/);
    expect(validateAdaptiveCard(card({ version: 'abc' })).join('\n')).toMatch(/version/);
  });

  it('rejects invalid property values', () => {
    const problems = validateAdaptiveCard(
      card({ body: [{ type: 'TextBlock', text: 'x', size: 'Enormous' }] }),
    );
    expect(problems.join('\n')).toMatch(/Invalid value "Enormous" for property "size"/);
  });

  it('rejects MessageCard-style facts, which Adaptive silently drops', () => {
    const problems = validateAdaptiveCard(
      card({ body: [{ type: 'FactSet', facts: [{ name: 'Repo', value: 'a/b' }] }] }),
    );
    expect(problems.join('\n')).toMatch(/facts\[0\]\.name: dropped/);
  });

  it('rejects an OpenUrl action without a url', () => {
    const problems = validateAdaptiveCard(
      card({ actions: [{ type: 'Action.OpenUrl', title: 'x' }] }),
    );
    expect(problems.join('\n')).toMatch(/"url" must be set/);
  });

  it('rejects Action.Submit anywhere, even inside a ShowCard', () => {
    const inner = card({ actions: [{ type: 'Action.Submit', title: 'Send' }] });
    delete inner.msteams;
    const problems = validateAdaptiveCard(
      card({ actions: [{ type: 'Action.ShowCard', title: 'More', card: inner }] }),
    );
    expect(problems.join('\n')).toMatch(/Action\.Submit is not supported/);
  });

  it('rejects a card that is not an AdaptiveCard or lacks full width', () => {
    expect(validateAdaptiveCard(card({ type: 'MessageCard' })).join('\n')).toMatch(/AdaptiveCard/);
    expect(validateAdaptiveCard(card({ msteams: undefined })).join('\n')).toMatch(/msteams/);
  });
});
