import type { Accent, CardLink, CardModel } from '../../core/card-model.js';
import { camelToWords, facts, snakeToWords } from '../kit/wording.js';
import type { DatadogEvent } from './events.js';

export const SOURCE = 'Datadog';

/** Colours by transition: triggered is red, warn and no data need a look, recovered is green. */
const TRANSITION_ACCENTS: ReadonlyMap<string, Accent> = new Map([
  ['triggered', 'attention'],
  ['re_triggered', 'attention'],
  ['warn', 'warning'],
  ['re_warn', 'warning'],
  ['no_data', 'warning'],
  ['re_no_data', 'warning'],
  ['recovered', 'good'],
]);

/** `$ALERT_TYPE`, for templates without a transition. */
const ALERT_TYPE_ACCENTS: ReadonlyMap<string, Accent> = new Map([
  ['error', 'attention'],
  ['warning', 'warning'],
  ['success', 'good'],
  ['info', 'accent'],
]);

function accentOf(e: DatadogEvent): Accent {
  return (
    TRANSITION_ACCENTS.get(e.event) ??
    ALERT_TYPE_ACCENTS.get(e.alertType?.toLowerCase() ?? '') ??
    'default'
  );
}

/** Datadog's own title, which already starts with the transition; otherwise one is made. */
function titleOf(e: DatadogEvent): string {
  const base = e.title ?? (e.eventType ? `Datadog ${snakeToWords(e.eventType)}` : undefined);
  if (base === undefined) {
    return e.transition ? `[${e.transition}] Datadog monitor` : 'Datadog notification';
  }
  const says =
    e.transition !== undefined && base.toLowerCase().includes(e.transition.toLowerCase());
  return e.transition && !says ? `[${e.transition}] ${base}` : base;
}

/** `build_number` / `buildNumber` → "Build number". */
function label(key: string): string {
  return camelToWords(snakeToWords(key).replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()));
}

export function datadogCard(e: DatadogEvent): CardModel {
  const title = titleOf(e);
  const titleUrl =
    e.link ?? e.links.find((l) => /^monitor status$/i.test(l.title))?.url ?? e.links[0]?.url;
  const subtitle = [e.org ? `Org ${e.org}` : undefined, e.eventType && snakeToWords(e.eventType)]
    .filter(Boolean)
    .join(' · ');
  const links: CardLink[] = [
    ...(e.link ? [{ title: 'Open in Datadog', url: e.link }] : []),
    ...e.links.filter((l) => l.url !== e.link),
  ];
  return {
    source: SOURCE,
    summary: e.priority ? `${title} (${e.priority})` : title,
    title,
    ...(titleUrl ? { titleUrl } : {}),
    ...(subtitle ? { subtitle } : {}),
    accent: accentOf(e),
    ...(e.text ? { text: e.text } : {}),
    facts: facts(
      ['Transition', e.transition],
      ['Priority', e.priority],
      ['Host', e.host],
      ['Scope', e.scope],
      ['Metric', e.metric],
      ['Tags', e.tags.join(', ')],
      ['Date', e.date],
      ...e.extra.map(([key, value]): [string, string] => [label(key), value]),
    ),
    links,
  };
}
