/**
 * Removing actions that call back into a service from any card payload (Adaptive, MessageCard,
 * or an envelope holding either) before it is sent. Pure: returns a copy, never mutates.
 *
 * `Action.Submit` always goes: incoming webhooks have no bot to receive it. When the org has
 * actionable messages off, `Action.Http` / `Action.Execute` and MessageCard `HttpPOST` /
 * `ActionCard` (and `InvokeAddInCommand`, which calls an Outlook add-in) go too. Links
 * (`Action.OpenUrl`, `OpenUri`) and client-side actions (`Action.ShowCard`,
 * `Action.ToggleVisibility`) stay; a ShowCard's inner card is cleaned too, and a ShowCard
 * left with nothing to show goes. A card's `refresh` whose action went is dropped whole.
 */

const ALWAYS_STRIPPED = ['action.submit'];
const CALLBACK_ACTIONS = [
  'action.http',
  'action.execute',
  'httppost',
  'actioncard',
  'invokeaddincommand',
];

export interface StripOptions {
  actionableMessagesEnabled: boolean;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adaptive elements name their kind in `type`, MessageCard actions in `@type`. */
function kindOf(value: Json): string | undefined {
  const kind = value.type ?? value['@type'];
  // Compared case-insensitively: stripping an action a client would have rendered is the safe
  // side of any doubt about how strictly a host matches type names.
  return typeof kind === 'string' ? kind.toLowerCase() : undefined;
}

function isStripped(value: unknown, stripped: readonly string[]): boolean {
  if (!isObject(value)) return false;
  const kind = kindOf(value);
  return kind !== undefined && stripped.includes(kind);
}

/** An ActionSet whose every action was removed would be an empty, invalid element. */
function isEmptyActionSet(value: unknown): boolean {
  return (
    isObject(value) &&
    kindOf(value) === 'actionset' &&
    Array.isArray(value.actions) &&
    value.actions.length === 0
  );
}

const isEmpty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

/** A ShowCard whose card, once cleaned, has nothing in it would open onto nothing. */
function isEmptyShowCard(value: unknown): boolean {
  if (!isObject(value) || kindOf(value) !== 'action.showcard') return false;
  const card = value.card;
  return !isObject(card) || (isEmpty(card.body) && isEmpty(card.actions));
}

/** A `refresh` only exists for its action (Action.Execute): without it, it is invalid. */
function isOrphanRefresh(key: string, value: unknown): boolean {
  return key === 'refresh' && isObject(value) && value.action === undefined;
}

function walk(value: unknown, stripped: readonly string[]): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((entry) => !isStripped(entry, stripped))
      .map((entry) => walk(entry, stripped))
      .filter((entry) => !isEmptyActionSet(entry) && !isEmptyShowCard(entry));
  }
  if (!isObject(value)) return value;
  // Object.fromEntries defines keys, so a payload's own "__proto__" key stays a plain key.
  return Object.fromEntries(
    Object.entries(value)
      // Covers `selectAction`, `refresh.action` and an action used as another's `fallback`.
      .filter(([, child]) => !isStripped(child, stripped))
      .map(([key, child]): [string, unknown] => [key, walk(child, stripped)])
      .filter(([key, child]) => !isOrphanRefresh(key, child)),
  );
}

export function stripCallbackActions(payload: unknown, opts: StripOptions): unknown {
  const stripped = opts.actionableMessagesEnabled
    ? ALWAYS_STRIPPED
    : [...ALWAYS_STRIPPED, ...CALLBACK_ACTIONS];
  return walk(payload, stripped);
}
