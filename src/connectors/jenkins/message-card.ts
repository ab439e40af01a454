import { inert } from '../kit/inert.js';
import { LIMITS } from './limits.js';
import type { McAction, MessageCardInput, MessageCardSection } from './schema.js';

/**
 * The plugin's MessageCard rebuilt for passing on to legacy O365 channels as it is: the
 * fields a MessageCard defines, text made inert, `#RRGGBB` colours as the bare hex digits
 * Teams expects, and links as `OpenUri` actions (the plugin's `ViewAction` is the older,
 * Outlook-only spelling). Actions that call back into a service are removed: nothing behind
 * a webhook can receive them. A link to a plain-http page is not a button on any card the
 * relay sends; since the card would then lose it, there is no finished card and the card
 * model (whose title still links the page) is rendered instead.
 */

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org/extensions';

/** `#00FF00`, `00ff00`, `#0F0` → `00FF00`; anything else is left out. */
export function themeHex(color: string | undefined): string | undefined {
  const hex = color?.trim().replace(/^#/, '');
  if (hex === undefined) return undefined;
  if (/^[0-9a-f]{6}$/i.test(hex)) return hex.toUpperCase();
  if (/^[0-9a-f]{3}$/i.test(hex))
    return [...hex]
      .map((c) => c + c)
      .join('')
      .toUpperCase();
  return undefined;
}

interface Rebuild {
  lost: boolean;
}

function openUri(actions: readonly McAction[], state: Rebuild): Json[] {
  const out: Json[] = [];
  for (const action of actions) {
    if (action.kind !== 'link') continue;
    if (!/^https:\/\//i.test(action.url)) {
      state.lost = true;
      continue;
    }
    if (out.length === LIMITS.actions) break;
    out.push({
      '@type': 'OpenUri',
      name: inert(action.name),
      targets: [{ os: 'default', uri: action.url }],
    });
  }
  return out;
}

function setText(to: Json, key: string, value: string | undefined): void {
  if (value !== undefined && value.trim().length > 0) to[key] = inert(value);
}

function section(from: MessageCardSection, state: Rebuild): Json {
  const to: Json = {};
  setText(to, 'title', from.title);
  setText(to, 'activityTitle', from.activityTitle);
  setText(to, 'activitySubtitle', from.activitySubtitle);
  setText(to, 'activityText', from.activityText);
  setText(to, 'text', from.text);
  if (from.startGroup === true) to.startGroup = true;
  if (from.markdown !== undefined) to.markdown = from.markdown;
  if (from.facts.total > LIMITS.facts) state.lost = true;
  const facts = from.facts.items
    .filter((f) => f.value.length > 0)
    .map((f) => ({ name: inert(f.name), value: inert(f.value) }));
  if (facts.length > 0) to.facts = facts;
  const actions = openUri(from.potentialAction.items, state);
  if (actions.length > 0) to.potentialAction = actions;
  return to;
}

/** The cleaned card, or undefined when passing it on would lose a link (see above). */
export function rebuildMessageCard(card: MessageCardInput, summary: string): Json | undefined {
  const state: Rebuild = { lost: false };
  const to: Json = { '@type': 'MessageCard', '@context': CONTEXT, summary: inert(summary) };
  const color = themeHex(card.themeColor);
  if (color !== undefined) to.themeColor = color;
  setText(to, 'title', card.title);
  setText(to, 'text', card.text);
  const sections = card.sections.items.map((s) => section(s, state));
  if (sections.length > 0) to.sections = sections;
  const actions = openUri(card.potentialAction.items, state);
  if (actions.length > 0) to.potentialAction = actions;
  return state.lost ? undefined : to;
}
