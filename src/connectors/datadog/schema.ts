import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { anyArray, httpUrl, loose } from '../kit/schema.js';

/**
 * The fields a Datadog webhook's payload template usually carries, under the names of its
 * default template and the `$VARIABLE` names people give them. Every one is optional and
 * loose: the template is the user's, so any JSON object is a notification.
 */

/** Text, or a number written as text (templates quote some variables and not others). */
const text = (max: number) =>
  loose(
    z
      .union([z.string(), z.number().transform(String)])
      .nullish()
      .transform((s) => excerpt(s, max)),
  );

const word = text(64);

/** `$TAGS` is one comma-separated string; a template may also give a list. */
const MAX_TAGS = 20;
const tags = loose(
  z.union([
    // Only the head is split: the tags shown are all in it.
    z.string().transform((s) => s.slice(0, 4000).split(',').slice(0, MAX_TAGS)),
    anyArray.transform((all) => all.slice(0, MAX_TAGS).filter((t) => typeof t === 'string')),
  ]),
).transform((all) =>
  (all ?? []).map((t) => excerpt(t, 100)).filter((t): t is string => t !== undefined),
);

export const datadogSchema = z.object({
  id: word,
  event_id: word,
  title: text(300),
  alert_title: text(300),
  event_title: text(300),
  body: text(4000),
  event_msg: text(4000),
  text_only_msg: text(4000),
  alert_transition: word,
  transition: word,
  alert_type: word,
  alert_priority: word,
  priority: word,
  event_type: word,
  link: loose(httpUrl),
  url: loose(httpUrl),
  tags,
  event_tags: tags,
  hostname: text(200),
  alert_scope: text(300),
  alert_metric: text(200),
  date: word,
  last_updated: word,
  date_posix: word,
  org: loose(z.object({ name: text(200) })),
  org_name: text(200),
});
export type DatadogPayload = z.output<typeof datadogSchema>;

/** Keys read above, or never shown: what is left is the template's own fields. */
export const READ_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(datadogSchema.shape),
  'aggregate',
  'aggreg_key',
  'alert_cycle_key',
  'alert_id',
  'alert_status',
  'secret',
]);
