import createClient from 'openapi-fetch';
import type { paths, components } from './schema';
import { ApiError, toProblem } from './problem';
import { useAuth } from '../stores/auth';

type SignedIn = components['schemas']['SignedIn'];

/** Sent on every browser auth call: with it the server uses the HttpOnly refresh cookie instead of JSON tokens. */
export const CLIENT_HEADER = { 'X-LifeOS-Client': 'web' } as const;

type FetchLike = (input: Request) => Promise<Response>;

function origin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

const AUTH_PATHS = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/logout'];

function isAuthCall(url: string): boolean {
  const path = new URL(url, 'http://x').pathname;
  return AUTH_PATHS.includes(path);
}

/**
 * The transport every call goes through. It adds the access token, and on a 401 refreshes once (one refresh shared
 * by every call that failed at the same time) and retries once; when the refresh fails the person is signed out,
 * which sends them to the sign-in page with ?next=.
 */
/**
 * The refresh cookie rotates on every use, and all tabs share it: two tabs refreshing at once would send the same
 * cookie twice. A Web Lock (where the browser has them) makes the tabs take turns, each then using the newest cookie.
 */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('lifeos-refresh', work) as Promise<T>) : work();
}

export function createTransport(baseFetch: () => typeof fetch) {
  let refreshing: Promise<string | null> | null = null;

  async function doRefresh(): Promise<string | null> {
    let response: Response;
    try {
      response = await baseFetch()(new URL('/api/auth/refresh', origin()).toString(), {
        method: 'POST',
        headers: { ...CLIENT_HEADER, 'Content-Type': 'application/json' },
        body: '{}',
        credentials: 'same-origin',
      });
    } catch {
      return null;
    }
    if (!response.ok) return null;
    const body = (await response.json()) as SignedIn;
    if (!body.access_token) return null;
    useAuth.getState().signedIn(body.access_token, body.expires_in, body.user ?? null);
    return body.access_token;
  }

  /** Gets a new access token through the refresh cookie; concurrent callers share one request. */
  function refresh(): Promise<string | null> {
    refreshing ??= acrossTabs(doRefresh).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const authFetch: FetchLike = async (request) => {
    const retry = request.clone();
    const token = useAuth.getState().accessToken;
    if (token && !isAuthCall(request.url)) request.headers.set('Authorization', `Bearer ${token}`);
    if (isAuthCall(request.url)) {
      for (const [name, value] of Object.entries(CLIENT_HEADER)) request.headers.set(name, value);
    }
    const response = await baseFetch()(request);
    if (response.status !== 401 || isAuthCall(request.url)) return response;
    const fresh = await refresh();
    if (!fresh) {
      useAuth.getState().signedOut();
      return response;
    }
    retry.headers.set('Authorization', `Bearer ${fresh}`);
    const second = await baseFetch()(retry);
    if (second.status === 401) useAuth.getState().signedOut();
    return second;
  };

  return { authFetch, refresh };
}

const transport = createTransport(() => globalThis.fetch);

export const refreshSession = transport.refresh;

export { origin };

export const api = createClient<paths>({
  baseUrl: origin(),
  fetch: transport.authFetch,
});

/** Returns the data of a successful call, or throws an ApiError carrying the mapped problem. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    throw new ApiError(toProblem(0, e instanceof Error ? e.message : undefined));
  }
  if (!result.response.ok) throw new ApiError(toProblem(result.response.status, result.error));
  return result.data as T;
}

/** A fresh-enough access token for a long-lived connection (the STOMP client), refreshing when it is about to end. */
export async function currentToken(): Promise<string | null> {
  const { accessToken, expiresAt } = useAuth.getState();
  if (accessToken && expiresAt - Date.now() > 30_000) return accessToken;
  return refreshSession();
}

/**
 * A call whose method and path come from the server (the dashboard's quick actions), through the same transport
 * (token, refresh-once, problem mapping). Only same-origin API paths are followed.
 */
export async function apiRequest(method: string, path: string, body?: string): Promise<unknown> {
  if (!path.startsWith('/api/')) throw new ApiError(toProblem(0, `Refusing to call ${path}: not an API path.`));
  const request = new Request(new URL(path, origin()), {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body || undefined,
  });
  let response: Response;
  try {
    response = await transport.authFetch(request);
  } catch (e) {
    throw new ApiError(toProblem(0, e instanceof Error ? e.message : undefined));
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  if (!response.ok) throw new ApiError(toProblem(response.status, parsed));
  return parsed;
}
