/**
 * The account's subdomain, for links into the agent interface. Event webhooks do not carry
 * it, and the relay has no per-connector setting for it, so it is read from any Zendesk URL
 * the payload happens to hold in a link field (an attachment's `content_url`, a trigger
 * body's `{{ticket.url}}` or `{{ticket.link}}`). Free text is not searched: a comment may
 * quote another account's URL. Without one, cards have no link.
 */
const ZENDESK_URL = /^(?:https:\/\/)?([a-z0-9][a-z0-9-]{0,62})\.zendesk\.com(?:[/?#]|$)/i;

/** Keys whose value is a link: `url`, `content_url`, `html_url`, `link`. */
const LINK_KEY = /(?:url|link)$/i;

/** Values visited and nesting followed: the search costs the same for any body. */
const MAX_VALUES = 300;
const MAX_DEPTH = 6;
const MAX_URL = 2048;

type Item = { value: unknown; key: string; depth: number };

/** An array's elements keep the array's key: `urls: ["https://…"]` holds links too. */
function children(value: object, key: string, depth: number): Item[] {
  if (Array.isArray(value)) {
    return (value as unknown[]).slice(0, MAX_VALUES).map((v) => ({ value: v, key, depth }));
  }
  const items: Item[] = [];
  for (const name in value) {
    if (items.length >= MAX_VALUES) break;
    if (Object.hasOwn(value, name)) {
      items.push({ value: (value as Record<string, unknown>)[name], key: name, depth });
    }
  }
  return items;
}

export function findSubdomain(payload: unknown): string | undefined {
  let visited = 0;
  const stack: Item[] = [{ value: payload, key: '', depth: 0 }];
  while (stack.length > 0 && visited < MAX_VALUES) {
    const { value, key, depth } = stack.pop() as Item;
    visited += 1;
    if (typeof value === 'string') {
      if (!LINK_KEY.test(key) || value.length > MAX_URL) continue;
      const match = ZENDESK_URL.exec(value.trim());
      if (match?.[1]) return match[1].toLowerCase();
      continue;
    }
    if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) continue;
    stack.push(...children(value, key, depth + 1).reverse());
  }
  return undefined;
}

/** The agent interface's page of a ticket, user or organisation. */
export function agentUrl(
  subdomain: string | undefined,
  kind: 'tickets' | 'users' | 'organizations',
  id: string | undefined,
): string | undefined {
  if (subdomain === undefined || id === undefined || !/^\d{1,20}$/.test(id)) return undefined;
  return `https://${subdomain}.zendesk.com/agent/${kind}/${id}`;
}
