import { describe, expect, it } from 'vitest';
import { contexts } from '../registry.js';
import { commonErrorCodes, errorCodes, isErrorCodeOf, ownErrorStatus, wireErrorCodes, type DeployErrorCode, type RpcErrorCode } from './index.js';

describe('error codes', () => {
  it('gives every RPC context the common codes and its own, each an ERR_ code once, with a 4xx/5xx status', () => {
    for (const context of [...contexts, 'system'] as const) {
      const codes = errorCodes[context];
      expect(codes.slice(0, commonErrorCodes.length)).toEqual(commonErrorCodes);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.every((c) => /^ERR_[A-Z_]+$/.test(c))).toBe(true);
      for (const status of Object.values(ownErrorStatus[context] as Record<string, number>)) expect(status >= 400 && status <= 599).toBe(true);
    }
  });

  it('tells a context its codes from another context', () => {
    expect(isErrorCodeOf('deploy', 'ERR_APPLICATION_STOPPED')).toBe(true);
    expect(isErrorCodeOf('oauth', 'ERR_APPLICATION_STOPPED')).toBe(false);
    expect(isErrorCodeOf('system', 'ERR_TIMEOUT')).toBe(true);
    expect(wireErrorCodes).toContain('ERR_REFRESH_FAILED');
    expect(new Set(wireErrorCodes).size).toBe(wireErrorCodes.length);
  });

  it('types an RPC failure by its context', () => {
    const code: RpcErrorCode<'deploy.WebhookDeploy'> = 'ERR_INVALID_TOKEN';
    const same: DeployErrorCode = code;
    // @ts-expect-error an oauth code is not one of the deployer's
    const wrong: RpcErrorCode<'deploy.WebhookDeploy'> = 'ERR_ACCOUNT_NOT_USABLE';
    expect([same, wrong]).toHaveLength(2);
  });
});
