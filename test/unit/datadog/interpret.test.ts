import { describe, expect, it } from 'vitest';
import { datadogSender } from '../../../src/connectors/datadog/index.js';
import type { Interpretation } from '../../../src/connectors/types.js';
import { monitorPayload, request } from '../../fixtures/datadog/payloads.js';

function interpretBody(body: string, headers?: Record<string, string>): Interpretation {
  const req = request(body, headers);
  const parsed = datadogSender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  return datadogSender.interpret(parsed.payload, req);
}

const interpret = (payload: unknown) => interpretBody(JSON.stringify(payload));

function cardOf(payload: unknown) {
  const meaning = interpret(payload);
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event.card;
}

describe('Datadog events', () => {
  it('names the event by the transition field, as a token', () => {
    const name = (fields: Record<string, unknown>) => {
      const meaning = interpret({ title: 'Monitor', ...fields });
      return meaning.kind === 'event' ? meaning.eventName : meaning.kind;
    };
    expect(name({ alert_transition: 'Triggered' })).toBe('triggered');
    expect(name({ transition: 'Recovered' })).toBe('recovered');
    expect(name({ alert_transition: 'Re-Triggered' })).toBe('re_triggered');
    expect(name({ alert_transition: 'No Data' })).toBe('no_data');
    expect(name({ alert_transition: 'Warn' })).toBe('warn');
    expect(name({})).toBe('notification');
  });

  it('reads the transition from the title when the template has no field for it', () => {
    const of = (title: string) => {
      const meaning = interpret({ title });
      return meaning.kind === 'event' ? meaning.eventName : undefined;
    };
    expect(of('[Triggered] High tracking')).toBe('triggered');
    expect(of('[P2] [Recovered on {host:a}] Disk full')).toBe('recovered');
    expect(of('[No Data on {service:x}] Heartbeat')).toBe('no_data');
    expect(of('[Staging] Something else')).toBe('notification');
  });

  it('uses the event id and the transition as the delivery id, else a hash of the body', () => {
    const triggered = interpret(monitorPayload());
    expect(triggered).toMatchObject({ deliveryId: '7001122334455667788:triggered' });
    const recovered = interpret(monitorPayload({ alert_transition: 'Recovered' }));
    expect(recovered).toMatchObject({ deliveryId: '7001122334455667788:recovered' });
    expect(interpret(monitorPayload({ id: undefined, event_id: '123' }))).toMatchObject({
      deliveryId: '123:triggered',
    });
    const body = JSON.stringify({ title: 'no id' });
    const first = interpretBody(body);
    expect(first).toMatchObject({ deliveryId: expect.stringMatching(/^body:[0-9a-f]{64}$/) });
    expect(interpretBody(body)).toMatchObject({
      deliveryId: first.kind === 'event' ? first.deliveryId : '',
    });
    expect(interpretBody(JSON.stringify({ title: 'no id!' }))).not.toMatchObject({
      deliveryId: first.kind === 'event' ? first.deliveryId : '',
    });
  });

  it('ignores an id too long to be one', () => {
    expect(interpret(monitorPayload({ id: 'x'.repeat(500) }))).toMatchObject({
      deliveryId: expect.stringMatching(/^body:/),
    });
  });
});

describe('Datadog cards', () => {
  it('shows the title, priority, org, tags, date and the message without Markdown markers', () => {
    const card = cardOf(monitorPayload());
    expect(card.source).toBe('Datadog');
    expect(card.title).toBe('[Triggered on {host:web-3}] Memory usage high');
    expect(card.accent).toBe('attention');
    expect(card.subtitle).toBe('Org Acme · metric alert monitor');
    expect(card.summary).toBe('[Triggered on {host:web-3}] Memory usage high (P1)');
    expect(card.facts).toEqual([
      { title: 'Transition', value: 'Triggered' },
      { title: 'Priority', value: 'P1' },
      { title: 'Tags', value: 'env:prod, host:web-3, role:web' },
      { title: 'Date', value: '2026-06-01 12:00 UTC' },
    ]);
    expect(card.text).toBe(
      'Memory on web-3 is above 90%. @webhook-teams\n\n' +
        'system.mem.pct_usable over host:web-3 was < 0.1 during the last 5m.',
    );
    expect(card.titleUrl).toBe(monitorPayload().link);
    expect(card.links).toEqual([
      { title: 'Open in Datadog', url: monitorPayload().link },
      { title: 'Metric Graph', url: 'https://app.datadoghq.com/monitors/99?from_ts=1' },
      { title: 'Monitor Status', url: 'https://app.datadoghq.com/monitors/99' },
      { title: 'Edit Monitor', url: 'https://app.datadoghq.com/monitors/99/edit' },
    ]);
  });

  it('colours each transition', () => {
    const accent = (alert_transition: string) =>
      cardOf(monitorPayload({ alert_transition })).accent;
    expect(accent('Triggered')).toBe('attention');
    expect(accent('Re-Triggered')).toBe('attention');
    expect(accent('Warn')).toBe('warning');
    expect(accent('No Data')).toBe('warning');
    expect(accent('Recovered')).toBe('good');
    expect(accent('Renotify')).toBe('default');
    expect(cardOf({ title: 'x', alert_type: 'success' }).accent).toBe('good');
  });

  it('puts the transition in front of a title that does not say it', () => {
    expect(cardOf({ title: 'Disk full', transition: 'Recovered' }).title).toBe(
      '[Recovered] Disk full',
    );
    expect(cardOf({ transition: 'Warn' }).title).toBe('[Warn] Datadog monitor');
  });

  it('reads the 2015-style template: event_tags, date in ms, link', () => {
    const card = cardOf({
      alert_transition: 'Recovered',
      title: '[Recovered on {host:i-1}] Dock memory',
      event_tags: 'host:i-1,role:dock',
      date: '1448435477000',
      link: 'https://app.datadoghq.com/event/event?id=1',
      event_id: '1',
    });
    expect(card.accent).toBe('good');
    expect(card.facts).toContainEqual({ title: 'Tags', value: 'host:i-1, role:dock' });
    expect(card.facts).toContainEqual({ title: 'Date', value: '2015-11-25 07:11 UTC' });
  });

  it('makes a card of any JSON object, showing its other fields but never a secret', () => {
    expect(cardOf({}).title).toBe('Datadog notification');
    const card = cardOf({
      alert_title: 'Custom',
      team: 'payments',
      count: 3,
      secret: 'hide-me',
      api_key: 'hide-me-too',
      nested: { x: 1 },
    });
    expect(card.title).toBe('Custom');
    expect(card.facts).toEqual([
      { title: 'Team', value: 'payments' },
      { title: 'Count', value: '3' },
    ]);
    expect(JSON.stringify(card)).not.toContain('hide-me');
    const odd = cardOf({ title: 5, body: ['x'], tags: 7, org: 'acme', date: 'yesterday' });
    expect(odd.title).toBe('5');
    expect(odd.facts).toContainEqual({ title: 'Date', value: 'yesterday' });
  });

  it('refuses JSON that is not an object', () => {
    for (const body of ['[1]', '"x"', 'null']) {
      const parsed = datadogSender.parse(request(body));
      const meaning = parsed.ok
        ? datadogSender.interpret(parsed.payload, request(body))
        : undefined;
      expect(meaning === undefined || meaning.kind === 'malformed').toBe(true);
    }
  });

  it('reads a form-encoded payload', () => {
    const body = new URLSearchParams({
      title: '[Warn] Queue depth',
      event_type: 'query_alert_monitor',
    });
    const meaning = interpretBody(body.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(meaning).toMatchObject({ kind: 'event', eventName: 'warn' });
    if (meaning.kind === 'event') expect(meaning.event.card.accent).toBe('warning');
  });

  it('keeps huge messages, tag lists and templates bounded', () => {
    const card = cardOf(
      monitorPayload({
        body: '%%%\n' + '**x** '.repeat(200_000) + '\n%%%',
        tags: Array.from({ length: 5000 }, (_, i) => `t${i}:v`).join(','),
        ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 'v'])),
      }),
    );
    expect(card.text!.length).toBeLessThanOrEqual(4000);
    expect(card.facts.find((f) => f.title === 'Tags')?.value.split(', ')).toHaveLength(20);
    expect(card.facts.length).toBeLessThanOrEqual(16);
  });
});
