import type { Provider } from '../types.js';
import { GITHUB_EVENT_NAMES } from './events.js';
import { interpretGitHub } from './interpret.js';
import { parseGitHubBody } from './parse.js';
import { verifyGitHubSignature } from './verify.js';

export const githubProvider: Provider = {
  id: 'github',
  name: 'GitHub',
  events: GITHUB_EVENT_NAMES,
  // GitHub only signs when a secret is set, and an unsigned hook could be forged by anyone.
  secret: 'required',
  handshakeMethods: [],
  verify: verifyGitHubSignature,
  parse: parseGitHubBody,
  interpret: interpretGitHub,
};

export { GITHUB_EVENT_NAMES, type GitHubEventName } from './events.js';
