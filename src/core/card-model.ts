/**
 * The presentation-neutral card every event is turned into before it is rendered for a
 * destination kind (Adaptive Card for Workflows, MessageCard for legacy O365).
 *
 * All strings are plain text as the sender wrote them: renderers escape Markdown and enforce
 * the size budget, so builders never need to.
 */
export type Accent = 'default' | 'good' | 'warning' | 'attention' | 'accent';

export interface CardFact {
  title: string;
  value: string;
}

export interface CardLink {
  title: string;
  url: string;
}

/** One line of a list (a commit, an alert, a changed field). */
export interface CardItem {
  /** Short monospace-worthy token shown first, e.g. a commit sha. */
  code?: string;
  text: string;
  url?: string;
  /** Who or what, shown after the text in a quieter style. */
  detail?: string;
}

export interface CardList {
  /** Plural noun for the "… and N more {label}" line, e.g. "commits". */
  label: string;
  items: CardItem[];
  /** The real total, which can exceed items.length when the sender capped the list. */
  total: number;
  /** Where the whole list can be seen (e.g. a compare view). */
  moreUrl?: string;
}

export interface CardModel {
  /** Sending service as a person would name it: "GitHub", "Trello". */
  source: string;
  /** One plain-text line: notification preview and MessageCard summary. */
  summary: string;
  title: string;
  titleUrl?: string;
  /** Who did it, where, when — one quiet line under the title. */
  subtitle?: string;
  accent: Accent;
  /** A user-authored excerpt (PR body, comment, release notes). May hold newlines. */
  text?: string;
  facts: CardFact[];
  list?: CardList;
  links: CardLink[];
}
