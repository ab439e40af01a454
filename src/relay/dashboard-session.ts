import type { Redis } from 'ioredis';
import { z } from 'zod';
import { hashToken, newToken } from '../core/ids.js';
import type { Principal } from '../core/policy.js';

/** The admin pages' session cookie: scoped to /admin, never readable by scripts. */
export const SESSION_COOKIE = 'relay_admin_session';
export const SESSION_TTL_SECONDS = 8 * 3600;

const principalSchema = z.object({
  kind: z.enum(['admin', 'user']),
  id: z.string(),
  name: z.string(),
});

/**
 * Browser sessions of the admin pages, in Redis under the store's prefix. The cookie carries a
 * random id, never the token; Redis keeps only the id's hash, so a copy of the data set holds
 * nothing a browser could present. A session ends at its TTL or when signed out.
 */
export interface DashboardSessions {
  readonly ttlSeconds: number;
  /** A new session for `principal`; the id goes in the cookie. */
  open(principal: Principal): Promise<string>;
  principalOf(sessionId: string): Promise<Principal | undefined>;
  close(sessionId: string): Promise<void>;
}

export function createDashboardSessions(
  redis: Redis,
  prefix: string,
  ttlSeconds = SESSION_TTL_SECONDS,
): DashboardSessions {
  const key = (sessionId: string) => `${prefix}:admin-session:${hashToken(sessionId)}`;
  return {
    ttlSeconds,
    async open(principal) {
      const sessionId = newToken();
      await redis.set(key(sessionId), JSON.stringify(principal), 'EX', ttlSeconds);
      return sessionId;
    },
    async principalOf(sessionId) {
      const raw = await redis.get(key(sessionId));
      if (raw === null) return undefined;
      const parsed = principalSchema.safeParse(safeJson(raw));
      return parsed.success ? parsed.data : undefined;
    },
    async close(sessionId) {
      await redis.del(key(sessionId));
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The session id the browser sent in its Cookie header, if it has the shape `newToken` makes. */
export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
  }
  return undefined;
}

export interface CookieOptions {
  /** Set when the relay is reached over https (PUBLIC_URL), so the cookie never travels in clear. */
  secure: boolean;
}

/** Scoped to the admin pages, unreadable by scripts, never sent by other sites. */
function attributes(opts: CookieOptions): string {
  return `Path=/admin; HttpOnly; SameSite=Strict${opts.secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that opens a session in the browser for `ttlSeconds`. */
export function sessionCookie(
  sessionId: string,
  ttlSeconds: number,
  now: number,
  opts: CookieOptions,
): string {
  const expires = new Date(now + ttlSeconds * 1000).toUTCString();
  return `${SESSION_COOKIE}=${sessionId}; Max-Age=${ttlSeconds}; Expires=${expires}; ${attributes(opts)}`;
}

/** The Set-Cookie value that makes the browser forget the session. */
export function clearedSessionCookie(opts: CookieOptions): string {
  return `${SESSION_COOKIE}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${attributes(opts)}`;
}
