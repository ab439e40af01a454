/**
 * Ingest URL rotation (rule 7) as pure decisions: which of a connector's URLs a request's
 * token names, and what a rotation keeps. Time comes in as `now`, ms since the epoch.
 *
 * Only the URL a rotation replaces gets a grace period; the rotation ends the grace of any
 * older URL at once. A sender's settings hold one URL, so one URL in grace is all a move
 * needs; a second rotation inside the grace is most often the answer to the first new URL
 * leaking or landing in the wrong place, and every URL kept alive is one more credential out
 * there. Older URLs are remembered by their hash (up to RETIRED_URLS_KEPT), so a sender still
 * posting to one is told it was replaced (410) rather than that there is nothing (404).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Connector, RetiredIngestUrl } from './entities.js';

/** Replaced URLs remembered per connector; older ones are forgotten (and answered 404). */
export const RETIRED_URLS_KEPT = 5;

export type IngestUrlMatch =
  /** The connector's current URL. */
  | { kind: 'current'; callbackUrl: string }
  /** A replaced URL inside its grace period: accepted, and marked deprecated. */
  | { kind: 'deprecated'; callbackUrl: string; rotatedAt: number; validUntil: number }
  /** A replaced URL past its grace period: refused with 410. */
  | { kind: 'expired'; rotatedAt: number; validUntil: number }
  /** A URL the connector never had (or has forgotten): the same 404 as an unknown id. */
  | { kind: 'unknown' };

/** Token hashes are SHA-256 hex, all of one length: compared in constant time. */
function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Which of the connector's URLs `tokenHash` names, and whether it still works at `now`. */
export function matchIngestUrl(
  connector: Pick<Connector, 'tokenHash' | 'callbackUrl' | 'retiredUrls'>,
  tokenHash: string,
  now: number,
): IngestUrlMatch {
  if (sameHash(connector.tokenHash, tokenHash)) {
    return { kind: 'current', callbackUrl: connector.callbackUrl };
  }
  const retired = (connector.retiredUrls ?? [])
    .slice(0, RETIRED_URLS_KEPT)
    .find((r) => sameHash(r.tokenHash, tokenHash));
  if (!retired) return { kind: 'unknown' };
  const rotatedAt = Date.parse(retired.rotatedAt);
  const validUntil = Date.parse(retired.validUntil);
  // An unreadable date compares false: the URL is taken as expired, never as valid.
  if (now < validUntil && retired.callbackUrl !== undefined) {
    return { kind: 'deprecated', callbackUrl: retired.callbackUrl, rotatedAt, validUntil };
  }
  return { kind: 'expired', rotatedAt, validUntil };
}

/**
 * The connector after a rotation at `now` to the URL `next`: the current URL is kept for
 * `graceMs` (none when 0), any older one stops at `now` at the latest and keeps only its hash.
 */
export function rotateIngestUrl(
  connector: Connector,
  next: { tokenHash: string; callbackUrl: string },
  now: number,
  graceMs: number,
): Connector {
  const at = new Date(now).toISOString();
  const replaced: RetiredIngestUrl = {
    tokenHash: connector.tokenHash,
    ...(graceMs > 0 ? { callbackUrl: connector.callbackUrl } : {}),
    rotatedAt: at,
    validUntil: new Date(now + Math.max(0, graceMs)).toISOString(),
  };
  const older = (connector.retiredUrls ?? []).slice(0, RETIRED_URLS_KEPT - 1).map((r) => ({
    tokenHash: r.tokenHash,
    rotatedAt: r.rotatedAt,
    validUntil: Date.parse(r.validUntil) < now ? r.validUntil : at,
  }));
  return {
    ...connector,
    tokenHash: next.tokenHash,
    callbackUrl: next.callbackUrl,
    retiredUrls: [replaced, ...older],
  };
}

/** The last rotation: when it happened and until when the URL it replaced works. */
export function lastRotation(
  connector: Pick<Connector, 'retiredUrls'>,
): { rotatedAt: string; previousValidUntil: string } | undefined {
  const last = connector.retiredUrls?.[0];
  return last ? { rotatedAt: last.rotatedAt, previousValidUntil: last.validUntil } : undefined;
}
