import type { Locator } from './definition.js';

/**
 * Reads a JSON pointer (RFC 6901) from a parsed body. Own properties only: a pointer such as
 * `/__proto__` or `/constructor` finds what the body itself holds under that name, never
 * what JavaScript objects inherit.
 */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let here: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(here)) {
      if (!/^(?:0|[1-9][0-9]{0,8})$/.test(token)) return undefined;
      here = here[Number(token)];
    } else if (typeof here === 'object' && here !== null && Object.hasOwn(here, token)) {
      here = (here as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return here;
}

/** A scalar as a short string; objects, arrays, empty strings and absent values are none. */
function scalar(value: unknown, max: number): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : undefined;
}

/** The value a locator names in a request, as a string of at most `max` characters. */
export function locate(
  locator: Locator,
  headers: Readonly<Record<string, string | undefined>>,
  payload: unknown,
  max: number,
): string | undefined {
  if ('header' in locator) return scalar(headers[locator.header.toLowerCase()], max);
  return scalar(readPointer(payload, locator.pointer), max);
}

/** Where a locator looks, for messages: `header X-Acme-Event`, `body /id`. */
export function describeLocator(locator: Locator): string {
  return 'header' in locator ? `header ${locator.header}` : `body ${locator.pointer || '(root)'}`;
}
