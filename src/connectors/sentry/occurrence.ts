import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { count, loose, prose } from '../kit/schema.js';
import type { SentryOccurrence } from './events.js';
import { LIMITS } from './limits.js';
import type { SentryOccurrencePayload } from './schema.js';
import { projectFromApiUrl } from './urls.js';

const str = loose(z.string());
/** `["environment", "production"]`, or `{ "key": …, "value": … }` in some payload versions. */
const tagPair = z.union([
  z.tuple([str, str]).transform(([key, value]) => ({ key, value })),
  z.object({ key: str, value: str }),
]);

const frameSchema = z.object({
  filename: loose(prose(LIMITS.culprit)),
  module: loose(prose(LIMITS.culprit)),
  abs_path: loose(prose(LIMITS.culprit)),
  function: loose(prose(LIMITS.name)),
  lineno: loose(count),
  in_app: loose(z.boolean().nullable()),
});

const exceptionSchema = z.object({
  stacktrace: loose(z.object({ frames: loose(z.unknown()) }).nullable()),
});

/** The elements of `value` if it is an array: the last `max` of them, unvisited otherwise. */
function tail(value: unknown, max: number): unknown[] {
  return Array.isArray(value) ? (value as unknown[]).slice(-max) : [];
}

function head(value: unknown, max: number): unknown[] {
  return Array.isArray(value) ? (value as unknown[]).slice(0, max) : [];
}

/** A tag's value by key, from the first tags only (environment and release come early). */
function tagValue(tags: unknown, key: string): string | undefined {
  for (const item of head(tags, LIMITS.tags)) {
    const tag = tagPair.safeParse(item);
    if (tag.success && tag.data.key === key) return excerpt(tag.data.value, LIMITS.name);
  }
  return undefined;
}

/**
 * The frame a developer looks at first: frames run from the oldest call to the one that
 * raised, so it is the last in-app frame of the last exception, or its last frame when no
 * frame is marked as the application's own.
 */
function topFrame(exception: SentryOccurrencePayload['exception']): string | undefined {
  const values = tail(exception?.values, LIMITS.exceptions);
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const parsed = exceptionSchema.safeParse(values[i]);
    const frames = tail(parsed.success ? parsed.data.stacktrace?.frames : undefined, LIMITS.frames)
      .map((f) => frameSchema.safeParse(f))
      .flatMap((f) => (f.success ? [f.data] : []));
    const frame = frames.findLast((f) => f.in_app === true) ?? frames.at(-1);
    if (frame) return frameText(frame);
  }
  return undefined;
}

function frameText(frame: z.output<typeof frameSchema>): string | undefined {
  const file = frame.filename ?? frame.module ?? frame.abs_path;
  if (file === undefined) return frame.function;
  const at = frame.lineno === undefined ? file : `${file}:${frame.lineno}`;
  return frame.function ? `${at} in ${frame.function}` : at;
}

/** An event payload as the card shows it; `fallbackTitle` when the event has no title. */
export function toOccurrence(e: SentryOccurrencePayload, fallbackTitle: string): SentryOccurrence {
  const title = e.title ?? e.metadata?.title ?? e.logentry?.formatted ?? e.message ?? fallbackTitle;
  const message = e.message ?? e.logentry?.formatted;
  return {
    title,
    message: message !== title ? message : undefined,
    culprit: e.culprit,
    level: e.level,
    project: e.url ? projectFromApiUrl(e.url) : undefined,
    environment: e.environment ?? tagValue(e.tags, 'environment'),
    release: e.release ?? tagValue(e.tags, 'release'),
    time: e.datetime ?? isoTime(e.timestamp),
    frame: topFrame(e.exception),
    url: e.web_url,
    issueUrl: e.web_url ? issuePageOf(e.web_url) : undefined,
  };
}

/** Unix seconds as ISO 8601; undefined for a value no date can have. */
function isoTime(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `…/issues/123/events/abc/` → `…/issues/123/`: the issue page of an event page. */
function issuePageOf(eventUrl: string): string | undefined {
  const match = /^(https:\/\/[^?#]*?\/issues\/\d+\/)events\//.exec(eventUrl);
  return match?.[1];
}
