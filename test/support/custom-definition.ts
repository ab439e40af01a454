import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';

/** The worked example of the README: Acme's deploy webhooks. A fresh copy on every call. */
export function acmeDefinition(): any {
  return JSON.parse(
    readFileSync(new URL('../fixtures/custom/acme-deploys.json', import.meta.url), 'utf8'),
  );
}

/** Posts an event the way Acme does: HMAC-SHA256 over the raw body in X-Acme-Signature. */
export async function sendAcme(
  url: string,
  event: string,
  payload: unknown,
  secret: string | undefined,
): Promise<{ status: number; body: any }> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-acme-event': event,
  };
  if (secret !== undefined) {
    headers['x-acme-signature'] =
      `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
