import { z } from 'zod';
import { alertGroupSchema, labelMap } from '../kit/alert-group.js';
import { anyArray, cappedString, httpUrl, loose, prose } from '../kit/schema.js';
import type { EvalMatch } from './events.js';

/** Unified alerting: the Alertmanager group, and the message Grafana rendered for it. */
export const grafanaGroupSchema = alertGroupSchema.extend({
  message: loose(prose(2000)),
});

/** Series listed on a legacy card; the rest only count. */
export const MAX_MATCHES = 20;

const evalMatch = z.object({
  metric: loose(prose(200)),
  value: loose(z.union([z.number().transform(String), cappedString(64)]).nullish()).transform(
    (v) => v ?? undefined,
  ),
});

/** The first MAX_MATCHES matches (an element of another shape is skipped) and their count. */
const evalMatches = anyArray
  .transform((all) => {
    const matches: EvalMatch[] = [];
    for (const element of all.slice(0, MAX_MATCHES)) {
      const match = evalMatch.safeParse(element);
      if (match.success) matches.push(match.data);
    }
    return { matches, count: all.length };
  })
  .optional()
  .catch(undefined);

/** Legacy (≤ v7) alerting: one rule, its state and the series that matched. */
export const grafanaLegacySchema = z.object({
  state: cappedString(32),
  ruleName: loose(prose(256)),
  title: loose(prose(256)),
  message: loose(prose(2000)),
  ruleUrl: loose(httpUrl),
  imageUrl: loose(httpUrl),
  evalMatches,
  tags: labelMap(16),
});
