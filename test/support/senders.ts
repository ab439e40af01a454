import { createHmac, randomUUID } from 'node:crypto';

/** Sends a webhook the way GitHub does: raw JSON body, HMAC-SHA256 over the exact bytes. */
export async function sendGitHub(
  url: string,
  event: string,
  payload: unknown,
  opts: {
    secret?: string;
    deliveryId?: string;
    signature?: string;
    body?: string;
    contentType?: string;
  } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const body = opts.body ?? JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/json',
    'user-agent': 'GitHub-Hookshot/test',
    'x-github-event': event,
    'x-github-delivery': opts.deliveryId ?? randomUUID(),
  };
  const signature =
    opts.signature ??
    (opts.secret
      ? 'sha256=' + createHmac('sha256', opts.secret).update(body).digest('hex')
      : undefined);
  if (signature) headers['x-hub-signature-256'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** Sends a webhook the way Trello does: base64 HMAC-SHA1 over body + registered callback URL. */
export async function sendTrello(
  url: string,
  payload: unknown,
  opts: { secret?: string; callbackUrl?: string; body?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const body = opts.body ?? JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.secret) {
    headers['x-trello-webhook'] = createHmac('sha1', opts.secret)
      .update(body + (opts.callbackUrl ?? url))
      .digest('base64');
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}
