import { timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { hashToken, newToken } from '../../core/ids.js';

/** The dashboard's session cookie: never readable by scripts, never sent by other sites. */
export const SESSION_COOKIE = 'relay_session';
export const SESSION_TTL_SECONDS = 8 * 3600;
/** The header a signed-in page sends its session's CSRF token in, on every write. */
export const CSRF_HEADER = 'x-csrf-token';

const sessionSchema = z.object({
  /** The hash of the token signed in with: a session lasts only while that token works. */
  tokenHash: z.string(),
  csrf: z.string(),
});

/**
 * A signed-in browser: which token it signed in with (its hash), and the CSRF token its
 * pages must echo on every write.
 */
export type Session = z.infer<typeof sessionSchema>;

/**
 * Browser sessions, in Redis under the store's prefix. The cookie carries a random id, never
 * the token; Redis keeps only the id's hash, so a copy of the data set holds nothing a
 * browser could present. A session ends at its TTL or when signed out.
 */
export interface DashboardSessions {
  readonly ttlSeconds: number;
  /** A new session for the holder of a token (by its hash); the id goes in the cookie. */
  open(tokenHash: string): Promise<string>;
  get(sessionId: string): Promise<Session | undefined>;
  close(sessionId: string): Promise<void>;
}

export function createDashboardSessions(
  redis: Redis,
  prefix: string,
  ttlSeconds = SESSION_TTL_SECONDS,
): DashboardSessions {
  const key = (sessionId: string) => `${prefix}:session:${hashToken(sessionId)}`;
  return {
    ttlSeconds,
    async open(tokenHash) {
      const sessionId = newToken();
      const session: Session = { tokenHash, csrf: newToken() };
      await redis.set(key(sessionId), JSON.stringify(session), 'EX', ttlSeconds);
      return sessionId;
    },
    async get(sessionId) {
      const raw = await redis.get(key(sessionId));
      if (raw === null) return undefined;
      const parsed = sessionSchema.safeParse(safeJson(raw));
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

/** Whether `sent` is the session's CSRF token. */
export function csrfMatches(expected: string, sent: string | undefined): boolean {
  if (sent === undefined) return false;
  // Hashes have one length, so the comparison takes the same time whatever was sent.
  const a = Buffer.from(hashToken(sent));
  const b = Buffer.from(hashToken(expected));
  return timingSafeEqual(a, b);
}

export interface CookieOptions {
  /** Set when the relay is reached over https (PUBLIC_URL), so the cookie never travels in clear. */
  secure: boolean;
}

/**
 * Path=/ because the dashboard's pages call the API under /api/v1 with it; SameSite=Strict so
 * no other site makes a browser send it; HttpOnly so no script reads it.
 */
function attributes(opts: CookieOptions): string {
  return `Path=/; HttpOnly; SameSite=Strict${opts.secure ? '; Secure' : ''}`;
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
