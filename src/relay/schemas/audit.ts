/** The audit log as the API shows it. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';
import { dateTime } from './common.js';

export const auditEntrySchema = responseSchema(
  'AuditEntry',
  z.object({
    id: z.string().meta({ description: "The entry's place in the log (a cursor)." }),
    at: dateTime,
    actor: z.object({
      id: z.string().meta({ description: '`admin` for the admin token, else a user id.' }),
      name: z.string(),
      kind: z.enum(['admin', 'user']),
    }),
    action: z.string().meta({ examples: ['org.update', 'connector.delete'] }),
    target: z.object({ type: z.string(), id: z.string().optional() }),
    before: z
      .unknown()
      .optional()
      .meta({ description: 'What the change replaced (changed fields only); secrets masked.' }),
    after: z
      .unknown()
      .optional()
      .meta({ description: 'What it is now (changed fields only); secrets masked.' }),
  }),
  'One change an admin, owner or permitted member made.',
);

export const auditPageSchema = responseSchema(
  'AuditPage',
  z.object({
    entries: z.array(auditEntrySchema).meta({ description: 'Newest first.' }),
    nextCursor: z
      .string()
      .optional()
      .meta({ description: 'Pass as `cursor` for the next, older page; absent on the last.' }),
  }),
);
