/** Shapes every part of the API shares: ids, names, dates and the one error body. */
import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../../core/errors.js';
import { ID_PREFIX, ID_SHAPE, type IdKind } from '../../core/ids.js';
import { responseSchema } from '../http/schema-registry.js';

/** A path id of `kind`: any other shape is answered 404 before the store is asked. */
export function entityId(kind: IdKind) {
  return z
    .string()
    .regex(ID_SHAPE[kind])
    .meta({ description: `A ${kind} id.`, examples: [`${ID_PREFIX[kind]}_Q2ykFh8s3zHe`] });
}

/** Ids in answers: the relay made them, so their shape is documented, not re-checked. */
export const idOut = z.string();
export const dateTime = z.string().meta({ format: 'date-time' });

/** A person-given name: trimmed, then 1-200 characters. */
export const displayName = z.string().trim().min(1).max(200);

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const errorSchema = responseSchema(
  'Error',
  z.object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: 'For people; may change between versions.' }),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'Machine-readable context, e.g. `problems` for VALIDATION_FAILED.' }),
    }),
  }),
  'The one shape of every refusal, whatever the route.',
);
