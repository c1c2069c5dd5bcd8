import { api, CLIENT_HEADER, origin, refreshSession, unwrap } from './client';
import type { components } from './schema';
import { useAuth } from '../stores/auth';

type RegisterRequest = components['schemas']['RegisterRequest'];

/** Signs in; the server sets the refresh cookie (the JSON carries only the access token for a web client). */
export async function signIn(email: string, password: string): Promise<void> {
  const body = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
  if (!body.access_token) throw new Error('The server answered without an access token.');
  useAuth.getState().signedIn(body.access_token, body.expires_in, body.user ?? null);
  if (!body.user) await loadMe();
}

export async function signUp(request: RegisterRequest): Promise<void> {
  const body = await unwrap(api.POST('/api/auth/register', { body: request }));
  if (!body.access_token) throw new Error('The server answered without an access token.');
  useAuth.getState().signedIn(body.access_token, body.expires_in, body.user ?? null);
  if (!body.user) await loadMe();
}

export async function loadMe(): Promise<void> {
  const me = await unwrap(api.GET('/api/auth/me'));
  useAuth.getState().setUser(me);
}

/** On page load: the refresh cookie (if any) gives this tab its access token. */
export async function restoreSession(): Promise<void> {
  const token = await refreshSession();
  if (!token) {
    useAuth.getState().signedOut();
    return;
  }
  if (!useAuth.getState().user) {
    try {
      await loadMe();
    } catch {
      useAuth.getState().signedOut();
    }
  }
}

/** Revokes the refresh cookie on the server, then forgets the access token; signs out locally even offline. */
export async function signOut(): Promise<void> {
  try {
    // The web flow sends no body: the refresh token is the HttpOnly cookie the server revokes and clears.
    await fetch(new URL('/api/auth/logout', origin()).toString(), { method: 'POST', headers: { ...CLIENT_HEADER }, credentials: 'same-origin' });
  } finally {
    useAuth.getState().signedOut();
  }
}
