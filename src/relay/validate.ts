import type { ZodType, ZodTypeDef } from 'zod/v3';
import { RelayError } from '../core/errors.js';

/** Validate a request body at the boundary; the error names each bad field. */
export function parseBody<T>(schema: ZodType<T, ZodTypeDef, unknown>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new RelayError('VALIDATION_FAILED', problems.join('; '), { problems });
}
