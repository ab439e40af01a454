import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Short, URL-safe, unguessable enough for entity ids (not for secrets). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

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
