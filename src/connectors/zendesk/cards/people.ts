import type { Accent, CardModel } from '../../../core/card-model.js';
import type { ZendeskPersonEvent } from '../events.js';
import { SOURCE, capitalize, facts, shown, snakeToWords, utc } from './common.js';

/** Boolean changes that read as a verb: `User ada@example.com deactivated`. */
const TOGGLES: ReadonlyMap<string, { on: string; off: string }> = new Map([
  ['active_changed', { on: 'reactivated', off: 'deactivated' }],
  ['suspended_changed', { on: 'suspended', off: 'unsuspended' }],
  [
    'only_private_comments_changed',
    { on: 'limited to private comments', off: 'allowed public comments' },
  ],
]);

/** `active_changed` → `active`; undefined for events that are not a change of one field. */
function changedField(event: string): string | undefined {
  return event.endsWith('_changed') ? event.slice(0, -'_changed'.length) : undefined;
}

function headline(e: ZendeskPersonEvent, name: string): string {
  const kind = capitalize(e.type);
  const who = name ? ` ${name}` : '';
  if (e.event === 'created') return `New ${e.type}${who}`;
  const toggle = TOGGLES.get(e.event);
  const to = e.change?.to;
  if (toggle && (to === 'true' || to === 'false')) {
    return `${kind}${who} ${to === 'true' ? toggle.on : toggle.off}`;
  }
  const field = changedField(e.event);
  if (field) return `${kind}${who} ${snakeToWords(field)} changed`;
  return `${kind}${who} ${snakeToWords(e.event)}`;
}

function accent(e: ZendeskPersonEvent): Accent {
  if (e.event === 'deleted') return 'attention';
  if (e.event === 'suspended_changed' && e.change?.to === 'true') return 'warning';
  if (e.event === 'active_changed' && e.change?.to === 'false') return 'warning';
  return e.event === 'created' ? 'accent' : 'default';
}

/** Users and organisations: `User ada@example.com deactivated`, `New organization Acme`. */
export function personCard(e: ZendeskPersonEvent): CardModel {
  const name = e.email ?? e.name ?? (e.id ? `#${e.id}` : '');
  const title = headline(e, name);
  const field = changedField(e.event);
  const change =
    field && e.change && !TOGGLES.has(e.event)
      ? `${shown(e.change.from) ?? '?'} → ${shown(e.change.to) ?? '?'}`
      : undefined;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: utc(e.time),
    accent: accent(e),
    facts: facts(
      [capitalize(snakeToWords(field ?? 'change')), change],
      ['Name', e.name !== name ? e.name : undefined],
      ['Email', e.email !== name ? e.email : undefined],
      ['Role', shown(e.role)],
      [e.type === 'user' ? 'User ID' : 'Organization ID', e.id],
    ),
    links: e.url ? [{ title: `View ${e.type}`, url: e.url }] : [],
  };
}
