#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, RELAY_ROLES, loadConfig } from '../config/index.js';
import { RELAY_VERSION } from '../relay/version.js';
import { StartupError } from './listen.js';
import { createRelayLogger } from './logger.js';
import { runOrgCommand } from './org-cli.js';
import { startRelay } from './relay.js';
import { usage } from './usage.js';

/** Exit status for a command line or configuration the relay cannot use. */
const USAGE_ERROR = 2;

function fail(message: string): number {
  process.stderr.write(`connector-relay: ${message}\nRun 'connector-relay --help' for usage.\n`);
  return USAGE_ERROR;
}

async function main(argv: string[]): Promise<number> {
  // `org` talks to a running relay and has options of its own.
  if (argv[0] === 'org') {
    return runOrgCommand(argv.slice(1), process.env, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      fetch,
    });
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    // Unknown options and `--role` without a value.
    return fail(err instanceof Error ? err.message : String(err));
  }
  const { positionals, values } = parsed;
  const command = positionals[0] ?? 'serve';
  if (values.version || command === 'version') {
    process.stdout.write(`${RELAY_VERSION}\n`);
    return 0;
  }
  if (values.help || command === 'help') {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  if (command !== 'serve') return fail(`unknown command '${command}'`);
  if (positionals.length > 1) return fail(`unexpected argument '${positionals[1]}'`);
  const role = values.role;
  if (role !== undefined && !(RELAY_ROLES as readonly string[]).includes(role)) {
    return fail(`--role must be one of ${RELAY_ROLES.join(', ')} (got '${role}')`);
  }
  const env = { ...process.env, ...(role ? { RELAY_ROLE: role } : {}) };
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      return USAGE_ERROR;
    }
    throw err;
  }
  const logger = createRelayLogger({ level: config.logLevel });
  const relay = await startRelay(config, logger);
  if (relay.generatedAdminToken) {
    process.stdout.write(
      `\n  Admin token (shown once, only its hash is kept):\n\n    ${relay.generatedAdminToken}\n\n` +
        `  Use it as: Authorization: Bearer <token>. Set ADMIN_TOKEN to choose your own.\n\n`,
    );
  }
  process.stdout.write(
    `  connector-relay ${RELAY_VERSION} listening on ${relay.url} ` +
      `(bound to ${relay.address}, role ${config.role})\n`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info('shutting down', { signal });
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  // A second signal during a slow drain ends the process at once.
  const force = () => process.exit(1);
  process.once('SIGTERM', force);
  process.once('SIGINT', force);
  await relay.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    // A StartupError says what to change (set PORT, …): the message is the whole story.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `connector-relay: ${err instanceof StartupError ? message : `could not start: ${message}`}\n`,
    );
    process.exit(1);
  },
);
