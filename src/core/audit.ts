/**
 * What an operation says it changed, for the audit log: the edge adds who and when. Pure:
 * masking happens here, so no secret reaches the log whatever a handler hands in.
 */
export interface AuditDraft {
  /** `<thing>.<verb>`: `org.update`, `connector.delete`, … */
  action: string;
  target: { type: string; id?: string | undefined };
  before?: unknown;
  after?: unknown;
}

/** Fields that hold credentials, wherever they occur: replaced by a mask. */
const SECRET_NAME =
  /^(webhookurl|ingesturl|callbackurl|secrets?|token|tokenhash|password)$|(token|secret|secrets|password)$/i;

/** Shown instead of a secret: that there was one, never any of it. */
export const MASKED = '[masked]';

/** A copy of `value` with every secret-named field masked, bounded in depth. */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return MASKED;
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      // A flag such as `hasSecret` says nothing secret; any value that could hold one goes.
      SECRET_NAME.test(key) && child !== undefined && child !== null && typeof child !== 'boolean'
        ? MASKED
        : maskSecrets(child, depth + 1),
    ]),
  );
}

/** The fields a change touched, before and after: an unchanged field is left out of both. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    b[key] = before[key] ?? null;
    a[key] = after[key] ?? null;
  }
  return { before: b, after: a };
}
