/** What a normaliser makes of a payload; `interpret` adds the event name and delivery id. */
export type Normalized<E> = { kind: 'event'; event: E } | { kind: 'malformed'; message: string };
