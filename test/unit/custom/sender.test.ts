import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../../../src/cards/for-channel.js';
import { compileDefinition, definitionSchema } from '../../../src/connectors/custom/index.js';
import type { IngestRequest, Sender } from '../../../src/connectors/types.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { acmeDefinition } from '../../support/custom-definition.js';

function senderWith(change: (d: any) => void = () => {}): Sender {
  const definition = acmeDefinition();
  change(definition);
  const compiled = compileDefinition(definitionSchema.parse(definition));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.sender;
}

function content(sender: Sender, event: string, payload: unknown) {
  const req: IngestRequest = {
    method: 'POST',
    headers: { 'x-acme-event': event },
    rawBody: Buffer.from(JSON.stringify(payload)),
    callbackUrl: 'https://relay.example/hooks/x',
    receivedAt: 0,
  };
  const parsed = sender.parse(req);
  if (!parsed.ok) throw new Error(parsed.message);
  const meaning = sender.interpret(parsed.payload, req);
  if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
  return meaning.event;
}

const render = (
  event: ReturnType<typeof content>,
  kind: 'workflows' | 'o365',
  actionable = false,
) =>
  renderForChannel(
    event,
    { kind, o365Format: 'messagecard' },
    { actionableMessagesEnabled: actionable },
    24 * 1024,
  );

const payload = (extra: Record<string, unknown> = {}) => ({
  ...acmeDefinition().samples[0].payload,
  ...extra,
});

describe("a custom sender's cards", () => {
  it('passes the templated card on to Workflows, and its card model to legacy O365', () => {
    const event = content(senderWith(), 'deploy.finished', payload());
    expect(event.raw?.format).toBe('adaptive');
    const workflows = JSON.parse(render(event, 'workflows').body);
    expect(workflows.attachments[0].content.body[0].text).toBe(
      'checkout 2.14.0 deployed to production',
    );
    const o365 = JSON.parse(render(event, 'o365').body);
    expect(o365['@type']).toBe('MessageCard');
    expect(JSON.stringify(o365)).toContain('checkout 2.14.0 deployed to production');
    expect(JSON.stringify(o365)).toContain('Ada Lovelace');
  });

  it('makes payload text inert in the card passed on', () => {
    const hostile =
      'x [click](javascript:alert(1)) <at>everyone</at> \u202Eevil {{DATE(2020-01-01T00:00:00Z)}}';
    const event = content(senderWith(), 'deploy.finished', payload({ service: hostile }));
    const card = event.raw!.content;
    const text = JSON.stringify(card);
    expect(text).not.toMatch(/\]\(javascript:|<at>|\u202E|\{\{DATE\(/);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('does not pass on a card whose link the payload made something else than http(s)', () => {
    const event = content(senderWith(), 'deploy.finished', payload({ url: 'javascript:alert(1)' }));
    expect(event.raw).toBeUndefined();
    expect(event.card.facts).toContainEqual({
      title: 'Template not applied',
      value: expect.stringMatching(/actions\[0\]\.url: expected an http\(s\) URL/),
    });
    const card = JSON.parse(render(event, 'workflows').body).attachments[0].content;
    expect(JSON.stringify(card)).not.toContain('javascript:');
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('strips Action.Execute when the org turns actionable messages off, keeps it when on', () => {
    const sender = senderWith((d) => {
      d.templates['deploy.finished'].actions.push({
        type: 'Action.Execute',
        title: 'Roll back',
        verb: 'rollback',
      });
    });
    const event = content(sender, 'deploy.finished', payload());
    const off = JSON.parse(render(event, 'workflows', false).body).attachments[0].content;
    expect(off.actions.map((a: any) => a.type)).toEqual(['Action.OpenUrl']);
    const on = JSON.parse(render(event, 'workflows', true).body).attachments[0].content;
    expect(on.actions.map((a: any) => a.type)).toEqual(['Action.OpenUrl', 'Action.Execute']);
  });

  it('uses the fallback template for any other event, and names the event', () => {
    const event = content(senderWith(), 'deploy.cancelled', { id: 'x', service: 'api' });
    expect(event.raw!.content.body).toContainEqual(
      expect.objectContaining({ text: 'Acme: deploy.cancelled' }),
    );
    expect(event.digest).toMatchObject({ source: 'Acme Deploys', event: 'deploy.cancelled' });
  });

  it('hashes a delivery id too long to keep, so de-duplication still sees all of it', () => {
    const sender = senderWith();
    const req = (id: string): IngestRequest => ({
      method: 'POST',
      headers: { 'x-acme-event': 'deploy.started' },
      rawBody: Buffer.from(JSON.stringify({ id })),
      callbackUrl: '',
      receivedAt: 0,
    });
    const idOf = (id: string) => {
      const r = req(id);
      const meaning = sender.interpret(JSON.parse(r.rawBody.toString()), r);
      return meaning.kind === 'event' ? meaning.deliveryId : undefined;
    };
    const long = 'a'.repeat(500);
    expect(idOf(long)).toHaveLength(64);
    expect(idOf(long)).not.toBe(idOf(`${long}b`));
    expect(idOf('short')).toBe('short');
  });
});

describe('checking a definition', () => {
  const problems = (change: (d: any) => void) => {
    const definition = acmeDefinition();
    change(definition);
    const compiled = compileDefinition(definitionSchema.parse(definition));
    return compiled.ok ? [] : compiled.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('names the JSON path of each problem', () => {
    expect(problems((d) => (d.templates['deploy.finished'].body[1].facts[0].name = 'x'))).toEqual([
      'templates["deploy.finished"].body[1].facts[0].name: unknown property for a fact in Adaptive Cards 1.4',
    ]);
    expect(problems((d) => (d.templates['*'].body[0].type = 'Table'))).toEqual([
      expect.stringMatching(/^templates\["\*"\]\.body\[0\]\.type: 'Table' is not an element/),
    ]);
    expect(problems((d) => (d.templates['*'].body[0].size = 'huge'))).toEqual([
      expect.stringMatching(/^templates\["\*"\]\.body\[0\]\.size: expected one of/),
    ]);
  });

  it('checks each sample against its template: it must make a valid card', () => {
    expect(problems((d) => (d.samples[0].payload.url = 'ftp://acme.example/x'))).toEqual([
      expect.stringMatching(
        /^samples\[0\]: with templates\["deploy\.finished"\]: the card it made is not valid \(actions\[0\]\.url/,
      ),
    ]);
    // Where the event name is in the body, the sample's payload must say it.
    const pointer = (d: any) => (d.eventType = { pointer: '/kind' });
    expect(problems(pointer)).toEqual([
      expect.stringMatching(
        /^samples\[0\]\.event: the sample's event name is null where eventType looks/,
      ),
      expect.stringMatching(/^samples\[1\]\.event/),
    ]);
  });

  it('bounds nesting and expression length', () => {
    let deep: any = { type: 'TextBlock', text: 'x' };
    for (let i = 0; i < 10; i++) deep = { type: 'Container', items: [deep] };
    expect(problems((d) => (d.templates['*'].body = [deep])).join()).toMatch(
      /nested deeper than 16 levels/,
    );
    expect(
      problems((d) => (d.templates['*'].body[0].text = `\${service}${'x'.repeat(1000)}`)).join(),
    ).toMatch(/longer than 1000 characters/);
  });
});
