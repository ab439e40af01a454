import { z } from 'zod';

/**
 * Every setting the relay reads, parsed once from the environment and frozen. Names follow
 * the public contract (API.md); the rest are ours. Errors name the variable.
 */

/**
 * Our message for a value of the wrong kind only. In zod 4 a message given to a schema covers
 * all its problems: `z.number({ error })` would also answer "-1" with "must be a number", and
 * `.int()` also refuses numbers past 2^53 - 1. Those keep zod's message, which names the limit.
 */
const typeError = (message: string) => ({
  error: (issue: { code: string }) => (issue.code === 'invalid_type' ? message : undefined),
});

const port = z.coerce
  .number(typeError('must be a number'))
  .int(typeError('must be a whole number'))
  .min(0)
  .max(65535);

const positiveInt = z.coerce
  .number()
  .int(typeError('must be a whole number'))
  .positive('must be > 0');

/** How long a replaced ingest URL keeps working; longer than a quarter is a forgotten URL. */
export const MAX_INGEST_URL_GRACE_SECONDS = 90 * 24 * 3600;

const hostList = z
  .string()
  .transform((raw) =>
    raw
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h.length > 0),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/, 'entries must be host or host:port'),
    ),
  );

/** What a process runs: everything, the HTTP edge only, or delivery only. */
export const RELAY_ROLES = ['all', 'api', 'worker'] as const;

const schema = z.object({
  PORT: port.default(3000).describe('TCP port of the HTTP server (0: any free port)'),
  HOST: z.string().min(1).default('0.0.0.0').describe('address the HTTP server listens on'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()
    .describe(
      'Redis to use; unset: redis://127.0.0.1:6379 if it answers, else an embedded redis-server with AOF under DATA_DIR/redis',
    ),
  ADMIN_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe(
      'bearer token of the org admin (16+ characters); unset: one is generated on first start and printed once',
    ),
  PUBLIC_URL: z
    .string()
    // Not z.url(): in zod 4 it also rewrites the value (trimmed, tabs and newlines dropped).
    // The variable is used as set; this is the check zod 3's .url() made.
    .refine((url) => URL.canParse(url), 'must be an absolute URL')
    .regex(/^https?:\/\//, 'must be http:// or https://')
    .optional()
    .describe('base of the ingest URLs handed out; unset: http://localhost:$PORT'),
  // prefault, not default: the default is what the environment would hold, parsed like it.
  DESTINATION_HOSTS: hostList
    .prefault('')
    .describe(
      'extra destination hosts allowed, comma list of host or host:port; none: only Teams / Workflows hosts',
    ),
  RELAY_ROLE: z
    .enum(RELAY_ROLES)
    .default('all')
    .describe('all, api (HTTP edge) or worker (delivery); serve --role overrides it'),
  // Ours, beyond the contract:
  INGEST_MAX_BYTES: positiveInt
    .default(5 * 1024 * 1024)
    .describe('largest webhook body accepted, in bytes'),
  INGEST_URL_GRACE_SECONDS: z.coerce
    .number(typeError('must be a number of seconds'))
    .int(typeError('must be a whole number'))
    .min(0, 'must be >= 0')
    .max(MAX_INGEST_URL_GRACE_SECONDS, `must be at most ${MAX_INGEST_URL_GRACE_SECONDS} (90 days)`)
    .default(7 * 24 * 3600)
    .describe(
      'how long an ingest URL keeps working after it is rotated, in seconds (0: it stops at once)',
    ),
  WORKER_CONCURRENCY: positiveInt
    .default(32)
    .describe('channels a worker process delivers to at the same time'),
  DELIVERY_TIMEOUT_MS: positiveInt
    .default(10_000)
    .describe('how long one post to Teams may take before it is retried'),
  RETRY_HORIZON_HOURS: positiveInt
    .default(24)
    .describe('how long an event is retried before it is dead-lettered'),
  CONNECTORS_OFF_HOLD_SECONDS: z.coerce
    .number(typeError('must be a number of seconds'))
    .int(typeError('must be a whole number'))
    .min(0, 'must be >= 0')
    .max(30 * 24 * 3600, 'must be at most 2592000 (30 days)')
    .default(24 * 3600)
    .describe(
      'how long events queued when connectors are switched off wait for them to be switched back on, in seconds; then they are dead-lettered',
    ),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('where the embedded redis-server keeps its data'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
    .default('cr')
    .describe('prefix of every Redis key, so deployments can share one Redis'),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'])
    .default('info')
    .describe('debug, info, warn, error or silent; JSON lines on stdout'),
});

/** One environment variable, as `--help` and the README list it. */
export interface SettingHelp {
  name: string;
  /** The default as typed in the environment; undefined when unset means something else. */
  default: string | undefined;
  description: string;
}

/** Every variable loadConfig reads, with its default and meaning, from the schema itself. */
export function settingsHelp(): SettingHelp[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    default:
      field instanceof z.ZodDefault || field instanceof z.ZodPrefault
        ? String(field.def.defaultValue)
        : undefined,
    description: field.description ?? '',
  }));
}

export type RelayRole = (typeof RELAY_ROLES)[number];

export interface Config {
  port: number;
  host: string;
  redisUrl: string | undefined;
  adminToken: string | undefined;
  /** Base of handed-out ingest URLs; unset means http://localhost:<the port we listen on>. */
  publicUrl: string | undefined;
  destinationHosts: readonly string[];
  role: RelayRole;
  ingestMaxBytes: number;
  /** How long a rotated ingest URL keeps working, in seconds. */
  ingestUrlGraceSeconds: number;
  workerConcurrency: number;
  deliveryTimeoutMs: number;
  retryHorizonMs: number;
  /** How long events are held while connectors are switched off, in seconds. */
  switchHoldSeconds: number;
  dataDir: string;
  redisPrefix: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment (only the keys we know; empty strings count as unset). */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '?');
        const shown = key === 'ADMIN_TOKEN' ? '(hidden)' : JSON.stringify(input[key]);
        return `${key}: ${issue.message} (got ${shown})`;
      }),
    );
  }
  const v = parsed.data;
  const config: Config = {
    port: v.PORT,
    host: v.HOST,
    redisUrl: v.REDIS_URL,
    adminToken: v.ADMIN_TOKEN,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    destinationHosts: Object.freeze([...v.DESTINATION_HOSTS]),
    role: v.RELAY_ROLE,
    ingestMaxBytes: v.INGEST_MAX_BYTES,
    ingestUrlGraceSeconds: v.INGEST_URL_GRACE_SECONDS,
    workerConcurrency: v.WORKER_CONCURRENCY,
    deliveryTimeoutMs: v.DELIVERY_TIMEOUT_MS,
    retryHorizonMs: v.RETRY_HORIZON_HOURS * 3600_000,
    switchHoldSeconds: v.CONNECTORS_OFF_HOLD_SECONDS,
    dataDir: v.DATA_DIR,
    redisPrefix: v.REDIS_PREFIX,
    logLevel: v.LOG_LEVEL,
  };
  return Object.freeze(config);
}
