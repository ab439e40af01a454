/**
 * Named schemas, documented once under `components/schemas` and referenced by name. Request
 * bodies are described as the relay reads them (zod's input side: defaults optional, strict
 * objects closed); responses as it writes them (the output side: every object closed, so the
 * contract test catches a field the document does not know).
 */
import { z, type ZodType } from 'zod';

export interface SchemaMeta {
  id: string;
  description?: string;
}

export const requestSchemas = z.registry<SchemaMeta>();
export const responseSchemas = z.registry<SchemaMeta>();

/** Registers a request body schema under `id`. */
export function requestSchema<T extends ZodType>(id: string, schema: T, description?: string): T {
  requestSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

/** Registers a response body schema under `id`. */
export function responseSchema<T extends ZodType>(id: string, schema: T, description?: string): T {
  responseSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}
