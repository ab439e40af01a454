import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Short, URL-safe, unguessable enough for entity ids (not for secrets). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/** The id prefixes the relay hands out, by entity. */
export const ID_PREFIX = { team: 'team', channel: 'ch', connector: 'con', user: 'usr' } as const;
export type IdKind = keyof typeof ID_PREFIX;

/**
 * Whether `value` has the shape of an id `newId` makes for `kind`. Checked before any store
 * call, so a path segment like `team_x:members` can never name a Redis key of another type.
 */
export function isEntityId(kind: IdKind, value: string): boolean {
  return ID_SHAPE[kind].test(value);
}

/** Compiled once: ingest checks a connector id on every request. */
export const ID_SHAPE: Readonly<Record<IdKind, RegExp>> = {
  team: /^team_[A-Za-z0-9_-]{1,64}$/,
  channel: /^ch_[A-Za-z0-9_-]{1,64}$/,
  connector: /^con_[A-Za-z0-9_-]{1,64}$/,
  user: /^usr_[A-Za-z0-9_-]{1,64}$/,
};

export function newDeliveryId(): string {
  return randomUUID();
}

/** 256-bit bearer tokens and ingest tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are high-entropy, so a plain SHA-256 is the right storage hash (no need for a KDF). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
