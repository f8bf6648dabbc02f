// The pure rules of the browser navigations: which requests a refresh cookie
// may authenticate, where a signed-out browser is sent (no open redirect), and
// which codes a failure page may show.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isNavigation } from './navigation.js';
import { safeReturnTo, signInLocation } from './return-to.js';
import { CONNECT_FAILURE_CODES, failureCode, failedLocation } from './oauth-browser.js';

const id = '0b6f3c8e-6a59-4d1e-9c3e-4f7f9d2a1b11';

async function navigation(method: string, path: string): Promise<boolean> {
  const app = new Hono();
  app.all('*', (c) => c.json(isNavigation(c)));
  return (await (await app.request(path, { method })).json()) as boolean;
}

describe('navigations the refresh cookie authenticates', () => {
  it('are the three GETs of the connect flow and nothing else', async () => {
    for (const path of [`/api/v1/oauth/provider-apps/${id}/authorize`, `/api/v1/oauth/accounts/${id}/reconnect`, '/api/v1/oauth/callback?state=s&code=c']) {
      expect(await navigation('GET', path), path).toBe(true);
      expect(await navigation('POST', path), `POST ${path}`).toBe(false);
    }
    for (const path of [
      '/api/v1/oauth/accounts', `/api/v1/oauth/accounts/${id}`, `/api/v1/oauth/accounts/${id}/refresh`, `/api/v1/oauth/provider-apps/${id}/connect`,
      '/api/v1/users/me', '/api/v1/oauth/callback/x', `/api/v1/oauth/accounts/${id}/reconnect/x`, `/connections/${id}/reconnect`, '/api/v1/auth/refresh',
    ]) {
      expect(await navigation('GET', path), path).toBe(false);
    }
  });
});

describe('returnTo', () => {
  it('is a same-origin relative path only', () => {
    expect(safeReturnTo(`/connections/${id}/reconnect`)).toBe(`/connections/${id}/reconnect`);
    expect(safeReturnTo('/a?b=c#d')).toBe('/a?b=c#d');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', 'relative', '', '/a\nb', '/a\\b', `/${'x'.repeat(2000)}`]) {
      expect(safeReturnTo(bad), bad).toBeUndefined();
    }
  });

  it("builds the console's sign-in address, dropping an unsafe returnTo", () => {
    expect(signInLocation(`/connections/${id}/reconnect`)).toBe(`/sign-in?returnTo=%2Fconnections%2F${id}%2Freconnect`);
    expect(signInLocation('//evil.example')).toBe('/sign-in');
  });
});

describe('failure codes', () => {
  it("pass a known code on, call a stranger's account not found, and hide anything else", () => {
    expect(failureCode({ code: 'ERR_CONNECT_WRONG_USER' })).toBe('ERR_CONNECT_WRONG_USER');
    expect(failureCode({ code: 'ERR_NOT_FOUND' })).toBe('ERR_ACCOUNT_NOT_FOUND');
    expect(failureCode({ code: 'ERR_INTERNAL' })).toBe('ERR_CONNECT_FAILED');
    expect(failureCode(new Error('boom: a message that must not reach a URL'))).toBe('ERR_CONNECT_FAILED');
    expect(failedLocation('ERR_CONNECT_DENIED')).toBe('/connections/connect-failed?code=ERR_CONNECT_DENIED');
    expect(new Set(CONNECT_FAILURE_CODES).size).toBe(CONNECT_FAILURE_CODES.length);
    expect(CONNECT_FAILURE_CODES.every((code) => /^ERR_[A-Z_]+$/.test(code))).toBe(true);
  });
});
