// The cookie and client-address helpers: headers a client can forge
// (X-Forwarded-Proto, X-Forwarded-For) count only behind a trusted proxy.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { gatewaySettings } from '../../config.js';
import { clearRefreshCookie, clientInfo, setRefreshCookie } from './http.js';

function app(extra: Record<string, string>) {
  const settings = gatewaySettings(extra);
  const hono = new Hono();
  hono.get('/cookie', (c) => {
    setRefreshCookie(c, settings, 'rt', new Date(Date.now() + 3_600_000).toISOString());
    return c.json(clientInfo(c as never, settings));
  });
  hono.get('/clear', (c) => {
    clearRefreshCookie(c, settings);
    return c.body(null, 204);
  });
  return hono;
}

/** The Set-Cookie that sets the token (not the one clearing the old path). */
const cookieOf = async (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('kw_refresh=rt;')) ?? '';

describe('refresh cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to /api/v1, with a Max-Age, and clears the cookie of the old path /api/v1/auth', async () => {
    const response = await app({}).request('https://gw.test/cookie');
    const cookie = await cookieOf(response);
    expect(cookie).toMatch(/^kw_refresh=rt;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1(;|$)/);
    expect(cookie).toMatch(/Max-Age=(3599|3600)/);
    expect(cookie).toMatch(/Secure/);
    expect(response.headers.getSetCookie().filter((c) => c !== cookie)).toEqual([expect.stringMatching(/^kw_refresh=; Max-Age=0; Path=\/api\/v1\/auth;/)]);
  });

  it('is cleared on both paths', async () => {
    const cleared = (await app({}).request('http://gw.test/clear')).headers.getSetCookie();
    expect(cleared.map((c) => /Path=([^;]+)/.exec(c)?.[1]).sort()).toEqual(['/api/v1', '/api/v1/auth']);
    expect(cleared.every((c) => c.startsWith('kw_refresh=;') && /Max-Age=0/.test(c))).toBe(true);
  });

  it('ignores X-Forwarded-Proto unless the proxy is trusted', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    expect(await cookieOf(await app({}).request('http://gw.test/cookie', { headers }))).not.toMatch(/Secure/);
    expect(await cookieOf(await app({ KW_GATEWAY_TRUST_PROXY: 'true' }).request('http://gw.test/cookie', { headers }))).toMatch(/Secure/);
  });

  it('is Secure when the public URL is https, whatever the hop to the gateway', async () => {
    expect(await cookieOf(await app({ KW_GATEWAY_PUBLIC_URL: 'https://kw.example' }).request('http://gw.test/cookie'))).toMatch(/Secure/);
  });
});

describe('client address', () => {
  it('takes X-Forwarded-For only from a trusted proxy, and only the hop that proxy appended', async () => {
    // The client claimed 198.51.100.7; the proxy appended the address it saw.
    const headers = { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' };
    expect(await (await app({}).request('http://gw.test/cookie', { headers })).json()).toMatchObject({ ip: '' });
    expect(await (await app({ KW_GATEWAY_TRUST_PROXY: 'true' }).request('http://gw.test/cookie', { headers })).json()).toMatchObject({ ip: '203.0.113.9' });
  });
});
