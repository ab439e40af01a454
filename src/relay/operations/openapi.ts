import { z } from 'zod';
import type { TableEntry } from '../http/mount.js';
import { defineOperation } from '../http/operation.js';
import { openApiDocument } from '../http/openapi.js';
import { responseSchema } from '../http/schema-registry.js';
import { RELAY_VERSION } from '../version.js';

const documentSchema = responseSchema(
  'OpenApiDocument',
  z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
);
type Document = z.input<typeof documentSchema>;

/** `/openapi.json`, describing `table` (handed in lazily: the table includes this entry). */
export function openApiOperation(table: () => readonly TableEntry[]) {
  // The document depends only on the table and the public URL: built once per URL.
  const built = new Map<string, Document>();
  return defineOperation({
    id: 'openApi',
    method: 'get',
    path: '/openapi.json',
    tag: 'operations',
    summary: 'This document',
    access: 'public',
    responses: { 200: { description: 'OpenAPI 3.1.', schema: documentSchema } },
  }).handle(({ deps }) => {
    const { publicUrl } = deps.config;
    let document = built.get(publicUrl);
    if (!document) {
      document = openApiDocument(table(), { publicUrl, version: RELAY_VERSION }) as Document;
      built.set(publicUrl, document);
    }
    return { status: 200, body: document };
  });
}
