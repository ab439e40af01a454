/** Wording shared by every sender's cards. Pure; all output is plain text. */
import type { CardFact } from '../../core/card-model.js';

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** snake_case words as lower-case prose: `ready_for_review` → `ready for review`. */
export function snakeToWords(token: string): string {
  return token.replace(/_+/g, ' ').trim();
}

/** camelCase words as a sentence: `addAttachmentToCard` → `Add attachment to card`. */
export function camelToWords(token: string): string {
  return capitalize(token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Facts whose value is missing or empty are left out rather than shown blank. */
export function facts(...entries: [string, string | number | undefined][]): CardFact[] {
  return entries
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([title, value]) => ({ title, value: String(value) }));
}

/** ISO 8601 with a time and an offset. `Date.parse` alone accepts loose text. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `2024-05-21T10:15:00.000Z` → `2024-05-21 10:15 UTC`, the same for every reader whatever
 * the server's time zone; undefined when `iso` is not such a date.
 */
export function utcMinute(iso: string | undefined): string | undefined {
  if (iso === undefined || !ISO_DATE_TIME.test(iso)) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const text = new Date(time).toISOString();
  // An offset can carry a date past year 9999, which toISOString writes with six digits.
  if (text.length !== 24) return undefined;
  return `${text.slice(0, 16).replace('T', ' ')} UTC`;
}

/** A time as `utcMinute` writes it; the sender's own string when it is not such a date. */
export function formatTime(iso: string | undefined): string | undefined {
  return utcMinute(iso) ?? iso;
}
