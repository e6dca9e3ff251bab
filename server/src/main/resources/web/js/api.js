// The REST API under /api/v1 (see docs/http-api.md). The session (token and account name)
// is kept in localStorage, so a phone stays signed in until the token expires.

const KEY = 'meshbridge.session';

/** An error answer: HTTP status plus the server's {error, message}. */
export class ApiError extends Error {
  constructor(status, error, message) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

/** The stored session {token, account, admin}, or null. */
export function session() {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function store(value) {
  if (value) localStorage.setItem(KEY, JSON.stringify(value));
  else localStorage.removeItem(KEY);
}

const signedOut = new Set();
/** Calls fn when a request finds the session gone (401). */
export function onSignedOut(fn) { signedOut.add(fn); }

/** Signs in; resolves to the session. */
export async function signIn(username, password) {
  const body = await request('POST', '/api/v1/auth/login', { username, password }, false);
  const value = {
    token: body.token,
    account: body.account?.name ?? username,
    admin: body.account?.role === 'admin',
    expires: body.expires,
  };
  store(value);
  return value;
}

/** Forgets the session (and tells the server, best effort). */
export async function signOut() {
  const current = session();
  store(null);
  if (current) {
    try { await fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${current.token}` } }); } catch { /* offline */ }
  }
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);

async function request(method, path, body, authenticated = true) {
  const headers = { Accept: 'application/json' };
  const current = session();
  if (authenticated && current) headers.Authorization = `Bearer ${current.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'offline', 'cannot reach the server');
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    const error = new ApiError(response.status, json?.error ?? 'http_' + response.status,
      json?.message ?? `the server answered ${response.status}`);
    if (response.status === 401 && authenticated) {
      store(null);
      signedOut.forEach((fn) => fn(error));
    }
    throw error;
  }
  return json;
}

/** Encodes one path segment. */
export const seg = (value) => encodeURIComponent(value);
