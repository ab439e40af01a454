/**
 * The presentation-neutral card every event is turned into before it is rendered for a
 * destination kind (Adaptive Card for Workflows, MessageCard for legacy O365).
 *
 * All strings are plain text as the sender wrote them: renderers make them safe and enforce
 * the size budget, so builders never need to. The schemas check a model read back from Redis
 * (it may have been queued by an older release); the types follow from them.
 */
import { z } from 'zod';

export const accentSchema = z.enum(['default', 'good', 'warning', 'attention', 'accent']);
export type Accent = z.infer<typeof accentSchema>;

export const cardFactSchema = z.object({ title: z.string(), value: z.string() });
export type CardFact = z.infer<typeof cardFactSchema>;

export const cardLinkSchema = z.object({ title: z.string(), url: z.string() });
export type CardLink = z.infer<typeof cardLinkSchema>;

/** One line of a list (a commit, an alert, a changed field). */
export const cardItemSchema = z.object({
  /** Short monospace-worthy token shown first, e.g. a commit sha. */
  code: z.string().optional(),
  text: z.string(),
  url: z.string().optional(),
  /** Who or what, shown after the text in a quieter style. */
  detail: z.string().optional(),
});
export type CardItem = z.infer<typeof cardItemSchema>;

export const cardListSchema = z.object({
  /** Plural noun for the "… and N more {label}" line, e.g. "commits". */
  label: z.string(),
  items: z.array(cardItemSchema),
  /** The real total, which can exceed items.length when the sender capped the list. */
  total: z.number().int().nonnegative(),
  /** Where the whole list can be seen (e.g. a compare view). */
  moreUrl: z.string().optional(),
});
export type CardList = z.infer<typeof cardListSchema>;

export const cardModelSchema = z.object({
  /** Sending service as a person would name it: "GitHub", "Trello". */
  source: z.string(),
  /** One plain-text line: notification preview and MessageCard summary. */
  summary: z.string(),
  title: z.string(),
  titleUrl: z.string().optional(),
  /** Who did it, where, when — one quiet line under the title. */
  subtitle: z.string().optional(),
  accent: accentSchema,
  /** A user-authored excerpt (PR body, comment, release notes). May hold newlines. */
  text: z.string().optional(),
  facts: z.array(cardFactSchema),
  list: cardListSchema.optional(),
  links: z.array(cardLinkSchema),
});
export type CardModel = z.infer<typeof cardModelSchema>;
