import { z } from 'zod';
import {
  anyArray,
  cappedString,
  httpUrl,
  listHead,
  loose,
  looseText,
  prose,
} from '../kit/schema.js';
import { excerpt } from '../../core/text.js';
import { LIMITS } from './limits.js';

/**
 * What the relay reads of a MessageCard (the plugin's default format, and what any tool that
 * used an O365 webhook posts). Every field may be missing or odd: it costs the card a detail.
 */

export { listHead };

const text = looseText;

/** Fact values are strings; a number or boolean is shown as written. */
const factValue = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((v) => excerpt(String(v), LIMITS.value));

const fact = z
  .object({ name: prose(LIMITS.line), value: factValue })
  .transform((f) => ({ name: f.name ?? '', value: f.value ?? '' }));

/**
 * A potential action as Teams would treat it on a webhook card: a link to open, a callback
 * into a service (HttpPOST, ActionCard, InvokeAddInCommand), which cannot work through a
 * webhook, or something unusable (a link to a non-http URL, an unknown type).
 */
export type McAction =
  { kind: 'link'; name: string; url: string } | { kind: 'callback' } | { kind: 'unusable' };

const CALLBACKS = new Set(['httppost', 'actioncard', 'invokeaddincommand']);

const firstString = loose(anyArray.transform((all) => all.slice(0, 4))).transform((all) =>
  (all ?? []).filter((t): t is string => typeof t === 'string'),
);

const uriTargets = loose(
  anyArray.transform((all) =>
    all
      .slice(0, 4)
      .flatMap((t): { os?: unknown; uri?: unknown }[] =>
        typeof t === 'object' && t !== null ? [t as { os?: unknown; uri?: unknown }] : [],
      ),
  ),
).transform((all) => all ?? []);

const linkUrl = (value: unknown) => {
  const parsed = httpUrl.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const action = z
  .object({
    '@type': loose(cappedString(40)),
    name: text(LIMITS.line),
    /** ViewAction: `target: ["https://…"]`. */
    target: firstString,
    /** OpenUri: `targets: [{ os: "default", uri: "https://…" }]`. */
    targets: uriTargets,
  })
  .transform((a): McAction => {
    const type = a['@type']?.toLowerCase();
    if (type !== undefined && CALLBACKS.has(type)) return { kind: 'callback' };
    const url =
      type === 'viewaction'
        ? linkUrl(a.target[0])
        : type === 'openuri'
          ? linkUrl((a.targets.find((t) => t.os === 'default') ?? a.targets[0])?.uri)
          : undefined;
    return url ? { kind: 'link', name: a.name ?? 'Open', url } : { kind: 'unusable' };
  });

const section = z.object({
  title: text(LIMITS.line),
  activityTitle: text(LIMITS.line),
  activitySubtitle: text(LIMITS.text),
  activityText: text(LIMITS.text),
  text: text(LIMITS.text),
  markdown: loose(z.boolean()),
  startGroup: loose(z.boolean()),
  facts: listHead(fact, LIMITS.facts),
  potentialAction: listHead(action, LIMITS.actionsRead),
});

/**
 * `@type` is not required: O365 webhooks took `{"text": "…"}` as a card too, and tools that
 * posted to one post such bodies here. Teams needed a summary or a text; so does the relay
 * (or a title or sections, which make a card as well).
 */
export const messageCardSchema = z
  .object({
    summary: text(LIMITS.line),
    title: text(LIMITS.line),
    text: text(LIMITS.text),
    themeColor: loose(cappedString(16)),
    sections: listHead(section, LIMITS.sections),
    potentialAction: listHead(action, LIMITS.actionsRead),
  })
  .refine((c) => Boolean(c.summary ?? c.text ?? c.title) || c.sections.items.length > 0);

export type MessageCardInput = z.output<typeof messageCardSchema>;
export type MessageCardSection = z.output<typeof section>;
