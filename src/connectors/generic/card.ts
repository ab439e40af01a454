import type { Accent, CardModel } from '../../core/card-model.js';
import { camelToWords, facts, snakeToWords } from '../kit/wording.js';
import type { GenericEvent } from './normalize.js';

export const SOURCE = 'Webhook';

/** Status words senders use, by the colour a person expects; checked by word, in this order. */
const ACCENTS: ReadonlyArray<[RegExp, Accent]> = [
  [/\b(fail\w*|error|critical|fatal|firing|down|alert|crit|emergency|high)\b/i, 'attention'],
  [/\b(warn\w*|degraded|medium|pending|unstable)\b/i, 'warning'],
  [/\b(ok|success\w*|succeeded|passed|resolved|up|healthy|done|completed?|fixed)\b/i, 'good'],
];

function accentOf(status: string | undefined): Accent {
  if (status === undefined) return 'default';
  return ACCENTS.find(([pattern]) => pattern.test(status))?.[1] ?? 'accent';
}

/** `build_number` / `buildNumber` → "Build number". */
function label(key: string): string {
  return camelToWords(snakeToWords(key).replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()));
}

export function genericCard(e: GenericEvent): CardModel {
  const { fields } = e;
  const title =
    fields.title ?? (e.event === 'message' ? 'Webhook received' : `${e.event} received`);
  return {
    source: SOURCE,
    summary: fields.status ? `${title} (${fields.status})` : title,
    title,
    ...(fields.url ? { titleUrl: fields.url } : {}),
    ...(e.event !== 'message' ? { subtitle: `Event: ${e.event}` } : {}),
    accent: accentOf(fields.status),
    ...(fields.text ? { text: fields.text } : {}),
    facts: facts(
      ['Status', fields.status],
      ...fields.extra.map(([key, value]): [string, string] => [label(key), value]),
    ),
    links: fields.url ? [{ title: 'Open', url: fields.url }] : [],
  };
}
