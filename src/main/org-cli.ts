/**
 * `connector-relay org show|set`: the organisation switches of a running relay, through its
 * API, under the names admins know from PowerShell's Set-OrganizationConfig. Both spellings
 * work: `--connectors-enabled false` and `-ConnectorsEnabled:$false`.
 */
import { parseArgs } from 'node:util';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  fetch: typeof fetch;
}

/** Exit statuses: 0 done, 1 the relay refused or could not be reached, 2 a bad command line. */
const FAILED = 1;
const USAGE = 2;

/** Switch option → org field, in the order `show` prints them. */
const SWITCHES = [
  ['connectors-enabled', 'connectorsEnabled', 'ConnectorsEnabled'],
  ['connectors-enabled-for-teams', 'connectorsEnabledForTeams', 'ConnectorsEnabledForTeams'],
  [
    'connectors-actionable-messages-enabled',
    'actionableMessagesEnabled',
    'ConnectorsActionableMessagesEnabled',
  ],
] as const;
const CLOUDS = ['commercial', 'gcc', 'gcch', 'dod'];

export const ORG_USAGE = `Usage:
  connector-relay org show [--url URL] [--token TOKEN] [--json]
  connector-relay org set  [--connectors-enabled true|false]
                           [--connectors-enabled-for-teams true|false]
                           [--connectors-actionable-messages-enabled true|false]
                           [--cloud commercial|gcc|gcch|dod] [--url URL] [--token TOKEN] [--json]

  PowerShell spellings work too: -ConnectorsEnabled:$false, -ConnectorsEnabledForTeams $true.
  The relay is --url or RELAY_URL (default http://localhost:3000); the admin token is --token
  or ADMIN_TOKEN.`;

const kebab = (pascal: string) => pascal.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();

/**
 * `-ConnectorsEnabled:$false` → `--connectors-enabled`, `$false`; `-Cloud gcc` → `--cloud`,
 * `gcc`. Single-dash words only, so `-h` stays what it is.
 */
export function fromPowerShell(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const m = /^-([A-Z][A-Za-z]+)(?::(.*))?$/.exec(arg);
    if (!m) return [arg];
    const name = `--${kebab(m[1]!)}`;
    return m[2] === undefined ? [name] : [name, m[2]];
  });
}

/** `true`/`false` as written in a shell or in PowerShell (`$true`, `$false`), any case. */
export function readBool(option: string, value: string): boolean {
  const v = value.toLowerCase().replace(/^\$/, '');
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`--${option} takes true or false (got '${value}')`);
}

class UsageError extends Error {}

interface Parsed {
  command: 'show' | 'set';
  url: string;
  token: string;
  json: boolean;
  patch: Record<string, unknown>;
}

function parse(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: fromPowerShell(args),
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean' },
        cloud: { type: 'string' },
        ...Object.fromEntries(SWITCHES.map(([opt]) => [opt, { type: 'string' as const }])),
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (command !== 'show' && command !== 'set') {
    throw new UsageError(
      command === undefined ? 'say org show or org set' : `unknown org command '${command}'`,
    );
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const patch: Record<string, unknown> = {};
  for (const [opt, field] of SWITCHES) {
    const value = (values as Record<string, string | boolean | undefined>)[opt];
    if (typeof value === 'string') patch[field] = readBool(opt, value);
  }
  if (values.cloud !== undefined) {
    if (!CLOUDS.includes(values.cloud)) {
      throw new UsageError(`--cloud takes ${CLOUDS.join(', ')} (got '${values.cloud}')`);
    }
    patch.cloud = values.cloud;
  }
  if (command === 'show' && Object.keys(patch).length > 0) {
    throw new UsageError('org show changes nothing: use org set to change a switch');
  }
  if (command === 'set' && Object.keys(patch).length === 0) {
    throw new UsageError(
      `org set needs at least one of ${SWITCHES.map(([o]) => `--${o}`).join(', ')}, --cloud`,
    );
  }
  const url = (values.url ?? env.RELAY_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!URL.canParse(url) || !/^https?:\/\//.test(url)) {
    throw new UsageError(`--url must be the relay's http(s) address (got '${url}')`);
  }
  const token = values.token ?? env.ADMIN_TOKEN;
  if (!token) throw new UsageError('no admin token: pass --token or set ADMIN_TOKEN');
  return { command, url, token, json: values.json === true, patch };
}

/** The settings as Get-OrganizationConfig lists them. */
export function formatOrg(org: Record<string, unknown>): string {
  const rows: Array<[string, string]> = SWITCHES.map(([, field, name]) => [
    name,
    org[field] === true ? 'True' : org[field] === false ? 'False' : String(org[field]),
  ]);
  rows.push(['Cloud', String(org.cloud)]);
  rows.push(['AlertChannelId', typeof org.alertChannelId === 'string' ? org.alertChannelId : '']);
  const width = Math.max(...rows.map(([n]) => n.length));
  return rows.map(([n, v]) => `${n.padEnd(width)} : ${v}`).join('\n');
}

class RelayRefused extends Error {}

async function call(p: Parsed, io: CliIo): Promise<Record<string, unknown>> {
  const method = p.command === 'set' ? 'PATCH' : 'GET';
  let res: Response;
  try {
    res = await io.fetch(`${p.url}/api/v1/org`, {
      method,
      headers: {
        authorization: `Bearer ${p.token}`,
        ...(method === 'PATCH' ? { 'content-type': 'application/json' } : {}),
      },
      ...(method === 'PATCH' ? { body: JSON.stringify(p.patch) } : {}),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
    throw new RelayRefused(
      `cannot reach the relay at ${p.url} (${why}); is it running? Point --url or RELAY_URL at it`,
    );
  }
  const text = await res.text();
  let body: { error?: { code?: string; message?: string } } & Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as typeof body) : {};
  } catch {
    throw new RelayRefused(
      `${p.url} answered ${res.status} with something that is not the relay's API`,
    );
  }
  if (res.ok) return body;
  const detail = body.error ? `${body.error.code}: ${body.error.message}` : text.slice(0, 200);
  if (res.status === 401) {
    throw new RelayRefused(
      `the relay refused the token (${detail}); pass the admin token with --token or ADMIN_TOKEN`,
    );
  }
  if (res.status === 403) {
    throw new RelayRefused(`the token is not an org admin's (${detail})`);
  }
  throw new RelayRefused(`the relay answered ${res.status} (${detail})`);
}

/** Runs `org …`; returns the exit status. */
export async function runOrgCommand(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(args, env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`connector-relay org: ${err.message}\n\n${ORG_USAGE}\n`);
    return USAGE;
  }
  try {
    const org = await call(parsed, io);
    io.out(`${parsed.json ? JSON.stringify(org, null, 2) : formatOrg(org)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof RelayRefused)) throw err;
    io.err(`connector-relay org: ${err.message}\n`);
    return FAILED;
  }
}
