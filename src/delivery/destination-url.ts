import type { DestinationKind } from '../core/destination.js';

/*
 * Destination URLs are secrets (the path or the `sig` holds the credential) and are stored
 * verbatim: nothing here rebuilds or normalizes a URL, it only looks at it. Teams changed the
 * URL shape at every migration, so kinds are recognised by pattern (any host, `:443` or not,
 * `/cu/{n}`, `/V2…`, any `api-version`), and the host allow-list is a separate decision.
 */

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// A trailing slash after `invoke` is seen in URLs shared in the wild; accept it.
const WORKFLOWS_PATH =
  /^(?:\/powerautomate\/automations\/direct(?:\/cu\/\d+)?)?\/workflows\/[^/]+\/triggers\/manual\/paths\/invoke\/?$/i;

const O365_V1_PATH = /^\/webhook\/[^/]/i;
const O365_V2_PATH = new RegExp(
  `^/webhookb2/${GUID}@${GUID}/IncomingWebhook/[0-9a-f]+/${GUID}(?:/V2[A-Za-z0-9_=-]+)?/?$`,
  'i',
);

/** Which delivery rules apply, from the path shape alone (see API.md). */
export function classifyDestination(url: string): DestinationKind {
  const parsed = parseUrl(url);
  if (!parsed) return 'other';
  const path = parsed.pathname;
  if (WORKFLOWS_PATH.test(path) && parsed.searchParams.get('sig')) return 'workflows';
  if (O365_V1_PATH.test(path) || O365_V2_PATH.test(path)) return 'o365';
  return 'other';
}

/**
 * A human reason when the URL belongs to a generation Microsoft has switched off, else
 * undefined. Advisory: Azure Logic Apps outside Power Automate still answer on logic.azure.com,
 * so callers warn rather than refuse. Government-cloud generations are not judged here because
 * their retirement dates are not established.
 */
export function retiredGeneration(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const host = bareHost(parsed.hostname);
  const path = parsed.pathname.toLowerCase();
  if (
    (host === 'outlook.office.com' || host === 'outlook.office365.com') &&
    path.startsWith('/webhook/')
  ) {
    return 'Office 365 connector URL of the first generation, dead since 2021; create a Workflows webhook for the channel';
  }
  if (host.endsWith('.webhook.office.com') && path.startsWith('/webhookb2/')) {
    return /\/v2[^/]*\/?$/.test(path)
      ? 'Office 365 connector URL; Microsoft switched connectors off in May 2026; create a Workflows webhook for the channel'
      : 'Office 365 connector URL without the /V2 segment, which needed "Update URL" by January 2025; create a Workflows webhook for the channel';
  }
  if (host.endsWith('.logic.azure.com') && classifyDestination(url) === 'workflows') {
    return 'Workflows URL on logic.azure.com, which stopped on 30 November 2025; copy the new URL from the workflow trigger';
  }
  return undefined;
}

const TEAMS_EXACT_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com']);

const TEAMS_HOST_SUFFIXES = [
  '.webhook.office.com',
  '.logic.azure.com',
  '.environment.api.powerplatform.com',
  // Azure Government Logic Apps: real flow trigger URLs seen on prod-NN.usgovtexas.logic.azure.us.
  '.logic.azure.us',
  // GCC High incoming webhooks. Uncertain: seen in other relays' allow-lists, not in Microsoft docs.
  '.webhook.office365.us',
  // GCC and GCC High Power Platform environments. Uncertain: taken from Power Platform endpoint
  // lists; no Teams workflow URL on these hosts has been seen. DoD is left out: Teams webhooks
  // are documented as unavailable there.
  '.environment.api.gov.powerplatform.microsoft.us',
  '.environment.api.high.powerplatform.microsoft.us',
];

/** True for hosts that serve Teams webhooks or Workflows triggers (the default allow-list). */
export function isTeamsHost(host: string): boolean {
  const h = bareHost(host);
  if (TEAMS_EXACT_HOSTS.has(h)) return true;
  return TEAMS_HOST_SUFFIXES.some((suffix) => h.length > suffix.length && h.endsWith(suffix));
}

export type DestinationCheck = { ok: true; kind: DestinationKind } | { ok: false; reason: string };

// Far above any real webhook URL (Workflows URLs are ~350 chars), low enough to refuse junk.
const MAX_URL_LENGTH = 4096;

/**
 * Whether the relay may post to this URL. Teams hosts need https on the default port; anything
 * else must be listed in `extraHosts` (`host` for any port, `host:port` for one port), and only
 * listed hosts may use http. Private, loopback, link-local and unspecified addresses are
 * refused unless listed exactly. Pure: DNS answers are not checked here.
 */
export function checkDestination(url: string, opts: { extraHosts: string[] }): DestinationCheck {
  if (url.length > MAX_URL_LENGTH) return refuse(`URL is longer than ${MAX_URL_LENGTH} characters`);
  // A pasted URL never contains whitespace or control characters; storing them would store junk.
  if (/\s/.test(url) || [...url].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f')) {
    return refuse('URL contains whitespace or control characters');
  }
  const parsed = parseUrl(url);
  if (!parsed) return refuse('not a valid absolute URL');
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return refuse('only https URLs can be destinations');
  }
  if (parsed.username || parsed.password || /^[a-z]+:\/\/[^/?#]*@/i.test(url)) {
    return refuse('URL must not contain user credentials');
  }
  const host = bareHost(parsed.hostname);
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  const listed = opts.extraHosts.some((entry) => matchesEntry(entry, host, port));

  if (!listed) {
    const special = specialAddress(host);
    if (special) {
      return refuse(`${special} address ${host} is refused unless listed in DESTINATION_HOSTS`);
    }
    if (!isTeamsHost(host)) {
      return refuse(
        `host ${host} is not a Teams host; to allow it, add it to DESTINATION_HOSTS (host or host:port)`,
      );
    }
    if (parsed.protocol !== 'https:') return refuse('Teams hosts must be reached over https');
    if (port !== '443') return refuse(`Teams hosts are only reached on port 443, not ${port}`);
  }
  return { ok: true, kind: classifyDestination(url) };
}

/** A displayable stand-in for a secret URL: host plus the last four characters. */
export function maskUrl(url: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return '(invalid URL)';
  // Short tails would give away too large a share of the secret.
  const secretPart = parsed.pathname.length + parsed.search.length;
  return secretPart >= 16 ? `${parsed.host}/…${url.trimEnd().slice(-4)}` : `${parsed.host}/…`;
}

function refuse(reason: string): DestinationCheck {
  return { ok: false, reason };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Lower-cased host without brackets or a trailing dot, so `[::1]`, `::1` and `Host.` compare. */
function bareHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/** An extraHosts entry is `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address. */
function matchesEntry(entry: string, host: string, port: string): boolean {
  const parsed = parseEntry(entry.trim());
  return (
    parsed !== undefined &&
    parsed.host === host &&
    (parsed.port === undefined || parsed.port === port)
  );
}

function parseEntry(entry: string): { host: string; port: string | undefined } | undefined {
  let hostPart = entry;
  let port: string | undefined;
  const bracketed = /^(\[[^\]]+\])(?::(\d+))?$/.exec(entry);
  if (bracketed) {
    hostPart = bracketed[1]!;
    port = bracketed[2];
  } else if ((entry.match(/:/g) ?? []).length > 1) {
    hostPart = `[${entry}]`;
  } else {
    const withPort = /^([^:]+):(\d+)$/.exec(entry);
    if (withPort) {
      hostPart = withPort[1]!;
      port = withPort[2];
    }
  }
  if (!/^[^\s/?#@\\]+$/.test(hostPart)) return undefined;
  // Canonicalize the same way the URL parser does (case, IPv4 shorthands, IPv6 compression).
  const parsed = parseUrl(`https://${hostPart}/`);
  if (!parsed || parsed.hostname === '') return undefined;
  return {
    host: bareHost(parsed.hostname),
    port: port === undefined ? undefined : String(Number(port)),
  };
}

/** The category of an address that must never be reached unless listed, else undefined. */
function specialAddress(host: string): string | undefined {
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  const v4 = ipv4(host);
  if (v4 !== undefined) return specialV4(v4);
  const v6 = ipv6(host);
  if (v6 === undefined) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = v6;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) {
    return specialV4(((g << 16) | h) >>> 0); // IPv4-mapped: judge the IPv4 address
  }
  if (v6.every((x) => x === 0)) return 'unspecified';
  if (v6.slice(0, 7).every((x) => x === 0) && h === 1) return 'loopback';
  if ((a & 0xfe00) === 0xfc00) return 'private';
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  return undefined;
}

function specialV4(ip: number): string | undefined {
  const inNet = (net: string, bits: number): boolean =>
    (ip ^ (ipv4(net) ?? 0)) >>> (32 - bits) === 0;
  if (inNet('0.0.0.0', 8)) return 'unspecified';
  if (inNet('127.0.0.0', 8)) return 'loopback';
  if (inNet('10.0.0.0', 8) || inNet('172.16.0.0', 12) || inNet('192.168.0.0', 16)) return 'private';
  if (inNet('169.254.0.0', 16)) return 'link-local';
  return undefined;
}

function ipv4(host: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

/** Eight 16-bit groups of a canonical (hex-only, as the URL parser prints it) IPv6 address. */
function ipv6(host: string): number[] | undefined {
  if (!host.includes(':') || !/^[0-9a-f:]+$/.test(host)) return undefined;
  const [head = '', tail, extra] = host.split('::');
  if (extra !== undefined) return undefined;
  const groups = (s: string): number[] =>
    s === '' ? [] : s.split(':').map((x) => parseInt(x, 16));
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const fill = 8 - front.length - back.length;
  if (fill < 0 || (tail === undefined && fill !== 0)) return undefined;
  return [...front, ...Array<number>(fill).fill(0), ...back];
}
