#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/index.js';
import { createLogger } from '../core/logger.js';
import { startRelay } from './relay.js';

const USAGE = `Usage: connector-relay serve [--role all|api|worker]

Starts the relay. Configuration comes from the environment (PORT, HOST, REDIS_URL,
ADMIN_TOKEN, PUBLIC_URL, DESTINATION_HOSTS, RELAY_ROLE, ...); see the README.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'serve') {
    process.stderr.write(`unknown command '${command}'\n\n${USAGE}\n`);
    return 2;
  }
  const env = { ...process.env, ...(values.role ? { RELAY_ROLE: values.role } : {}) };
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      return 2;
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const relay = await startRelay(config, logger);
  if (relay.generatedAdminToken) {
    process.stdout.write(
      `\n  Admin token (shown once, only its hash is kept):\n\n    ${relay.generatedAdminToken}\n\n` +
        `  Use it as: Authorization: Bearer <token>. Set ADMIN_TOKEN to choose your own.\n\n`,
    );
  }
  process.stdout.write(`  connector-relay listening on ${relay.url} (role ${config.role})\n`);

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
    process.stderr.write(`connector-relay: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
