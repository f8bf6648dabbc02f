import { wireErrorCodes } from '@keywarden/contracts';
import { describe, expect, it } from 'vitest';
import { PROBLEM_STATUS, problemOf, statusFor } from './problems.js';

describe('problem table', () => {
  it('maps every wire code to a 4xx/5xx status and a title; only ERR_INTERNAL is a 500', () => {
    for (const code of wireErrorCodes) {
      const { status, title } = problemOf(code);
      expect(status >= 400 && status <= 599, code).toBe(true);
      expect(status === 500, code).toBe(code === 'ERR_INTERNAL');
      expect(title.length).toBeGreaterThan(0);
    }
    expect(problemOf('ERR_APPLICATION_STOPPED')).toEqual({ status: 409, title: 'Application stopped' });
  });

  it("keeps a service's own status and repairs an unusable one", () => {
    expect(statusFor('ERR_REFRESH_FAILED', 503)).toBe(503);
    expect(statusFor('ERR_APPLICATION_DELETED', 500)).toBe(410);
    expect(statusFor('ERR_NOT_FOUND', 0)).toBe(404);
    expect(statusFor('ERR_INTERNAL', 500)).toBe(500);
    expect(PROBLEM_STATUS.ERR_PASSWORD_SIGN_IN_DISABLED).toBe(403);
  });
});
