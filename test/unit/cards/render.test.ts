import { describe, expect, it } from 'vitest';
import { toAdaptiveCard, toAdaptiveEnvelope } from '../../../src/cards/adaptive.js';
import { MIN_MAX_BYTES, TRUNCATION_NOTICE } from '../../../src/cards/budget.js';
import { toMessageCard } from '../../../src/cards/message-card.js';
import { cardFormatFor, renderCard, type RenderTarget } from '../../../src/cards/render.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { fullModel, hugeModel, minimalModel } from './models.js';

const WORKFLOWS: RenderTarget = { kind: 'workflows', o365Format: 'messagecard' };
const OTHER: RenderTarget = { kind: 'other', o365Format: 'messagecard' };
const O365: RenderTarget = { kind: 'o365', o365Format: 'messagecard' };
const O365_ADAPTIVE: RenderTarget = { kind: 'o365', o365Format: 'adaptive' };
const ALL_TARGETS = [WORKFLOWS, OTHER, O365, O365_ADAPTIVE];

const LIMIT = 24 * 1024;

interface Body {
  type?: string;
  attachments?: { content: Body }[];
  [key: string]: unknown;
}

/** The card inside whichever wrapper the format uses. */
function cardOf(body: Body): Body {
  return body.type === 'message' ? body.attachments![0]!.content : body;
}

describe('format selection', () => {
  it('sends Adaptive to Workflows and other URLs whatever the O365 setting says', () => {
    expect(cardFormatFor(WORKFLOWS)).toBe('adaptive');
    expect(cardFormatFor({ kind: 'workflows', o365Format: 'adaptive' })).toBe('adaptive');
    expect(cardFormatFor(OTHER)).toBe('adaptive');
  });

  it('sends MessageCard to O365 unless the channel asked for Adaptive', () => {
    expect(cardFormatFor(O365)).toBe('messagecard');
    expect(cardFormatFor(O365_ADAPTIVE)).toBe('adaptive');
  });

  it('renders exactly the envelope or the MessageCard', () => {
    const model = fullModel();
    const adaptive = renderCard(model, WORKFLOWS);
    expect(adaptive.format).toBe('adaptive');
    expect(adaptive.body).toBe(JSON.stringify(toAdaptiveEnvelope(toAdaptiveCard(model))));
    expect(JSON.parse(renderCard(model, O365_ADAPTIVE).body)).toMatchObject({ type: 'message' });

    const legacy = renderCard(model, O365);
    expect(legacy.format).toBe('messagecard');
    expect(legacy.body).toBe(JSON.stringify(toMessageCard(model)));
    expect(JSON.parse(legacy.body)).toMatchObject({ '@type': 'MessageCard' });
  });
});

describe('size budget', () => {
  it('leaves a card that fits alone and reports its UTF-8 size', () => {
    const rendered = renderCard(fullModel({ text: 'Grüße 😀' }), WORKFLOWS);
    expect(rendered.truncated).toBe(false);
    expect(rendered.bytes).toBe(Buffer.byteLength(rendered.body, 'utf8'));
    expect(rendered.bytes).toBeGreaterThan(rendered.body.length);
    expect(rendered.body).not.toContain(TRUNCATION_NOTICE);
  });

  for (const target of ALL_TARGETS) {
    it(`fits 500 commits and 50 KB of text under 24 KB, visibly (${target.kind}/${target.o365Format})`, () => {
      const rendered = renderCard(hugeModel(), target);
      expect(rendered.bytes).toBeLessThanOrEqual(LIMIT);
      expect(Buffer.byteLength(rendered.body, 'utf8')).toBe(rendered.bytes);
      expect(rendered.truncated).toBe(true);

      const card = cardOf(JSON.parse(rendered.body) as Body);
      const json = JSON.stringify(card);
      // Some commits are still shown, and the rest are counted and linked.
      const shown = (json.match(/\/commit\/\d+\)/g) ?? []).length;
      expect(shown).toBeGreaterThan(0);
      expect(json).toContain(
        `[… and ${500 - shown} more commits](https://github.com/octo/repo/compare/a...b)`,
      );
      expect(json).toContain(TRUNCATION_NOTICE);
      // The text survives as an excerpt, marked as cut.
      expect(json).toMatch(/Lorem ipsum[^"]*…/);
      if (rendered.format === 'adaptive') expect(validateAdaptiveCard(card)).toEqual([]);
    });
  }

  it('honours a smaller maxBytes', () => {
    const rendered = renderCard(hugeModel(), WORKFLOWS, { maxBytes: 8 * 1024 });
    expect(rendered.bytes).toBeLessThanOrEqual(8 * 1024);
    expect(rendered.truncated).toBe(true);
    expect(validateAdaptiveCard(cardOf(JSON.parse(rendered.body) as Body))).toEqual([]);
  });

  it('measures bytes, not characters, for multi-byte text', () => {
    // 9 000 emoji: 18 000 UTF-16 units, but 36 000 UTF-8 bytes.
    const rendered = renderCard(minimalModel({ text: '😀'.repeat(9000) }), O365);
    expect(rendered.truncated).toBe(true);
    expect(rendered.bytes).toBeLessThanOrEqual(LIMIT);
  });

  it('fits even when every single part is oversized', () => {
    const long = 'x'.repeat(40_000);
    const url = 'https://x.example/' + 'p'.repeat(30_000);
    const model = minimalModel({
      source: long,
      summary: long,
      title: long,
      titleUrl: url,
      subtitle: long,
      text: long,
      facts: Array.from({ length: 200 }, () => ({ title: long, value: long })),
      links: Array.from({ length: 10 }, () => ({ title: long, url })),
      list: {
        label: 'alerts',
        items: Array.from({ length: 50 }, () => ({ code: long, text: long, url, detail: long })),
        total: 50,
      },
    });
    for (const target of ALL_TARGETS) {
      for (const maxBytes of [LIMIT, MIN_MAX_BYTES]) {
        const rendered = renderCard(model, target, { maxBytes });
        expect(rendered.bytes).toBeLessThanOrEqual(maxBytes);
        expect(rendered.truncated).toBe(true);
        const card = cardOf(JSON.parse(rendered.body) as Body);
        expect(JSON.stringify(card)).toMatch(/… and (47|50) more alerts/);
        expect(JSON.stringify(card)).not.toContain('p'.repeat(3000));
        if (rendered.format === 'adaptive') expect(validateAdaptiveCard(card)).toEqual([]);
      }
    }
  });
});
