import { ERROR_STATUS, type ErrorCode } from '../../core/errors.js';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it) or any other OpenAPI object. */
export type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

export const jsonContent = (schema: Json): Json => ({ 'application/json': { schema } });

/**
 * The values of a string union, checked against the union at compile time: leaving one out
 * is a type error, so enums in the document follow the store types they describe.
 */
export function enumOf<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([T] extends [A[number]] ? unknown : { missing: Exclude<T, A[number]> }),
  ): A => values;
}

/** A bounded string; `trimmed` says the server trims before checking the bounds. */
export function str(opts: {
  min?: number;
  max?: number;
  trimmed?: boolean;
  description?: string;
  format?: string;
  examples?: unknown[];
}): Json {
  const { min, max, trimmed, description, ...rest } = opts;
  const notes = [description, trimmed ? 'Surrounding whitespace is trimmed first.' : undefined];
  const text = notes.filter(Boolean).join(' ');
  return {
    type: 'string',
    ...(min !== undefined ? { minLength: min } : {}),
    ...(max !== undefined ? { maxLength: max } : {}),
    // After trimming a blank value is empty, so the server refuses it: no non-space, no value.
    ...(trimmed ? { pattern: '\\S' } : {}),
    ...(text ? { description: text } : {}),
    ...rest,
  };
}

export const obj = (
  properties: Record<string, Json>,
  required: string[],
  opts: { closed?: boolean; description?: string } = {},
): Json => ({
  type: 'object',
  ...(opts.description ? { description: opts.description } : {}),
  required,
  properties,
  ...(opts.closed ? { additionalProperties: false } : {}),
});

export const pathParam = (
  name: string,
  description: string,
  examples?: string[],
  pattern?: string,
): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', ...(pattern ? { pattern } : {}), ...(examples ? { examples } : {}) },
});

/**
 * Error responses from codes: the status of each comes from ERROR_STATUS, so a code can never
 * be documented under the wrong status. Codes sharing a status share one response whose schema
 * narrows `error.code` to them. `reserved` codes are in the contract but not produced yet.
 */
export function errorResponses(
  codes: Partial<Record<ErrorCode, string>>,
  reserved: Partial<Record<ErrorCode, string>> = {},
): Record<string, Json> {
  const byStatus = new Map<number, Array<{ code: ErrorCode; why: string; reserved: boolean }>>();
  const add = (all: Partial<Record<ErrorCode, string>>, isReserved: boolean) => {
    for (const [code, why] of Object.entries(all) as Array<[ErrorCode, string]>) {
      const status = ERROR_STATUS[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), { code, why, reserved: isReserved }]);
    }
  };
  add(codes, false);
  add(reserved, true);

  const out: Record<string, Json> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const entries = byStatus.get(status) ?? [];
    const allReserved = entries.every((e) => e.reserved);
    out[String(status)] = {
      description: entries
        .map((e) => `\`${e.code}\`${e.reserved ? ' (reserved, not produced yet)' : ''}: ${e.why}`)
        .join('\n\n'),
      ...(allReserved ? { 'x-reserved': true } : {}),
      content: jsonContent({
        allOf: [
          ref('Error'),
          {
            type: 'object',
            properties: {
              error: {
                type: 'object',
                properties: { code: { enum: entries.map((e) => e.code) } },
              },
            },
          },
        ],
      }),
    };
  }
  return out;
}

export interface ApiOperation {
  operationId: string;
  tag: string;
  summary: string;
  /** Who may call it, in words: shown first in the description. */
  who: string;
  description?: string;
  params?: Json[];
  body?: Json;
  /** A missing body reads as `{}`: true where that is a valid (empty) patch. */
  bodyOptional?: boolean;
  success: { status: number; description: string; schema?: Json };
  errors?: Partial<Record<ErrorCode, string>>;
}

/**
 * An /api operation: bearer auth, plus the refusals every such route shares (401 from
 * `authenticate`, body-parser errors when it takes a body, VALIDATION_FAILED from parseBody).
 */
export function apiOperation(op: ApiOperation): Json {
  const common: Partial<Record<ErrorCode, string>> = {
    UNAUTHENTICATED: 'no bearer token, or one the relay does not know',
    ...(op.body
      ? {
          BAD_REQUEST: 'the body is not JSON, or is JSON but neither an object nor an array',
          VALIDATION_FAILED:
            'the body does not match the schema; `details.problems` names each field',
          PAYLOAD_TOO_LARGE: 'the body is over 256 KiB',
          UNSUPPORTED_MEDIA_TYPE:
            'the body uses a content encoding or charset the relay cannot read',
        }
      : {}),
    INTERNAL: 'an unexpected failure (Redis unavailable, for instance)',
  };
  const { status, description, schema } = op.success;
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: [`**Who:** ${op.who}.`, op.description].filter(Boolean).join('\n\n'),
    security: [{ bearerAuth: [] }],
    ...(op.params ? { parameters: op.params } : {}),
    ...(op.body
      ? { requestBody: { required: !op.bodyOptional, content: jsonContent(op.body) } }
      : {}),
    responses: {
      [String(status)]: { description, ...(schema ? { content: jsonContent(schema) } : {}) },
      ...errorResponses({ ...common, ...op.errors }),
    },
  };
}
