import { describe, expect, it } from 'vitest';
import {
  deprecationHeaders,
  deprecationWarning,
  expiredUrl,
} from '../../src/relay/ingest-deprecation.js';

const replaced = {
  connectorId: 'con_a',
  senderName: 'GitHub',
  rotatedAt: Date.parse('2026-05-04T09:12:01.337Z'),
  validUntil: Date.parse('2026-05-11T09:12:01.337Z'),
};

describe('what a replaced ingest URL says', () => {
  it('marks answers with RFC 9745 Deprecation, RFC 8594 Sunset and a Link to the connector', () => {
    expect(deprecationHeaders(replaced, 'https://relay.example')).toEqual({
      Deprecation: `@${Math.floor(replaced.rotatedAt / 1000)}`,
      Sunset: 'Mon, 11 May 2026 09:12:01 GMT',
      Link: '<https://relay.example/api/v1/connectors/con_a>; rel="deprecation"; type="application/json"',
    });
  });

  it('warns until when the URL works and says what to do', () => {
    expect(deprecationWarning(replaced)).toBe(
      'this ingest URL was replaced on 2026-05-04T09:12:01Z and works until 2026-05-11T09:12:01Z; ' +
        "paste the connector's current ingest URL into GitHub's settings (team owners see it " +
        'with GET /api/v1/connectors/con_a)',
    );
  });

  it('answers 410 INGEST_URL_EXPIRED naming the date, where the URL is and where it goes', () => {
    const err = expiredUrl(replaced);
    expect(err.status).toBe(410);
    expect(err.code).toBe('INGEST_URL_EXPIRED');
    expect(err.message).toBe(
      "this ingest URL was replaced on 2026-05-04T09:12:01Z; paste the connector's current " +
        'ingest URL, shown to team owners in the API (GET /api/v1/connectors/con_a), into ' +
        "GitHub's settings",
    );
  });
});
