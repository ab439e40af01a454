import type { ProviderId } from '../core/events/index.js';
import { githubProvider } from './github/index.js';
import { trelloProvider } from './trello/index.js';
import type { Provider } from './types.js';

/** Built-in connector types: a plain typed map, one entry per provider. */
export const PROVIDERS: Readonly<Record<ProviderId, Provider>> = Object.freeze({
  github: githubProvider,
  trello: trelloProvider,
});

export function providerFor(type: string): Provider | undefined {
  return Object.hasOwn(PROVIDERS, type) ? PROVIDERS[type as ProviderId] : undefined;
}
