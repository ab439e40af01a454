import { githubProvider } from '../../src/connectors/github/index.js';
import type { NormalizedEvent } from '../../src/core/events/index.js';

/** Normalise a GitHub push the way ingest does, without going through HTTP. */
export function githubCardEvent(payload: unknown): NormalizedEvent {
  const rawBody = Buffer.from(JSON.stringify(payload));
  const req = {
    method: 'POST',
    headers: {
      'x-github-event': 'push',
      'x-github-delivery': 'x',
      'content-type': 'application/json',
    },
    rawBody,
    callbackUrl: '',
  };
  const parsed = githubProvider.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  const meaning = githubProvider.interpret(parsed.payload, req);
  if (meaning.kind !== 'event') throw new Error(`not an event: ${meaning.kind}`);
  return meaning.event;
}
