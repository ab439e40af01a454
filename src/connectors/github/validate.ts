import type { z } from 'zod';
import type { GitHubEvent } from '../../core/events/github.js';

/** What a normaliser makes of a payload; `interpret` turns it into an `Interpretation`. */
export type NormalizeResult =
  | { kind: 'event'; event: GitHubEvent }
  /** Valid, but repeats news another delivery of the same change already carries. */
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; message: string };

export type ValidateResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Issues listed in a malformed-payload message; the first few are enough to fix a sender. */
const MAX_ISSUES = 5;

/**
 * Runs `schema` over an untrusted payload and, on failure, names the offending fields
 * ("push payload is missing ref; repository.html_url: Expected an http(s) URL").
 */
export function validate<S extends z.ZodTypeAny>(
  schema: S,
  payload: unknown,
  eventName: string,
): ValidateResult<z.output<S>> {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, data: result.data as z.output<S> };
  return { ok: false, message: `${eventName} payload ${describe(result.error.issues)}` };
}

function describe(issues: readonly z.ZodIssue[]): string {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    if (issue.code === 'invalid_type' && issue.received === 'undefined') missing.push(path);
    else invalid.push(`${path}: ${issue.message}`);
  }
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`is missing ${missing.join(', ')}`);
  if (invalid.length > 0) parts.push(`has invalid ${invalid.join('; ')}`);
  return parts.join('; ');
}
