import { describe, expect, it } from 'vitest';
import { eventAlertPayload, issuePayload, occurrence } from '../../fixtures/sentry/payloads.js';
import { eventOf } from '../../fixtures/sentry/request.js';

const huge = 'x'.repeat(100_000);

describe('Sentry event size bounds', () => {
  it('cuts titles, culprits and messages', () => {
    const event = eventOf(
      'issue',
      issuePayload('created', { issue: { title: huge, culprit: huge, shortId: huge } }),
    );
    expect(JSON.stringify(event).length).toBeLessThan(2_000);
  });

  it('reads only the crash end of a huge stack and the first tags', () => {
    const frames = Array.from({ length: 200_000 }, (_, i) => ({
      filename: `f${i}.py`,
      lineno: i,
      in_app: i === 10,
    }));
    const tags = [
      ...Array.from({ length: 100_000 }, (_, i) => [`t${i}`, 'v']),
      ['environment', 'late'],
    ];
    const event = eventOf(
      'event_alert',
      eventAlertPayload(occurrence({ tags, exception: { values: [{ stacktrace: { frames } }] } })),
    );
    // The in-app frame is far from the crash: only the last frames are looked at.
    expect(event).toMatchObject({ event: { frame: 'f199999.py:199999', environment: undefined } });
    expect(JSON.stringify(event).length).toBeLessThan(3_000);
  });

  it('keeps a legacy body with a huge rule list to a few rules', () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => `rule ${i}`);
    const event = eventOf(undefined, {
      project_name: 'p',
      url: 'https://sentry.io/organizations/o/issues/1/',
      message: 'm',
      triggering_rules: rules,
    });
    expect(event).toMatchObject({ type: 'event_alert' });
    if (event.type === 'event_alert') expect(event.rules).toHaveLength(10);
  });
});
