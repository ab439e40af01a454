/**
 * One HTTP operation, declared once: where it lives, who may call it, what it takes and
 * answers, which refusals it documents, and a handler that returns its answer instead of
 * writing to a response. `mount.ts` serves the table with Express; `openapi.ts` describes it.
 */
import type { Router } from 'express';
import type { ZodType, z } from 'zod';
import type { AuditDraft } from '../../core/audit.js';
import type { ErrorCode } from '../../core/errors.js';
import type { Logger, LogFields } from '../../core/logger.js';
import type { Principal } from '../../core/policy.js';
import type { AppDeps } from '../context.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

/**
 * `public`: anyone (health, ingest, the sign-in page). `bearer`: an admin or user token,
 * resolved before any body byte is read; `admin` narrows it to org admins. The handler sees
 * the caller as `principal`.
 */
export type Access = 'public' | 'bearer' | 'admin';

export type MediaType =
  'application/json' | 'text/html' | 'text/plain' | 'text/javascript' | 'text/css';

export interface ResponseSpec {
  description: string;
  /** The body's schema (JSON), registered in `schemas.ts` so it is documented by name. */
  schema?: ZodType;
  /** Default `application/json` when there is a schema; none when there is no body. */
  type?: MediaType | readonly MediaType[];
  /** Response headers worth documenting (`Location`, `Deprecation`): name → description. */
  headers?: Readonly<Record<string, string>>;
}

export type Responses = Readonly<Record<number, ResponseSpec>>;

type BodyOf<S extends ResponseSpec> = S['schema'] extends ZodType
  ? z.input<S['schema']>
  : S['type'] extends MediaType
    ? string
    : undefined;

/**
 * What a handler answers: one of its declared statuses, with a body of that status's schema.
 * A change an admin or owner made carries `audit`: the edge records it with who and when.
 */
export type Reply<R extends Responses> = {
  [S in keyof R & number]: {
    status: S;
    headers?: Readonly<Record<string, string | readonly string[]>>;
    audit?: AuditDraft | undefined;
  } & (BodyOf<R[S]> extends undefined ? { body?: undefined } : { body: BodyOf<R[S]> });
}[keyof R & number];

/** How the request body is read: JSON or a form, validated by a schema; or raw bytes on demand. */
export type BodySpec =
  | { kind: 'json'; schema: ZodType; optional?: boolean; description?: string }
  | { kind: 'form'; schema: ZodType; description?: string }
  | { kind: 'raw'; description: string; types: readonly string[] };

type Parsed<T, Fallback> = T extends ZodType ? z.output<T> : Fallback;
type BodyValue<B> = B extends { kind: 'json' | 'form'; schema: infer S }
  ? Parsed<S, never>
  : undefined;

export interface Context<P, Q, B, A extends Access> {
  params: Parsed<P, Record<string, never>>;
  query: Parsed<Q, Record<string, never>>;
  body: BodyValue<B>;
  /** Who is calling; only for operations behind a token. */
  principal: A extends 'public' ? undefined : Principal;
  /** Header names lower-cased, repeated values joined with ", ". */
  headers: Readonly<Record<string, string | undefined>>;
  /** For `raw` bodies: reads them (bounded by the operation's limit) when the handler is ready. */
  readRaw: () => Promise<Buffer>;
  /** The request's logger (it carries the request id). */
  log: Logger;
  /** Fields every later log line of this request carries (the connector it was for). */
  annotate: (fields: LogFields) => void;
  /** The request as the browser sent it, for pages that must know their own origin. */
  origin: { protocol: string; host: string | undefined };
  deps: AppDeps;
}

export interface OperationSpec<
  P extends ZodType | undefined,
  Q extends ZodType | undefined,
  B extends BodySpec | undefined,
  R extends Responses,
  A extends Access,
> {
  /** The OpenAPI operationId: unique, camelCase. */
  id: string;
  method: Method;
  /** As OpenAPI writes it: `/api/v1/channels/{channelId}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: A;
  /** Who may call it, in words, when it is narrower than `access` says. */
  who?: string;
  /** Path parameters; one that does not match its schema is a 404 before anything else runs. */
  params?: P;
  query?: Q;
  body?: B;
  /** Upper bound for the body in bytes, or how to read it from the settings; 256 KiB by default. */
  bodyLimit?: number | ((deps: AppDeps) => number);
  responses: R;
  /** Refusals this operation can produce beyond the ones its access and body imply. */
  errors?: Partial<Record<ErrorCode, string>>;
  /**
   * Runs before the body is read, and may answer instead of the handler (a form posted from
   * another origin is refused without reading it).
   */
  before?: (ctx: Omit<Context<P, Q, undefined, A>, 'body' | 'readRaw'>) => Reply<R> | undefined;
  /** Called once the answer is sent, whatever it was, for the operation's own metrics. */
  observe?: (
    deps: AppDeps,
    outcome: { status: number; seconds: number; fields: LogFields },
  ) => void;
  handle(ctx: Context<P, Q, B, A>): Promise<Reply<R>> | Reply<R>;
}

/**
 * An app served under a path (the queue dashboard, the dashboard's static files), documented
 * by its entry page. `admin-pages`: org admins, by token or session; `none`: anyone.
 */
export interface MountSpec {
  id: string;
  kind: 'mount';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  responses: Responses;
  security: 'admin-pages' | 'none';
  router: (deps: AppDeps) => Router | undefined;
}

/** Any answer, as the table holds handlers once their own types are checked. */
export interface AnyReply {
  status: number;
  headers?: Readonly<Record<string, string | readonly string[]>>;
  body?: unknown;
  audit?: AuditDraft | undefined;
}

/** An operation as the table holds it: its own types erased, checked when it was declared. */
export interface AnyOperation extends Omit<
  OperationSpec<ZodType | undefined, ZodType | undefined, BodySpec | undefined, Responses, Access>,
  'handle' | 'before'
> {
  before?: (
    ctx: Omit<Context<unknown, unknown, undefined, Access>, 'body' | 'readRaw'>,
  ) => AnyReply | undefined;
  handle(ctx: Context<unknown, unknown, unknown, Access>): Promise<AnyReply> | AnyReply;
}

type Declared<P, Q, B, R extends Responses, A extends Access> = Omit<
  OperationSpec<
    P & (ZodType | undefined),
    Q & (ZodType | undefined),
    B & (BodySpec | undefined),
    R,
    A
  >,
  'handle' | 'before'
>;

/** The second step of a declaration: the types are fixed by then, so replies are checked. */
export interface OperationBuilder<P, Q, B, R extends Responses, A extends Access> {
  before(
    guard: NonNullable<
      OperationSpec<
        P & (ZodType | undefined),
        Q & (ZodType | undefined),
        B & (BodySpec | undefined),
        R,
        A
      >['before']
    >,
  ): OperationBuilder<P, Q, B, R, A>;
  handle(
    handler: OperationSpec<
      P & (ZodType | undefined),
      Q & (ZodType | undefined),
      B & (BodySpec | undefined),
      R,
      A
    >['handle'],
  ): AnyOperation;
}

/**
 * Declares an operation: `defineOperation({...}).handle(ctx => reply)`. In two steps because
 * TypeScript infers the responses' types before it checks the handler only across calls: the
 * handler's replies are then checked against the declared statuses and schemas.
 */
export function defineOperation<
  P extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  B extends BodySpec | undefined = undefined,
  R extends Responses = Responses,
  A extends Access = Access,
>(spec: Declared<P, Q, B, R, A>): OperationBuilder<P, Q, B, R, A> {
  let guard: unknown;
  const builder: OperationBuilder<P, Q, B, R, A> = {
    before(fn) {
      guard = fn;
      return builder;
    },
    handle(handler) {
      return {
        ...spec,
        ...(guard ? { before: guard } : {}),
        handle: handler,
      } as unknown as AnyOperation;
    },
  };
  return builder;
}
