import type { ZodType, core } from 'zod';
import { RelayError } from '../core/errors.js';

/** Validate a request body at the boundary; the error names each bad field. */
export function parseBody<T>(schema: ZodType<T>, body: unknown): T {
  return parseAt(schema, body ?? {}, '', '(body)');
}

/** Validate the query string; the error names each bad parameter as `query.<name>`. */
export function parseQuery<T>(schema: ZodType<T>, query: unknown): T {
  return parseAt(schema, query ?? {}, 'query.', '(query)');
}

function parseAt<T>(schema: ZodType<T>, value: unknown, prefix: string, whole: string): T {
  const result = schema.safeParse(value, { error: missingIsRequired });
  if (result.success) return result.data;
  const problems = dropAfterTypeErrors(result.error.issues).map((i) =>
    i.path.length > 0 ? `${prefix}${i.path.join('.')}: ${i.message}` : `${whole}: ${i.message}`,
  );
  throw new RelayError('VALIDATION_FAILED', problems.join('; '), { problems });
}

/**
 * An absent field reads "Required" rather than zod's "expected …, received undefined" (or, for
 * an enum, only the options): the client learns the field is missing. Messages the schemas set
 * themselves take precedence over this one.
 */
function missingIsRequired(issue: { code: string; input?: unknown }): string | undefined {
  const wrongValue = issue.code === 'invalid_type' || issue.code === 'invalid_value';
  return wrongValue && issue.input === undefined ? 'Required' : undefined;
}

/**
 * Drops what zod 4 adds after a field's type error: its length checks still run on whatever
 * has a length, so an array sent as a name would also read "expected array to have >=1 items".
 * The type error says all there is to say.
 */
function dropAfterTypeErrors(issues: readonly core.$ZodIssue[]): core.$ZodIssue[] {
  const wrongType = new Set<string>();
  return issues.filter((issue) => {
    const at = JSON.stringify(issue.path);
    if (wrongType.has(at)) return false;
    if (issue.code === 'invalid_type') wrongType.add(at);
    return true;
  });
}
