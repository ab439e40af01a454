import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** One admin change as recorded: who, what, before → after, when. Secrets are masked before. */
export interface AuditRecord {
  at: string;
  actor: { id: string; name: string; kind: 'admin' | 'user' };
  action: string;
  target: { type: string; id?: string | undefined };
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry extends AuditRecord {
  /** The entry's place in the log; also the cursor of the page after it. */
  id: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; absent on the last page. */
  nextCursor: string | undefined;
}

export interface AuditStore {
  append(record: AuditRecord): Promise<string>;
  /** Newest first, `limit` entries older than `cursor` (an entry id) when given. */
  page(limit: number, cursor: string | undefined): Promise<AuditPage>;
}

/** A stream id: what a cursor must look like. */
export const AUDIT_CURSOR = /^\d{1,20}-\d{1,20}$/;

/**
 * A Redis stream, trimmed to about `max` entries (approximate trimming keeps XADD O(1)). Its
 * ids grow with time, so paging by "older than this id" is stable while entries are added.
 */
export function createAuditStore(redis: Redis, keys: Keys, max: number): AuditStore {
  return {
    async append(record) {
      const id = await redis.xadd(
        keys.audit(),
        'MAXLEN',
        '~',
        String(max),
        '*',
        'e',
        JSON.stringify(record),
      );
      return id ?? '';
    },
    async page(limit, cursor) {
      // One more than asked, to know whether another page follows.
      const rows = await redis.xrevrange(
        keys.audit(),
        cursor ? `(${cursor}` : '+',
        '-',
        'COUNT',
        limit + 1,
      );
      const entries = rows.slice(0, limit).map(([id, fields]) => {
        const at = fields.indexOf('e');
        const record = JSON.parse(fields[at + 1] ?? '{}') as AuditRecord;
        return { id, ...record };
      });
      return {
        entries,
        nextCursor: rows.length > limit ? entries.at(-1)?.id : undefined,
      };
    },
  };
}
