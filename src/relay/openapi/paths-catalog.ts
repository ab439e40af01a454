import { apiOperation, pathParam, ref, type Json } from './helpers.js';
import { ADMIN, notAdmin } from './paths-admin.js';

const typeId = pathParam('typeId', 'A catalog entry id.', ['github']);

/** The connector catalog: types, their lifecycle, and previews of their sample cards. */
export const catalogPaths: Record<string, Json> = {
  '/api/v1/catalog': {
    get: apiOperation({
      operationId: 'listCatalog',
      tag: 'catalog',
      summary: 'The connector types and their lifecycle',
      who: 'any authenticated caller',
      success: {
        status: 200,
        description: 'Every type.',
        schema: { type: 'array', items: ref('CatalogEntry') },
      },
    }),
  },

  '/api/v1/catalog/{typeId}': {
    patch: apiOperation({
      operationId: 'setCatalogLifecycle',
      tag: 'catalog',
      summary: 'Retire, schedule or re-open a connector type',
      who: ADMIN,
      description: 'Affects new connections only; existing connectors keep receiving.',
      params: [typeId],
      body: ref('LifecyclePatch'),
      success: { status: 200, description: 'The new state.', schema: ref('CatalogLifecycle') },
      errors: { ...notAdmin, NOT_FOUND: 'no such type' },
    }),
  },

  '/api/v1/catalog/{typeId}/preview': {
    get: apiOperation({
      operationId: 'previewCatalogCard',
      tag: 'catalog',
      summary: 'The card a sample event of this type produces',
      who: 'any authenticated caller',
      description:
        "Rendered from the type's sample as a Workflows channel would receive it; nothing is " +
        'queued or sent.',
      params: [
        typeId,
        {
          name: 'event',
          in: 'query',
          required: false,
          description: "One of the entry's `samples`; absent: the first.",
          schema: { type: 'string', examples: ['pull_request'] },
        },
      ],
      success: { status: 200, description: 'The card.', schema: ref('CardPreview') },
      errors: { NOT_FOUND: 'no such type, or no sample for that event' },
    }),
  },
};
