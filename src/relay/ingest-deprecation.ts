/**
 * What a replaced ingest URL tells its sender: while it works, headers that mark it
 * deprecated (RFC 9745 `Deprecation`, RFC 8594 `Sunset`) and a warning in the body; after,
 * a 410 that says what to do. Neither ever names the new URL: the old one may be known to
 * others (that is often why it was rotated), so the new token goes only to those who may
 * manage the connector, through the API.
 */
import { RelayError } from '../core/errors.js';

export interface ReplacedUrl {
  connectorId: string;
  /** The sender's name, as people know it ("GitHub"). */
  senderName: string;
  /** When the URL was replaced, ms since the epoch. */
  rotatedAt: number;
  /** When it stops (or stopped) working, ms since the epoch. */
  validUntil: number;
}

/** `2026-05-04T09:12:01Z`: a date people and machines read alike. */
const instant = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Where the current URL is shown, to those who may manage the connector. */
const currentUrlAt = (connectorId: string) => `GET /api/v1/connectors/${connectorId}`;

export function deprecationHeaders(
  url: ReplacedUrl,
  publicUrl: string,
): Readonly<Record<string, string>> {
  return {
    // RFC 9745: a Structured Field Date, seconds since the epoch.
    Deprecation: `@${Math.floor(url.rotatedAt / 1000)}`,
    // RFC 8594: an HTTP-date (IMF-fixdate), which toUTCString writes.
    Sunset: new Date(url.validUntil).toUTCString(),
    // The connector's resource: the current URL is there for whoever may manage it.
    Link: `<${publicUrl}/api/v1/connectors/${url.connectorId}>; rel="deprecation"; type="application/json"`,
  };
}

export function deprecationWarning(url: ReplacedUrl): string {
  return (
    `this ingest URL was replaced on ${instant(url.rotatedAt)} and works until ` +
    `${instant(url.validUntil)}; paste the connector's current ingest URL into ` +
    `${url.senderName}'s settings (team owners see it with ${currentUrlAt(url.connectorId)})`
  );
}

export function expiredUrl(url: ReplacedUrl): RelayError {
  return new RelayError(
    'INGEST_URL_EXPIRED',
    `this ingest URL was replaced on ${instant(url.rotatedAt)}; paste the connector's current ` +
      `ingest URL, shown to team owners in the API (${currentUrlAt(url.connectorId)}), into ` +
      `${url.senderName}'s settings`,
  );
}
