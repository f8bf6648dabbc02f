import { describe, expect, it } from 'vitest';
import { isGatewayPath, safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps same-origin relative paths', () => {
    expect(safeReturnTo('/connections/abc?connected=1')).toBe('/connections/abc?connected=1');
    expect(safeReturnTo('/api/v1/oauth/accounts/1/reconnect')).toBe('/api/v1/oauth/accounts/1/reconnect');
  });
  it('refuses anything that could leave the origin', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'connections', '/a\nb', '', null, undefined, `/${'a'.repeat(2001)}`]) {
      expect(safeReturnTo(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('isGatewayPath', () => {
  it('tells the gateway’s navigations from the console’s pages', () => {
    expect(isGatewayPath('/api/v1/oauth/provider-apps/x/authorize')).toBe(true);
    expect(isGatewayPath('/connections/0b3c/reconnect')).toBe(true);
    expect(isGatewayPath('/connections/0b3c')).toBe(false);
    expect(isGatewayPath('/connections/connect-failed?code=ERR_VALIDATION')).toBe(false);
    expect(isGatewayPath('/')).toBe(false);
  });
});
