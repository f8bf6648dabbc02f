// The cookie and client-address helpers: headers a client can forge
// (X-Forwarded-Proto, X-Forwarded-For) count only behind a trusted proxy.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { gatewaySettings } from '../../config.js';
import { clientInfo, setRefreshCookie } from './http.js';

function app(extra: Record<string, string>) {
  const settings = gatewaySettings(extra);
  const hono = new Hono();
  hono.get('/cookie', (c) => {
    setRefreshCookie(c, settings, 'rt', new Date(Date.now() + 3_600_000).toISOString());
    return c.json(clientInfo(c as never, settings));
  });
  return hono;
}

const cookieOf = async (response: Response) => response.headers.get('set-cookie') ?? '';

describe('refresh cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to /api/v1/auth, with a Max-Age', async () => {
    const cookie = await cookieOf(await app({}).request('https://gw.test/cookie'));
    expect(cookie).toMatch(/^kw_refresh=rt;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(cookie).toMatch(/Max-Age=(3599|3600)/);
    expect(cookie).toMatch(/Secure/);
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
