import { vi } from 'vitest';

export type Route = (req: Request, body: unknown) => { status: number; body?: unknown } | undefined;

/** Stubs fetch with a small router: `routes['POST /api/habits/{id}/checkin']`-style keys matched by regex. */
export function fakeServer(routes: Record<string, Route>) {
  const calls: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    const path = new URL(req.url).pathname;
    const key = `${req.method} ${path}`;
    calls.push(key);
    const text = await req.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text; // a CSV or multipart upload
    }
    for (const [pattern, handler] of Object.entries(routes)) {
      if (new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(key)) {
        const result = handler(req, body);
        if (result) {
          return new Response(result.body === undefined ? null : JSON.stringify(result.body), {
            status: result.status,
            headers: { 'Content-Type': result.status >= 400 ? 'application/problem+json' : 'application/json' },
          });
        }
      }
    }
    return new Response(JSON.stringify({ detail: `no fake for ${key}` }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls };
}
