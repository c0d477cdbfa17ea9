import { vi } from 'vitest';
import type { components } from '@/api/schema';

type Problem = components['schemas']['Problem'];

export type FakeRequest = {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: Headers;
  body: unknown;
};

type Handler = (request: FakeRequest) => Response | Promise<Response>;

type Route = { method: string; pattern: RegExp; keys: string[]; handler: Handler };

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, fields: Partial<Problem> & { code: string }): Response {
  const body: Problem = { type: 'about:blank', title: 'Problem', status, ...fields };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * A fake of the Rapport API at the network layer: it replaces the global `fetch`, so the real
 * client, middleware and hooks run. Routes are `METHOD /path/{param}`; an unknown call fails the
 * test loudly. Every call is recorded in `calls`.
 */
export function fakeApi() {
  const routes: Route[] = [];
  const calls: FakeRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const base = {
      method: request.method,
      url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    for (const route of routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(match[i + 1])]));
      const call = { ...base, params };
      calls.push(call);
      return route.handler(call);
    }
    throw new Error(`fakeApi: no handler for ${request.method} ${url.pathname}${url.search}`);
  });
  vi.stubGlobal('fetch', fetchMock);

  const api = {
    calls,
    /** Answers `METHOD /api/path/{param}` with the handler (last registration wins). */
    on(route: string, handler: Handler | Response) {
      const [method, path] = route.split(' ');
      const keys: string[] = [];
      const source = path.replace(/\{(\w+)\}/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      });
      const respond: Handler = typeof handler === 'function' ? handler : () => handler.clone();
      routes.unshift({ method, pattern: new RegExp(`^${source}$`), keys, handler: respond });
      return api;
    },
    /** The calls made to one route, e.g. `callsTo('PATCH /api/me')`. */
    callsTo(route: string) {
      const [method, path] = route.split(' ');
      return calls.filter((call) => call.method === method && call.url.pathname === path);
    },
  };
  return api;
}
