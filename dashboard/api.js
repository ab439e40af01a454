// Every call goes to the relay's own API with the session cookie: the dashboard can do only
// what the signed-in token may do there. Writes carry the page's CSRF token.
const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    // The session ended (expired, signed out elsewhere, or its token was reset).
    window.location.assign('/admin/sign-in?next=/admin');
    throw new ApiError(401, 'UNAUTHENTICATED', 'signed out');
  }
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const error = data?.error ?? {};
    throw new ApiError(res.status, error.code ?? 'ERROR', error.message ?? `HTTP ${res.status}`);
  }
  return data;
}

export const get = (path) => api('GET', path);
