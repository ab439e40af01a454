import { Router } from 'express';
import { z } from 'zod';
import { SENDERS, senderFor } from '../../connectors/registry.js';
import { renderForChannel } from '../../cards/for-channel.js';
import { RelayError } from '../../core/errors.js';
import type { LifecycleState } from '../../core/entities.js';
import type { Store } from '../../store/index.js';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import { parseBody } from '../validate.js';

const LifecyclePatch = z
  .strictObject({
    lifecycle: z.enum(['available', 'retired', 'scheduled']),
    availableFrom: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((v) => v.lifecycle !== 'scheduled' || v.availableFrom !== undefined, {
    error: 'a scheduled type needs availableFrom',
    path: ['availableFrom'],
  });

export async function lifecycleOf(store: Store, typeId: string): Promise<LifecycleState> {
  return (await store.connectors.lifecycle(typeId)) ?? { lifecycle: 'available' };
}

export function catalogRoutes({ store, clock }: AppDeps): Router {
  const r = Router();

  r.get('/api/v1/catalog', async (_req, res) => {
    principalOf(res);
    const entries = await Promise.all(
      SENDERS.map(async (p) => {
        const state = await lifecycleOf(store, p.id);
        return {
          id: p.id,
          name: p.name,
          kind: 'builtin' as const,
          lifecycle: state.lifecycle,
          ...(state.availableFrom ? { availableFrom: state.availableFrom } : {}),
          events: p.events,
          openEvents: p.openEvents === true,
          signature: p.secret,
          samples: p.samples.map((sample) => sample.event),
        };
      }),
    );
    res.json(entries);
  });

  r.patch('/api/v1/catalog/:typeId', async (req, res) => {
    requireAdmin(principalOf(res));
    knownSender(req.params.typeId);
    const state = parseBody(LifecyclePatch, req.body);
    await store.connectors.setLifecycle(req.params.typeId, state);
    res.json({ id: req.params.typeId, ...state });
  });

  r.get('/api/v1/catalog/:typeId/preview', (req, res) => {
    principalOf(res);
    const sender = knownSender(req.params.typeId);
    const event = typeof req.query.event === 'string' ? req.query.event : undefined;
    const sample = sampleFor(sender, event);
    // The same parse and interpretation as a real delivery; nothing is queued or sent.
    const request = sampleRequest(
      sender,
      sample,
      'https://relay.invalid/hooks/preview',
      [],
      clock.now(),
    );
    const parsed = sender.parse(request);
    const meaning = parsed.ok ? sender.interpret(parsed.payload, request) : undefined;
    if (meaning?.kind !== 'event') {
      throw new RelayError('INTERNAL', `the ${sender.name} sample '${sample.event}' made no card`);
    }
    const rendered = renderForChannel(
      meaning.event,
      { kind: 'workflows', o365Format: 'messagecard' },
      { actionableMessagesEnabled: false },
      PREVIEW_MAX_BYTES,
    );
    const envelope = JSON.parse(rendered.body) as { attachments: [{ content: unknown }] };
    res.json({
      type: sender.id,
      event: sample.event,
      samples: sender.samples.map((s) => s.event),
      summary: meaning.event.card.summary,
      card: envelope.attachments[0].content,
    });
  });

  return r;
}

/** The size a Workflows channel would get, so the preview is what a channel would show. */
const PREVIEW_MAX_BYTES = 24 * 1024;

function knownSender(typeId: string) {
  const sender = senderFor(typeId);
  if (sender) return sender;
  throw new RelayError(
    'NOT_FOUND',
    `no connector type '${typeId}'; the catalog has: ${SENDERS.map((s) => s.id).join(', ')}`,
  );
}
