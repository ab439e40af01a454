/**
 * The contract every registered sender must pass. It runs over the registry, so a sender is
 * tested by being registered: its samples are signed as the sender signs, verified, parsed,
 * interpreted and rendered for both destination formats.
 */
import { describe, expect, it } from 'vitest';
import { renderForChannel } from '../../src/cards/for-channel.js';
import { compileDefinition, definitionSchema } from '../../src/connectors/custom/index.js';
import { SENDERS } from '../../src/connectors/registry.js';
import type { IngestRequest, SampleEvent, Sender } from '../../src/connectors/types.js';
import { MESSAGE_VERSION, type MessageContent } from '../../src/core/message.js';
import { validateAdaptiveCard } from '../support/adaptive-validator.js';
import { validateMessageCard } from '../support/message-card-validator.js';
import { acmeDefinition } from '../support/custom-definition.js';

/**
 * A custom type is a sender too: the README's example definition compiled as on upload, and
 * two variants of it for the other kinds of auth and locators (samples made by the relay).
 */
function customExample(change: (definition: any) => void = () => {}): Sender {
  const definition = acmeDefinition();
  change(definition);
  const compiled = compileDefinition(definitionSchema.parse(definition));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.sender;
}
const CUSTOM_EXAMPLES = [
  customExample(),
  customExample((d) => {
    d.id = 'acme-token';
    d.auth = { type: 'header', header: 'Authorization', prefix: 'Bearer ' };
  }),
  customExample((d) => {
    d.id = 'acme-open';
    d.auth = { type: 'none' };
    d.eventType = { pointer: '/meta/event' };
    d.deliveryId = { header: 'X-Acme-Delivery' };
    delete d.samples;
  }),
];
const CONTRACT_SENDERS: readonly Sender[] = [...SENDERS, ...CUSTOM_EXAMPLES];

const CALLBACK_URL = 'https://relay.example/hooks/con_contract/0123456789abcdef';
const SECRET = 'contract-secret-new';
const OLD_SECRET = 'contract-secret-old';
const BUDGET = 24 * 1024;
const NOW = Date.parse('2026-06-01T12:00:00Z');

const HOSTILE =
  ' **bold** _it_ [x](javascript:alert(1)) <at>everyone</at> <script>x</script> &amp; ' +
  '\u202Eevil\u202C\u2066iso\u2069 bell\u0007 nul\u0000 {{DATE(2020-01-01T00:00:00Z)}}\n# h\n- li';

function request(
  sender: Sender,
  sample: SampleEvent,
  body: string,
  secret?: string,
  receivedAt = NOW,
): IngestRequest {
  const rawBody = Buffer.from(body, 'utf8');
  const unsigned = { rawBody, callbackUrl: CALLBACK_URL, headers: sample.headers, receivedAt };
  const signature = secret === undefined ? {} : sender.sign(unsigned, secret);
  return { method: 'POST', ...unsigned, headers: { ...sample.headers, ...signature } };
}

function interpretSigned(sender: Sender, req: IngestRequest) {
  if (sender.secret !== 'none') expect(sender.verify(req, [SECRET])).toEqual({ ok: true });
  const parsed = sender.parse(req);
  if (!parsed.ok) throw new Error(`sample did not parse: ${parsed.message}`);
  return sender.interpret(parsed.payload, req);
}

function eventContent(sender: Sender, req: IngestRequest): MessageContent {
  const meaning = interpretSigned(sender, req);
  if (meaning.kind !== 'event')
    throw new Error(`expected an event, got ${JSON.stringify(meaning)}`);
  return meaning.event;
}

const ORG = { actionableMessagesEnabled: false };

function renderBoth(content: MessageContent) {
  const message = { v: MESSAGE_VERSION, ...content };
  const adaptive = renderForChannel(
    message,
    { kind: 'workflows', o365Format: 'messagecard' },
    ORG,
    BUDGET,
  );
  const legacy = renderForChannel(
    message,
    { kind: 'o365', o365Format: 'messagecard' },
    ORG,
    BUDGET,
  );
  return { adaptive, legacy };
}

/** Appends hostile text to every free-text string of a JSON body (ids, URLs and enums stay). */
const STRUCTURAL_KEYS = new Set([
  'id',
  'type',
  'action',
  'state',
  'status',
  'conclusion',
  'ref',
  'sha',
  'shortLink',
  'before',
  'after',
  'node_id',
  'head_sha',
  'event',
  'idList',
  'idMember',
  'color',
  'date',
]);
function hostile(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (STRUCTURAL_KEYS.has(key) || /^https?:\/\//.test(value) || /^[0-9a-f-]{7,}$/i.test(value))
      return value;
    return value + HOSTILE;
  }
  if (Array.isArray(value)) return value.map((v) => hostile(v, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k)]));
  }
  return value;
}

/** What every sender that can sign must get right about its signatures. */
function signatureContract(sender: Sender, sample: SampleEvent): void {
  it('verifies its own signature, and either secret while one is rotated out', () => {
    const signedNew = request(sender, sample, sample.body, SECRET);
    const signedOld = request(sender, sample, sample.body, OLD_SECRET);
    expect(sender.verify(signedNew, [SECRET])).toEqual({ ok: true });
    expect(sender.verify(signedNew, [SECRET, OLD_SECRET])).toEqual({ ok: true });
    expect(sender.verify(signedOld, [SECRET, OLD_SECRET])).toEqual({ ok: true });
  });

  it('refuses a wrong secret, a missing signature and a body changed after signing', () => {
    const signed = request(sender, sample, sample.body, SECRET);
    expect(sender.verify(signed, ['another-secret'])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(sender.verify(request(sender, sample, sample.body), [SECRET])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_MISSING',
    });
    // A shared secret proves who sent the request, not what it says: only signatures cover the body.
    if (sender.auth.scheme !== 'shared-secret') {
      const tampered = { ...signed, rawBody: Buffer.from(`${sample.body} `, 'utf8') };
      expect(sender.verify(tampered, [SECRET])).toMatchObject({ ok: false });
    }
  });

  it('fails closed when every secret is empty, even for a body signed with the empty key', () => {
    const signedEmpty = request(sender, sample, sample.body, '');
    expect(sender.verify(signedEmpty, [''])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
    expect(sender.verify(signedEmpty, ['', ''])).toMatchObject({ ok: false });
  });

  if (sender.replayToleranceSeconds !== undefined) {
    const tolerance = sender.replayToleranceSeconds;
    it('refuses a signed request replayed after the tolerance, and accepts one within it', () => {
      const signed = request(sender, sample, sample.body, SECRET);
      const late = (seconds: number) => ({ ...signed, receivedAt: NOW + seconds * 1000 });
      expect(sender.verify(late(tolerance - 5), [SECRET])).toEqual({ ok: true });
      expect(sender.verify(late(tolerance + 60), [SECRET])).toMatchObject({
        ok: false,
        code: 'SIGNATURE_INVALID',
      });
      expect(sender.verify(late(-(tolerance + 60)), [SECRET])).toMatchObject({ ok: false });
    });
  }
}

describe.each(CONTRACT_SENDERS.map((s) => [s.id, s] as const))('sender %s', (_id, sender) => {
  it('describes itself: an id, a name, filterable events and samples of them', () => {
    expect(sender.id).toMatch(/^[a-z][a-z0-9-]{1,40}$/);
    expect(sender.name.trim()).not.toBe('');
    expect(sender.events.length).toBeGreaterThan(0);
    expect(new Set(sender.events).size).toBe(sender.events.length);
    for (const sample of sender.samples) expect(sender.events).toContain(sample.event);
  });

  it('tells the catalog how it authenticates, how to set it up and what it sends by default', () => {
    expect(sender.auth.summary.trim()).not.toBe('');
    expect(sender.setupHint.trim().length).toBeGreaterThan(20);
    expect(sender.setupHint.length).toBeLessThanOrEqual(400);
    // The ingest URL is the only credential exactly when the sender can send no other.
    expect(sender.auth.scheme === 'url-only').toBe(sender.secret === 'none');
    expect(sender.auth.scheme === 'timestamped-hmac').toBe(
      sender.replayToleranceSeconds !== undefined,
    );
    for (const event of sender.defaultEvents ?? []) {
      expect(['*', ...sender.events]).toContain(event);
    }
  });

  describe.each(sender.samples.map((s) => [s.event, s] as const))('sample %s', (_event, sample) => {
    if (sender.secret !== 'none') signatureContract(sender, sample);

    it('becomes an event with its name and a stable, bounded de-duplication id', () => {
      const first = interpretSigned(sender, request(sender, sample, sample.body, SECRET));
      const again = interpretSigned(sender, request(sender, sample, sample.body, SECRET));
      if (first.kind !== 'event') throw new Error(JSON.stringify(first));
      expect(first.eventName).toBe(sample.event);
      expect(first.deliveryId).toBeDefined();
      expect(first.deliveryId!.length).toBeLessThanOrEqual(128);
      expect(again).toMatchObject({ kind: 'event', deliveryId: first.deliveryId });
      expect(first.event.digest).toMatchObject({ source: sender.name, event: sample.event });
      expect(first.event.digest.title.trim()).not.toBe('');
    });

    it('renders a valid Adaptive Card 1.4 and a valid MessageCard within the size budget', () => {
      const { adaptive, legacy } = renderBoth(
        eventContent(sender, request(sender, sample, sample.body, SECRET)),
      );
      expect(adaptive.format).toBe('adaptive');
      expect(adaptive.bytes).toBeLessThanOrEqual(BUDGET);
      const envelope = JSON.parse(adaptive.body);
      expect(envelope.type).toBe('message');
      expect(validateAdaptiveCard(envelope.attachments[0].content)).toEqual([]);
      expect(legacy.format).toBe('messagecard');
      expect(legacy.bytes).toBeLessThanOrEqual(BUDGET);
      expect(validateMessageCard(JSON.parse(legacy.body))).toEqual([]);
    });

    it('keeps hostile text inert: no live links, mentions, bidi overrides or control characters', () => {
      const body = JSON.stringify(hostile(JSON.parse(sample.body)));
      const { adaptive, legacy } = renderBoth(
        eventContent(sender, request(sender, sample, body, SECRET)),
      );
      for (const rendered of [adaptive, legacy]) {
        // A MessageCard's summary is the plain-text notification preview, never Markdown.
        const { summary: _preview, ...formatted } = JSON.parse(rendered.body) as Record<
          string,
          unknown
        >;
        const text = JSON.stringify(formatted);
        expect(text).not.toMatch(/(?<!\\)\]\(javascript:/i);
        expect(text).not.toMatch(/<at>|<script/i);
        expect(text).not.toMatch(/\{\{DATE\(/);
        // Everywhere, the preview too: no bidi overrides or isolates, no control characters
        // (JSON writes those as \u escapes).
        expect(rendered.body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(rendered.body).not.toMatch(/\\u00[01][0-9a-f]/i);
      }
      expect(validateAdaptiveCard(JSON.parse(adaptive.body).attachments[0].content)).toEqual([]);
      expect(validateMessageCard(JSON.parse(legacy.body))).toEqual([]);
    });
  });

  it('answers its handshakes without queueing, and only by HEAD or GET when by method', () => {
    for (const method of sender.handshakeMethods) expect(['HEAD', 'GET']).toContain(method);
    for (const handshake of sender.handshakes) {
      const meaning = interpretSigned(sender, request(sender, handshake, handshake.body, SECRET));
      expect(meaning).toMatchObject({ kind: 'handshake', eventName: handshake.event });
      if (meaning.kind === 'handshake') expect(meaning.message.trim()).not.toBe('');
    }
  });

  it('turns an event type it has no card for into an informative card', () => {
    const unknown = sender.unknownEvent;
    expect(sender.events).not.toContain(unknown.event);
    const req = request(sender, unknown, unknown.body, SECRET);
    const meaning = interpretSigned(sender, req);
    if (meaning.kind !== 'event') throw new Error(JSON.stringify(meaning));
    expect(meaning.eventName).toBe(unknown.event);
    const { card } = meaning.event;
    expect(card.title.trim()).not.toBe('');
    // Says where or what beyond the title: a subtitle, a fact or a link to open it.
    expect(Boolean(card.subtitle) || card.facts.length > 0 || card.links.length > 0).toBe(true);
    const { adaptive, legacy } = renderBoth(meaning.event);
    expect(validateAdaptiveCard(JSON.parse(adaptive.body).attachments[0].content)).toEqual([]);
    expect(validateMessageCard(JSON.parse(legacy.body))).toEqual([]);
  });

  it('refuses a body that is not JSON as malformed, and never throws on other JSON', () => {
    const sample = sender.samples[0];
    for (const body of ['{"action": ', 'not json at all', '']) {
      const req = request(sender, sample, body, SECRET);
      if (sender.secret !== 'none') expect(sender.verify(req, [SECRET])).toEqual({ ok: true });
      const parsed = sender.parse(req);
      const meaning = parsed.ok ? sender.interpret(parsed.payload, req) : undefined;
      expect(meaning === undefined || meaning.kind === 'malformed', body).toBe(true);
    }
    // Valid JSON of another shape: malformed for senders with a format, a card for generic ones.
    for (const body of ['[1, 2, 3]', '"text"', 'null', '{}', '{"constructor": {"prototype": 1}}']) {
      const req = request(sender, sample, body, SECRET);
      const parsed = sender.parse(req);
      const meaning = parsed.ok ? sender.interpret(parsed.payload, req) : undefined;
      expect(['malformed', 'event', 'ignored', undefined]).toContain(meaning?.kind);
      if (meaning?.kind === 'event') expect(meaning.event.card.title.trim()).not.toBe('');
    }
  });
});
