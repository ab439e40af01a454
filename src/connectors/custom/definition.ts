/**
 * A custom connector type as an org admin uploads it: who the sender is, how it proves a
 * request is its own, where its event name and delivery id are, and one card template per
 * event (Adaptive Cards Templating, `${...}` over the payload) with a fallback under `"*"`.
 * Data only: nothing in a definition is ever run as code.
 */
import { z } from 'zod';

/** Bounds on what a definition may ask of the relay; each is checked on upload. */
export const DEFINITION_LIMITS = {
  /** The whole definition, serialised. */
  bytes: 64 * 1024,
  /** Templates (event names plus the fallback). */
  templates: 50,
  /** Nesting of objects and arrays in one template. */
  depth: 16,
  /** Characters of one string holding `${...}`. */
  expressionChars: 1000,
  /** Samples kept for previews and tests. */
  samples: 10,
  /** Serialised size of one sample payload. */
  sampleBytes: 16 * 1024,
} as const;

/** Reserved: the fallback template every definition has. */
export const FALLBACK = '*';

const headerName = z
  .string()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'Expected an HTTP header name');

/** RFC 6901: "" (the whole body) or "/a/b~1c/0". */
const jsonPointer = z
  .string()
  .max(300)
  .regex(/^(?:\/(?:[^~/]|~[01])*)*$/, 'Expected a JSON pointer such as "/event/type"');

/** Where a value is: a request header, or a place in the JSON body. */
export const locatorSchema = z.union([
  z.strictObject({ header: headerName }),
  z.strictObject({ pointer: jsonPointer }),
]);
export type Locator = z.infer<typeof locatorSchema>;

const prefix = z.string().max(40).optional();

export const authSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({
    type: z.literal('header'),
    /** The header the sender repeats the shared token in. */
    header: headerName,
    /** Text before the token, e.g. `Bearer `. */
    prefix,
  }),
  z.strictObject({
    type: z.literal('hmac'),
    header: headerName,
    algorithm: z.enum(['sha1', 'sha256', 'sha512']),
    encoding: z.enum(['hex', 'base64']),
    prefix,
  }),
]);
export type CustomAuth = z.infer<typeof authSchema>;

const eventName = z
  .string()
  .min(1)
  .max(100)
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  .regex(/^[^\s\u0000-\u001f]+$/, 'Expected an event name without spaces');

export const sampleSchema = z.strictObject({
  event: eventName,
  /** Headers the sender sets besides its signature. */
  headers: z.record(headerName, z.string().max(1000)).optional(),
  payload: z.unknown(),
});
export type CustomSample = z.infer<typeof sampleSchema>;

export const TYPE_ID = /^[a-z][a-z0-9-]{1,40}$/;

export const definitionSchema = z.strictObject({
  id: z
    .string()
    .regex(TYPE_ID, 'Expected a lower-case slug such as "acme-deploys" (2-41 characters)'),
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).optional(),
  /** What to paste where in the sender's settings. */
  setupHint: z.string().max(400).optional(),
  auth: authSchema,
  eventType: locatorSchema,
  /** The sender's delivery id, for de-duplication; none means every request is new. */
  deliveryId: locatorSchema.optional(),
  /** Event names a connector filter may list; by default the names of the templates. */
  events: z.array(eventName).max(200).optional(),
  /** Event name → Adaptive Card template; `"*"` is the fallback for every other event. */
  templates: z.record(z.union([z.literal(FALLBACK), eventName]), z.unknown()),
  samples: z.array(sampleSchema).max(DEFINITION_LIMITS.samples).optional(),
});
export type CustomDefinition = z.infer<typeof definitionSchema>;
