import { createRequire } from 'node:module';

/** The package version, for /openapi.json and the start-up log. */
export const RELAY_VERSION: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
