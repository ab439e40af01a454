import { z } from 'zod';
import { AUDIT_CURSOR } from '../../store/audit-store.js';
import { defineOperation } from '../http/operation.js';
import { auditPageSchema } from '../schemas/audit.js';
import { ADMIN } from './who.js';

export const AUDIT_PAGE_MAX = 200;

export const auditOperations = [
  defineOperation({
    id: 'listAudit',
    method: 'get',
    path: '/api/v1/audit',
    tag: 'org',
    summary:
      'The audit log: every change to the org, teams, members, catalog, channels, connectors',
    description:
      'Newest first, a page at a time: who, what, the changed fields before and after (secrets ' +
      'masked), and when. The log keeps the latest 10 000 entries.',
    access: 'admin',
    who: ADMIN,
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(AUDIT_PAGE_MAX)
        .default(50)
        .meta({ description: `Entries per page, at most ${AUDIT_PAGE_MAX}.` }),
      cursor: z
        .string()
        .regex(AUDIT_CURSOR, 'must be a nextCursor from an earlier page')
        .optional()
        .meta({ description: 'The `nextCursor` of the page before.' }),
    }),
    responses: { 200: { description: 'One page, newest first.', schema: auditPageSchema } },
  }).handle(async ({ query, deps }) => {
    const page = await deps.store.audit.page(query.limit, query.cursor);
    return {
      status: 200,
      body: {
        entries: page.entries,
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      },
    };
  }),
];
