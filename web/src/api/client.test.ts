import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTransport } from './client';
import { useAuth } from '../stores/auth';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

type Handler = (req: Request) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const calls: Request[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    calls.push(req);
    return handler(req);
  });
  return { fn: fn as unknown as typeof fetch, calls };
}

const path = (r: Request) => new URL(r.url).pathname;

beforeEach(() => {
  useAuth.setState({ accessToken: 'old', expiresAt: Date.now() + 60_000, user: null, status: 'signed-in' });
});

describe('transport', () => {
  it('sends the access token on API calls', async () => {
    const fake = fakeFetch(() => json(200, {}));
    const { authFetch } = createTransport(() => fake.fn);
    await authFetch(new Request('http://localhost/api/habits'));
    expect(fake.calls[0]!.headers.get('Authorization')).toBe('Bearer old');
  });

  it('on a 401 refreshes once through the cookie and retries once with the new token', async () => {
    const fake = fakeFetch((req) => {
      if (path(req) === '/api/auth/refresh') return json(200, { access_token: 'new', expires_in: 900 });
      return req.headers.get('Authorization') === 'Bearer new' ? json(200, { ok: true }) : json(401, {});
    });
    const { authFetch } = createTransport(() => fake.fn);
    const response = await authFetch(new Request('http://localhost/api/goals', { method: 'POST', body: '{"title":"x"}' }));
    expect(response.status).toBe(200);
    expect(fake.calls.map(path)).toEqual(['/api/goals', '/api/auth/refresh', '/api/goals']);
    const refresh = fake.calls[1]!;
    expect(refresh.method).toBe('POST');
    expect(refresh.headers.get('X-LifeOS-Client')).toBe('web');
    expect(refresh.headers.get('Authorization')).toBeNull();
    expect(await fake.calls[2]!.text()).toBe('{"title":"x"}');
    expect(useAuth.getState().accessToken).toBe('new');
  });

  it('shares one refresh between calls that fail together', async () => {
    const fake = fakeFetch((req) => {
      if (path(req) === '/api/auth/refresh') return json(200, { access_token: 'new', expires_in: 900 });
      return req.headers.get('Authorization') === 'Bearer new' ? json(200, {}) : json(401, {});
    });
    const { authFetch } = createTransport(() => fake.fn);
    await Promise.all([
      authFetch(new Request('http://localhost/api/habits')),
      authFetch(new Request('http://localhost/api/goals')),
    ]);
    expect(fake.calls.filter((r) => path(r) === '/api/auth/refresh')).toHaveLength(1);
  });

  it('retries only once: a second 401 signs out instead of looping', async () => {
    const fake = fakeFetch((req) =>
      path(req) === '/api/auth/refresh' ? json(200, { access_token: 'new', expires_in: 900 }) : json(401, {}));
    const { authFetch } = createTransport(() => fake.fn);
    const response = await authFetch(new Request('http://localhost/api/habits'));
    expect(response.status).toBe(401);
    expect(fake.calls.map(path)).toEqual(['/api/habits', '/api/auth/refresh', '/api/habits']);
    expect(useAuth.getState().status).toBe('signed-out');
  });

  it('a failed refresh signs the person out (the router then sends them to sign-in with ?next=)', async () => {
    const fake = fakeFetch((req) => (path(req) === '/api/auth/refresh' ? json(401, { detail: 'no cookie' }) : json(401, {})));
    const { authFetch } = createTransport(() => fake.fn);
    const response = await authFetch(new Request('http://localhost/api/habits'));
    expect(response.status).toBe(401);
    expect(fake.calls.map(path)).toEqual(['/api/habits', '/api/auth/refresh']);
    expect(useAuth.getState()).toMatchObject({ status: 'signed-out', accessToken: null });
  });

  it('never refreshes for a 401 from the auth calls themselves (a wrong password is just an error)', async () => {
    const fake = fakeFetch(() => json(401, { detail: 'Wrong email or password' }));
    const { authFetch } = createTransport(() => fake.fn);
    const response = await authFetch(new Request('http://localhost/api/auth/login', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.headers.get('X-LifeOS-Client')).toBe('web');
    expect(fake.calls[0]!.headers.get('Authorization')).toBeNull();
  });

  it('a network error during refresh counts as a failed refresh', async () => {
    const fake = fakeFetch((req) => {
      if (path(req) === '/api/auth/refresh') throw new TypeError('offline');
      return json(401, {});
    });
    const { refresh } = createTransport(() => fake.fn);
    await expect(refresh()).resolves.toBeNull();
  });
});

describe('refresh across tabs', () => {
  it('takes the shared Web Lock so two tabs never send the same rotating cookie at once', async () => {
    const taken: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, locks: { request: async (name: string, work: () => Promise<unknown>) => { taken.push(name); return work(); } } });
    const fake = fakeFetch(() => json(200, { access_token: 'new', expires_in: 900 }));
    const { refresh } = createTransport(() => fake.fn);
    await expect(refresh()).resolves.toBe('new');
    expect(taken).toEqual(['lifeos-refresh']);
    vi.unstubAllGlobals();
  });
});
