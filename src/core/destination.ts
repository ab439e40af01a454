/** How a channel's webhook URL behaves; decided from the URL's path shape. */
export type DestinationKind = 'workflows' | 'o365' | 'other';

/** What legacy O365 channels receive: MessageCard by default, Adaptive when the channel asks. */
export type O365Format = 'messagecard' | 'adaptive';
