import type { MessageContent } from '../core/message.js';

/** What the ingest edge hands a sender: the request exactly as it arrived. */
export interface IngestRequest {
  method: string;
  /** Header names lower-cased; a repeated header's values joined with ", ". */
  headers: Readonly<Record<string, string | undefined>>;
  /** The exact bytes of the body: signatures are checked on these, never on re-serialised JSON. */
  rawBody: Buffer;
  /** The ingest URL exactly as handed out for this connector (Trello signs over it). */
  callbackUrl: string;
  /** When the relay received the request, ms since the epoch: signed timestamps are checked against it. */
  receivedAt: number;
}

/** What a sender signs over, and when: the signature headers are computed from these. */
export type SigningInput = Pick<
  IngestRequest,
  'rawBody' | 'callbackUrl' | 'headers' | 'receivedAt'
>;

/** How the sender proves a request is its own, as the catalog describes it. */
export interface SenderAuth {
  /**
   * `hmac`: a signature over the raw body; `timestamped-hmac`: over a timestamp and the body,
   * refused when stale; `shared-secret`: a token or password the sender repeats verbatim;
   * `url-only`: the sender can send nothing, so the unguessable ingest URL is the credential.
   */
  readonly scheme: 'hmac' | 'timestamped-hmac' | 'shared-secret' | 'url-only';
  /** One line for people: which header carries what. */
  readonly summary: string;
}

export type VerifyResult =
  { ok: true } | { ok: false; code: 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID'; message: string };

export type ParseResult = { ok: true; payload: unknown } | { ok: false; message: string };

/**
 * What a sender makes of a verified, parsed request. `E` is the sender's own event type: the
 * outside world only ever sees `Interpretation` (E = MessageContent), built by the kit.
 */
export type Outcome<E> =
  /** A sender's liveness check (GitHub `ping`): answered 200, nothing queued. */
  | { kind: 'handshake'; eventName: string; message: string }
  /** A real event; `deliveryId` is the sender's id used for 24 h de-duplication. */
  | { kind: 'event'; eventName: string; deliveryId: string | undefined; event: E }
  /** Carries no news for people (a Trello card re-ordered within a list): 200, nothing queued. */
  | { kind: 'ignored'; eventName: string; reason: string }
  /** The body parsed but is not the sender's format: 400. */
  | { kind: 'malformed'; message: string };

export type Interpretation = Outcome<MessageContent>;

/** A request as the sender would make it, for `/connectors/{id}/test` and catalog previews. */
export interface SampleEvent {
  /** The event name the sample produces, as a connector's filter would list it. */
  event: string;
  /** Headers the sender sets besides its signature (event name, delivery id, content type). */
  headers: Readonly<Record<string, string>>;
  body: string;
}

export interface Sender {
  /** The connector type id: `github`, `trello`. */
  readonly id: string;
  /** As a person would name the service: "GitHub". */
  readonly name: string;
  /**
   * Event names a connector's `events` filter may list. A sender can send names beyond these
   * (new event types): they pass a connector without a filter and get a generic card.
   */
  readonly events: readonly string[];
  /** The sender names its own events (generic JSON): a filter may list any name. */
  readonly openEvents?: boolean;
  /**
   * `required`: the relay generates a secret when none is given and every request must be
   * signed with it. `optional`: requests are checked when the connector has a secret.
   * `none`: the sender cannot send any credential; a connector of this type takes no secret.
   */
  readonly secret: 'required' | 'optional' | 'none';
  readonly auth: SenderAuth;
  /** What to paste where in the sender's settings, in one or two sentences. */
  readonly setupHint: string;
  /**
   * The filter a connector gets when it is created without one: the events people usually
   * want from this sender. Absent means every event (`["*"]`).
   */
  readonly defaultEvents?: readonly string[];
  /**
   * For timestamped schemes: how far, in seconds, a signed timestamp may be from the receive
   * time before the request is refused as a replay.
   */
  readonly replayToleranceSeconds?: number;
  /** Methods answered 200 with no checks, for the sender's URL handshake (Trello's HEAD). */
  readonly handshakeMethods: readonly string[];
  /**
   * Pure: checks the signature over the raw bytes against each secret (several during a
   * rotation), constant-time. Called only when the connector has at least one secret, or the
   * sender requires one; never for `secret: 'none'`.
   */
  verify(req: IngestRequest, secrets: readonly string[]): VerifyResult;
  /** Pure: reads the verified raw body (JSON, or the sender's form encoding). */
  parse(req: IngestRequest): ParseResult;
  /** Pure: validates the parsed payload and turns it into the message to queue. */
  interpret(payload: unknown, req: IngestRequest): Interpretation;
  /** Pure: the signature headers the sender would add to `req` when signing with `secret`. */
  sign(req: SigningInput, secret: string): Record<string, string>;
  /** Realistic events, the first being the default sample; at least one. */
  readonly samples: readonly [SampleEvent, ...SampleEvent[]];
  /** Requests the sender makes to check a URL (GitHub's `ping`): answered 200, never queued. */
  readonly handshakes: readonly SampleEvent[];
  /**
   * An event of a type the sender has no dedicated card for, as it might add one tomorrow:
   * it must still become an informative card.
   */
  readonly unknownEvent: SampleEvent;
}
