import { z } from 'zod';
import { loose, validate } from '../kit/schema.js';
import type { SentryCommentEvent, SentryOtherEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Normalized } from './normalized.js';
import { actor, id, link, text } from './schema.js';

const commentBody = z.object({
  data: z.object({
    comment: text(LIMITS.body),
    project_slug: text(LIMITS.name),
    issue_id: id,
  }),
  actor,
});

/** `comment.created` / `.updated` / `.deleted`: a comment on an issue. */
export function normalizeComment(payload: unknown, action: string): Normalized<SentryCommentEvent> {
  const parsed = validate(commentBody, payload, `comment.${action}`);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { data } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'comment',
      action,
      comment: data.comment,
      issueId: data.issue_id,
      project: data.project_slug,
      actor: parsed.data.actor,
    },
  };
}

/** What a resource's object is called and where it lives: `data.<resource>.title` / `web_url`. */
const described = z.object({
  title: text(LIMITS.title),
  name: text(LIMITS.title),
  shortId: text(LIMITS.token),
  web_url: link,
});

/** Any JSON object, kept as sent: a record schema would visit every key the body has. */
const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

const otherBody = z.object({ data: loose(jsonObject), actor });

/** The first `max` values of an object, without listing all its keys. */
function firstValues(object: Readonly<Record<string, unknown>>, max: number): unknown[] {
  const values: unknown[] = [];
  for (const key in object) {
    if (values.length >= max) break;
    if (Object.hasOwn(object, key)) values.push(object[key]);
  }
  return values;
}

/**
 * Resources without a dedicated card (Seer, preprod artifacts, ones Sentry adds later): never
 * refused for their shape. The object named like the resource, or the first of `data`'s first
 * few objects that has a title, names the subject.
 */
export function normalizeOther(
  payload: unknown,
  resource: string,
  action: string | undefined,
): SentryOtherEvent {
  const body = otherBody.safeParse(payload);
  const data = body.success ? body.data.data : undefined;
  let subject: z.output<typeof described> | undefined;
  if (data) {
    const own = Object.hasOwn(data, resource) ? [data[resource]] : [];
    const candidates = [...own, ...firstValues(data, 5)];
    for (const candidate of candidates) {
      const parsed = described.safeParse(candidate);
      if (parsed.success && (parsed.data.title ?? parsed.data.name ?? parsed.data.web_url)) {
        subject = parsed.data;
        break;
      }
    }
  }
  return {
    source: 'sentry',
    type: 'other',
    resource,
    action,
    subject: subject?.title ?? subject?.name ?? subject?.shortId,
    url: subject?.web_url,
    actor: body.success ? body.data.actor : undefined,
  };
}
