import { describe, expect, it } from 'vitest';
import { FEISHU_ERROR_CODES, classifyFeishu } from './feishu-errors.js';

describe('Feishu error classification (code and message together)', () => {
  it('keeps one table where every code has a class and a source', () => {
    expect(new Set(FEISHU_ERROR_CODES.map((e) => e.code)).size).toBe(FEISHU_ERROR_CODES.length);
    for (const entry of FEISHU_ERROR_CODES) expect(entry.source.length).toBeGreaterThan(10);
    expect(FEISHU_ERROR_CODES.filter((e) => e.disputed).map((e) => e.code).sort()).toEqual([99991663, 99991668]);
  });

  it('classifies a wrong app secret as invalid_client', () => {
    expect(classifyFeishu(10014, 'app secret invalid', 200)).toBe('invalid_client');
    expect(classifyFeishu(20002, 'Client authentication failed: the app secret is invalid.', 401)).toBe('invalid_client');
  });

  it('classifies a used, revoked or expired refresh token as invalid_grant', () => {
    expect(classifyFeishu(20073, 'The refresh token has been used.', 400)).toBe('invalid_grant');
    expect(classifyFeishu(20064, 'The refresh token has been revoked.', 400)).toBe('invalid_grant');
    expect(classifyFeishu(20037, 'The refresh token has expired.', 400)).toBe('invalid_grant');
  });

  it('classifies an invalid or expired access token as invalid_token', () => {
    expect(classifyFeishu(99991668, 'Invalid access token for authorization. Please make a request with token attached.', 401)).toBe('invalid_token');
    expect(classifyFeishu(99991663, 'Invalid access token for authorization.', 401)).toBe('invalid_token');
  });

  it('lets a clear message override the disputed codes the seed misread, but not an undisputed code', () => {
    // The seed's reading: 99991668 = invalid app_secret. Only the message can tell.
    expect(classifyFeishu(99991668, 'app secret invalid', 200)).toBe('invalid_client');
    expect(classifyFeishu(99991663, 'refresh token expired', 200)).toBe('invalid_grant');
    expect(classifyFeishu(20073, 'app secret something', 400)).toBe('invalid_grant');
  });

  it('falls back to the message, then the HTTP status, for codes not in the table', () => {
    expect(classifyFeishu(12345, 'request trigger frequency limit', 200)).toBe('rate_limited');
    expect(classifyFeishu(20050, 'internal error', 500)).toBe('transient');
    expect(classifyFeishu(0, '', 503)).toBe('transient');
    expect(classifyFeishu(0, '', 429)).toBe('rate_limited');
    expect(classifyFeishu(424242, 'something new', 400)).toBe('unknown');
  });
});
