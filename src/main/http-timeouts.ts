import { createServer, type Server } from 'node:http';

/**
 * How long the HTTP server waits, chosen rather than inherited:
 * - headers: a client has 15 s to send its request line and headers, so slow-header
 *   connections (slowloris) cannot pile up;
 * - request: 60 s for the whole request, body included — an ingest body is at most
 *   INGEST_MAX_BYTES and senders give up sooner (GitHub after 10 s);
 * - keep-alive: an idle connection stays open 65 s, longer than the 60 s idle timeout of common
 *   load balancers and proxies, so they close first and never reuse a socket the relay closed
 *   (which they would answer with a 502).
 */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 15_000,
  requestMs: 60_000,
  keepAliveMs: 65_000,
};

/**
 * The HTTP server with those timeouts. Node checks them on an interval (30 s by default, which
 * would stretch a 15 s headers timeout to 45 s); a check every 5 s, or more often for shorter
 * timeouts, keeps them close to what is written here.
 */
export function createHttpServer(timeouts: HttpTimeouts = HTTP_TIMEOUTS): Server {
  const server = createServer({
    connectionsCheckingInterval: Math.min(5_000, Math.max(50, timeouts.headersMs / 4)),
  });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
