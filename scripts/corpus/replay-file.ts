import { createHash } from 'node:crypto';
import type { ReceivedPost } from '../../test/support/fake-teams.js';
import type { Sender } from '../../src/connectors/types.js';
import { Deliveries, IngestBody } from './answers.js';
import { cardProblem } from './card-check.js';
import type { PayloadFile } from './folders.js';
import { WORKFLOW_ID, type CreatedConnector, type Harness } from './harness.js';
import type { HeaderRule } from './sender-headers.js';
import { subjectOf } from './subjects.js';

/** What a file should become: a card, or (by an explicit rule) nothing posted. */
export type Expected = 'card' | 'handshake' | 'duplicate';

export interface FileResult {
  type: string;
  /** `folder/file.json`, as the failure list names it. */
  file: string;
  ok: boolean;
  expected: Expected;
  reason?: string;
  /** The relay's delivery id when it queued the file: a card was (or should have been) posted. */
  deliveryId?: string;
  /** Failed before anything was sent, for a reason shared by its whole folder. */
  unsent?: boolean;
}

/** One connector type as the replay needs it: the sender, its rules and its connector. */
export interface Target {
  type: string;
  sender: Sender;
  rule: HeaderRule;
  connector: CreatedConnector;
  /** The secret the connector checks, or undefined for senders that take none. */
  secret: string | undefined;
  /** Delivery ids of the folder's files queued so far, by file stem. */
  queued: Map<string, string>;
}

/** A v4-shaped UUID fixed by the file and purpose, so a corpus always sends the same ids. */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Answer {
  status: number;
  /** The body when it has a shape the ingest URL documents; its text otherwise. */
  body: IngestBody | { text: string };
}

/** What the ingest URL answered, in words. */
function describe({ status, body }: Answer): string {
  if ('error' in body) return `answered ${status} ${body.error.code}: ${body.error.message}`;
  if ('text' in body) return `answered ${status} ${JSON.stringify(body.text.slice(0, 200))}`;
  switch (body.status) {
    case 'queued':
      return `was queued as ${body.deliveryId}`;
    case 'ignored':
      return `answered ${status}, ignored: ${body.reason}`;
    case 'ok':
      return `answered ${status} as a handshake: ${body.message}`;
    case 'duplicate':
      return `answered ${status}, a duplicate of delivery ${body.deliveryId}`;
  }
}

async function deliveryState(harness: Harness, deliveryId: string): Promise<string> {
  const res = await harness.api('GET', `/api/v1/channels/${harness.channelId}/deliveries`);
  const listed = Deliveries.safeParse(res.body);
  const found = listed.success
    ? listed.data.deliveries.find((d) => d.id === deliveryId)
    : undefined;
  if (!found) return 'not listed';
  return found.lastError ? `${found.state}: ${found.lastError}` : found.state;
}

/** The request the sender would make for `file`: its headers plus its signature. */
function senderRequest(file: PayloadFile, target: Target) {
  const sentAt = Date.now();
  const request = target.rule.request(file, {
    sentAt,
    uuid: (purpose) => stableUuid(`${file.folder}/${file.name}#${purpose}`),
  });
  const signs = target.secret !== undefined && !target.rule.unsigned?.(file);
  const signature = signs
    ? target.sender.sign(
        {
          rawBody: file.bytes,
          callbackUrl: target.connector.ingestUrl,
          headers: request.headers,
          receivedAt: sentAt,
        },
        target.secret!,
      )
    : {};
  return { event: request.event, headers: { ...request.headers, ...signature } };
}

async function post(
  harness: Harness,
  target: Target,
  headers: Record<string, string>,
  body: Buffer,
): Promise<Answer> {
  // The ingest URL's path against the relay's own address: the host in PUBLIC_URL is only
  // what the sender was told, and what Trello signs over.
  const ingest = new URL(target.connector.ingestUrl);
  const res = await fetch(harness.relayUrl + ingest.pathname + ingest.search, {
    method: 'POST',
    headers,
    body,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: res.status, body: { text } };
  }
  const parsed = IngestBody.safeParse(json);
  return { status: res.status, body: parsed.success ? parsed.data : { text } };
}

/**
 * Sends one payload byte for byte to the connector's ingest URL, with the sender's headers
 * and signature, and judges what follows. A queued file's card is the next post to the fake
 * Teams: every card is awaited before the next file is sent.
 */
export async function replayFile(
  file: PayloadFile,
  target: Target,
  harness: Harness,
  cardTimeoutMs: number,
): Promise<FileResult> {
  const original = target.rule.duplicates?.get(file.stem);
  let expected: Expected = original !== undefined ? 'duplicate' : 'card';
  const result = (reason?: string, deliveryId?: string): FileResult => ({
    type: target.type,
    file: `${file.folder}/${file.name}`,
    ok: reason === undefined,
    expected,
    ...(reason !== undefined ? { reason } : {}),
    ...(deliveryId !== undefined ? { deliveryId } : {}),
  });

  let request;
  try {
    request = senderRequest(file, target);
  } catch (err) {
    return result(err instanceof Error ? err.message : String(err));
  }
  if (request.event !== undefined && target.rule.handshakeEvents?.includes(request.event)) {
    expected = 'handshake';
  }

  const before = harness.teams.posts(WORKFLOW_ID).length;
  const answer = await post(harness, target, request.headers, file.bytes);
  const { body } = answer;
  const deliveryId =
    answer.status === 202 && 'status' in body && body.status === 'queued'
      ? body.deliveryId
      : undefined;

  let card: ReceivedPost | undefined;
  if (deliveryId !== undefined) {
    target.queued.set(file.stem, deliveryId);
    try {
      card = (await harness.teams.waitForPosts(WORKFLOW_ID, before + 1, cardTimeoutMs))[before];
    } catch {
      if (expected === 'card') {
        const state = await deliveryState(harness, deliveryId);
        return result(
          `queued, but no card arrived within ${cardTimeoutMs} ms (${state})`,
          deliveryId,
        );
      }
    }
  }

  switch (expected) {
    case 'handshake':
      if (deliveryId === undefined && answer.status >= 200 && answer.status < 300) return result();
      return result(`a ${request.event} handshake, but it ${describe(answer)}`, deliveryId);
    case 'duplicate': {
      const first = target.queued.get(original!);
      const same =
        answer.status === 200 &&
        'status' in body &&
        body.status === 'duplicate' &&
        first !== undefined &&
        body.deliveryId === first;
      if (same) return result();
      return result(
        `should repeat ${original}.json (${first ? `delivery ${first}` : 'not queued'}), but it ${describe(answer)}`,
        deliveryId,
      );
    }
    case 'card':
      if (!card) return result(describe(answer));
      return result(cardProblem(card, subjectOf(target.type, file)), deliveryId);
  }
}
