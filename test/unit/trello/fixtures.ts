import { readFileSync } from 'node:fs';
import type { IngestRequest } from '../../../src/connectors/types.js';

export const CALLBACK_URL = 'https://relay.example.com/hooks/trello/roadmap';

/** The raw bytes of a hand-made payload in test/fixtures/trello. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/trello/${name}.json`, import.meta.url));
}

/** Parsed JSON that a test reads and rewrites at any depth to make its variant. */
export type Payload = Record<string, any>;

/** A fresh parsed copy each call, so a test may change it freely. */
export function fixture(name: string): Payload {
  const payload: Payload = JSON.parse(fixtureBytes(name).toString('utf8'));
  return payload;
}

export function request(rawBody: Buffer, headers: IngestRequest['headers'] = {}): IngestRequest {
  return { method: 'POST', headers, rawBody, callbackUrl: CALLBACK_URL, receivedAt: Date.now() };
}
