/**
 * Size caps for the cards the Office 365 Connector plugin posts. They bound both the card
 * model and the finished card passed on (the plugin's cards are a few hundred bytes; a
 * pipeline step can add any text and facts).
 */
export const LIMITS = {
  /** Sections a MessageCard may have; Teams shows 10. */
  sections: 10,
  /** Facts kept per section, and for the card model overall. */
  facts: 20,
  /** Link actions per card or section; Teams shows 5. */
  actions: 5,
  /** Actions read before the links among them are picked out. */
  actionsRead: 20,
  /** Summary, titles, fact names. */
  line: 300,
  /** Fact values. */
  value: 500,
  /** Texts: a step's message, a card's text. */
  text: 2000,
  /** Elements of an Adaptive Card body read, at any depth, and how deep. */
  elements: 60,
  depth: 6,
} as const;
