import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from './browser.js';

let server: Server;
let origin = '';

beforeAll(async () => {
  // /start sets a cookie scoped to /api and redirects (relative) to /api/next, which redirects to another origin.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/start') {
      res.writeHead(302, { location: '/api/next?x=1', 'set-cookie': ['scoped=a; Path=/api; HttpOnly', 'gone=b; Path=/'] }).end();
    } else if (url.pathname === '/api/next') {
      res.writeHead(302, { location: 'http://in-process.test/done', 'set-cookie': 'gone=; Max-Age=0; Path=/' }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cookie: req.headers['cookie'] ?? '', mode: req.headers['sec-fetch-mode'] ?? '' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server?.close());

describe('TestBrowser', () => {
  it('follows redirects by hand across origins, keeps cookies by path and drops expired ones', async () => {
    const seen: string[] = [];
    const browser = new TestBrowser({
      'http://in-process.test': async (url, init) => {
        seen.push(`${url.pathname} ${new Headers(init.headers).get('sec-fetch-mode')}`);
        return new Response('page', { status: 200 });
      },
    });
    const trip = await browser.navigate(`${origin}/start`);
    expect(trip.hops).toEqual([`${origin}/start`, `${origin}/api/next?x=1`, 'http://in-process.test/done']);
    expect(seen).toEqual(['/done navigate']);
    expect((await browser.cookies(`${origin}/api/x`)).map((c) => c.key)).toEqual(['scoped']);
    expect(await browser.cookies(`${origin}/other`)).toEqual([]);
    expect((await browser.allCookies()).map((c) => c.key)).toEqual(['scoped']);
    const echoed = (await (await browser.request(`${origin}/api/echo`)).json()) as { cookie: string; mode: string };
    expect(echoed).toEqual({ cookie: 'scoped=a', mode: '' });
    expect(await (await browser.navigate(`${origin}/api/echo`)).response.json()).toEqual({ cookie: 'scoped=a', mode: 'navigate' });
    expect(browser.sent.every((r) => !Object.keys(r.headers).some((h) => h.toLowerCase() === 'authorization'))).toBe(true);
  });

  it('stops before a URL it is told to, and refuses to send an Authorization header', async () => {
    const browser = new TestBrowser();
    const trip = await browser.navigate(`${origin}/start`, { stopAt: (url) => url.pathname === '/api/next' });
    expect(trip.url.toString()).toBe(`${origin}/api/next?x=1`);
    expect(trip.hops).toEqual([`${origin}/start`]);
    await expect(browser.request(`${origin}/x`, { headers: { Authorization: 'Bearer x' } })).rejects.toThrow(/Authorization/);
  });
});
