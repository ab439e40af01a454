import { createHash } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationKind } from '../../src/core/destination.js';
import { PROBE_HEADER } from '../../src/delivery/probe.js';

/**
 * A real HTTP server that answers like Teams (see TEAMS.md). Where real Teams fails silently
 * after accepting (a Workflows body that is not an envelope, an oversized Workflows card), the
 * fake refuses loudly so that tests catch what production would hide; where Teams accepts but
 * nothing appears in the channel, the post is recorded with `landed: false`.
 */

/** One scripted behaviour. A scripted status is recorded as not landed: scripts stand for failures. */
export interface ScriptedResponse {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Destroy the socket instead of answering. */
  destroy?: boolean;
  /** Wait first; with nothing else scripted, answer normally afterwards. */
  delayMs?: number;
}

export interface ReceivedPost {
  kind: DestinationKind;
  id: string;
  /** Parsed JSON, undefined when the body is not JSON. */
  body: unknown;
  raw: string;
  headers: IncomingHttpHeaders;
  at: number;
  /** The status answered; undefined until answered, and for destroyed sockets. */
  status: number | undefined;
  /** Whether a card would have appeared in the channel. */
  landed: boolean;
  /** Why it did not land, when known. */
  problem?: string;
}

export interface FakeTeamsOptions {
  /** Enforce the per-webhook limits of TEAMS.md (O365 windows; Workflows 25 per 300 s). */
  enforceRateLimits?: boolean;
  now?: () => number;
}

export interface FakeTeams {
  readonly origin: string;
  workflowsUrl(id: string): string;
  o365Url(id: string): string;
  otherUrl(id: string): string;
  /** Queue behaviours for the next posts to `id`, one per post, before normal answers resume. */
  script(id: string, responses: ScriptedResponse[]): void;
  /** Posts received, all or for one id, in arrival order. */
  posts(id?: string): ReceivedPost[];
  /**
   * Checks of a URL that post nothing (the relay's probe on rotation), all or for one id: kept
   * apart from posts, and never consuming a script.
   */
  probes(id?: string): ReceivedPost[];
  /** The flow or connector behind `id` is deleted: everything sent to it answers 404/410. */
  remove(id: string): void;
  /** Resolves once `n` posts to `id` were received (possibly before they are answered). */
  waitForPosts(id: string, n: number, timeoutMs?: number): Promise<ReceivedPost[]>;
  close(): Promise<void>;
}

export const FAKE_SIG = 'abc';
export const TEAMS_MAX_BODY_BYTES = 28 * 1024;

const O365_LIMITS: ReadonlyArray<readonly [windowMs: number, max: number]> = [
  [1_000, 4],
  [30_000, 60],
  [3_600_000, 100],
  [7_200_000, 150],
  [86_400_000, 1_800],
];
const WORKFLOWS_LIMITS = [[300_000, 25]] as const;

const WORKFLOWS_PATH =
  /^(?:\/powerautomate\/automations\/direct(?:\/cu\/\d+)?)?\/workflows\/([^/]+)\/triggers\/manual\/paths\/invoke\/?$/;
const O365_PATH =
  /^\/webhookb2\/[^/]+@[^/]+\/IncomingWebhook\/([0-9a-f]{32})\/[^/]+(?:\/V2[^/]*)?$/;
const OTHER_PATH = /^\/other\/([^/]+)$/;

const innerError = (code: number): string =>
  `Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error ${code} with ContextId tcid=0,server=msgapi-fake-1,cv=fake.0`;

export async function startFakeTeams(opts: FakeTeamsOptions = {}): Promise<FakeTeams> {
  const now = opts.now ?? Date.now;
  const received: ReceivedPost[] = [];
  const probes: ReceivedPost[] = [];
  const removed = new Set<string>();
  const scripts = new Map<string, ScriptedResponse[]>();
  const o365Ids = new Map<string, string>(); // 32-hex token -> id
  const accepted = new Map<string, number[]>(); // `${kind}:${id}` -> times, for rate limits
  const waiters = new Set<() => void>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    res.on('error', () => {}); // clients that hang up early are part of the game
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const route = routeOf(url);
    if (!route) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBytes = Buffer.concat(chunks);
    const raw = rawBytes.toString('utf8');
    const post: ReceivedPost = {
      ...route,
      body: parseJson(raw),
      raw,
      headers: req.headers,
      at: now(),
      status: undefined,
      landed: false,
    };
    if (removed.has(route.id)) {
      // A deleted flow is unknown to the trigger; a removed O365 connector answers 410.
      post.status = route.kind === 'o365' ? 410 : 404;
      (req.headers[PROBE_HEADER] ? probes : received).push(post);
      for (const wake of waiters) wake();
      if (route.kind === 'workflows') {
        const gone = wfError(404, 'WorkflowNotFound', 'The workflow was not found.');
        return void res.writeHead(gone.status, gone.headers).end(gone.body);
      }
      return void res.writeHead(post.status).end('');
    }
    if (req.headers[PROBE_HEADER]) {
      probes.push(post);
      const answer = natural(post, url, rawBytes.length);
      post.status = answer.status;
      return void res.writeHead(answer.status, answer.headers).end(answer.body);
    }
    received.push(post);
    for (const wake of waiters) wake();

    const step = scripts.get(route.id)?.shift();
    if (step?.delayMs) await sleep(step.delayMs);
    if (step?.destroy) {
      post.problem = 'socket destroyed';
      return void req.socket.destroy();
    }
    if (step?.status !== undefined) {
      post.status = step.status;
      post.problem = 'scripted answer';
      return void res.writeHead(step.status, step.headers).end(step.body ?? '');
    }
    const answer = natural(post, url, rawBytes.length);
    post.status = answer.status;
    res.writeHead(answer.status, answer.headers).end(answer.body);
  }

  function routeOf(url: URL): { kind: DestinationKind; id: string } | undefined {
    const wf = WORKFLOWS_PATH.exec(url.pathname);
    if (wf) return { kind: 'workflows', id: decodeURIComponent(wf[1]!) };
    const o365 = O365_PATH.exec(url.pathname);
    const o365Id = o365 && o365Ids.get(o365[1]!);
    if (o365Id !== undefined && o365Id !== null) return { kind: 'o365', id: o365Id };
    const other = OTHER_PATH.exec(url.pathname);
    if (other) return { kind: 'other', id: decodeURIComponent(other[1]!) };
    return undefined;
  }

  function natural(post: ReceivedPost, url: URL, size: number): Answer {
    switch (post.kind) {
      case 'workflows':
        return workflows(post, url, size);
      case 'o365':
        return o365(post, size);
      case 'other':
        if (post.body === undefined) return text(400, 'body is not JSON');
        post.landed = true;
        return text(200, '');
    }
  }

  function workflows(post: ReceivedPost, url: URL, size: number): Answer {
    const sig = url.searchParams.get('sig');
    if (!sig)
      return wfError(401, 'DirectApiAuthorizationRequired', 'The request must be authenticated.');
    if (sig !== FAKE_SIG) {
      return wfError(
        401,
        'DirectApiInvalidAuthorizationSignature',
        'The provided signature is not valid.',
      );
    }
    if (size > TEAMS_MAX_BODY_BYTES) {
      return wfError(
        413,
        'RequestEntityTooLarge',
        'The card is over the Teams message size limit.',
      );
    }
    if (!isEnvelope(post.body)) {
      return wfError(
        400,
        'InvalidRequestContent',
        'The body is not a message with adaptive attachments.',
      );
    }
    // The trigger accepts; what follows happens inside the flow, invisible to the caller.
    const reply: Answer = {
      status: 202,
      headers: { 'x-ms-workflow-run-id': `run-${received.length}` },
      body: '',
    };
    const version = cardVersion(post.body);
    if (overLimit(post, WORKFLOWS_LIMITS)) post.problem = 'throttled inside the flow';
    else if (version !== undefined && version > 1.4) {
      post.problem = `card version ${version} cannot be displayed`;
    } else post.landed = true;
    return reply;
  }

  function o365(post: ReceivedPost, size: number): Answer {
    if (overLimit(post, O365_LIMITS)) return text(200, innerError(429));
    if (size > TEAMS_MAX_BODY_BYTES) return text(200, innerError(413));
    const body = post.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return text(400, 'Bad payload received by generic incoming webhook.');
    }
    const card = body as Record<string, unknown>;
    const hasText = (k: string): boolean => typeof card[k] === 'string' && card[k] !== '';
    if (!isEnvelope(body) && !hasText('summary') && !hasText('text')) {
      return text(400, 'Summary or Text is required.');
    }
    post.landed = true;
    return text(200, '1');
  }

  /** Sliding windows, stricter than any fixed alignment Teams might use. */
  function overLimit(
    post: ReceivedPost,
    limits: ReadonlyArray<readonly [number, number]>,
  ): boolean {
    if (!opts.enforceRateLimits) return false;
    const key = `${post.kind}:${post.id}`;
    const times = accepted.get(key) ?? [];
    const busy = limits.some(
      ([windowMs, max]) => times.filter((t) => t > post.at - windowMs).length >= max,
    );
    if (!busy) accepted.set(key, [...times.filter((t) => t > post.at - 86_400_000), post.at]);
    return busy;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  return {
    origin,
    workflowsUrl: (id) =>
      `${origin}/powerautomate/automations/direct/workflows/${encodeURIComponent(id)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${FAKE_SIG}`,
    o365Url(id) {
      const h = createHash('sha256').update(id).digest('hex');
      o365Ids.set(h.slice(0, 32), id);
      return `${origin}/webhookb2/${guid(h, 32)}@${guid(h, 0)}/IncomingWebhook/${h.slice(0, 32)}/${guid(h, 16)}`;
    },
    otherUrl: (id) => `${origin}/other/${encodeURIComponent(id)}`,
    script(id, responses) {
      scripts.set(id, [...(scripts.get(id) ?? []), ...responses]);
    },
    posts: (id) => received.filter((p) => id === undefined || p.id === id),
    probes: (id) => probes.filter((p) => id === undefined || p.id === id),
    remove: (id) => void removed.add(id),
    waitForPosts(id, n, timeoutMs = 5_000) {
      const mine = (): ReceivedPost[] => received.filter((p) => p.id === id);
      if (mine().length >= n) return Promise.resolve(mine());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`fake Teams: ${mine().length} of ${n} posts to ${id} after ${timeoutMs} ms`),
          );
        }, timeoutMs);
        const check = (): void => {
          if (mine().length < n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mine());
        };
        waiters.add(check);
      });
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function text(status: number, body: string): Answer {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

function wfError(status: number, code: string, message: string): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: { code, message } }),
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isEnvelope(body: unknown): boolean {
  const b = body as { type?: unknown; attachments?: unknown } | null | undefined;
  return (
    b?.type === 'message' &&
    Array.isArray(b.attachments) &&
    b.attachments.length > 0 &&
    b.attachments.every(
      (a: { contentType?: unknown } | null) =>
        a?.contentType === 'application/vnd.microsoft.card.adaptive',
    )
  );
}

function cardVersion(body: unknown): number | undefined {
  const version = (body as { attachments: { content?: { version?: unknown } }[] }).attachments[0]
    ?.content?.version;
  return typeof version === 'string' ? Number(version) : undefined;
}

function guid(hex: string, at: number): string {
  const h = hex.slice(at, at + 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
