import { describe, expect, it } from 'vitest';
import { classifyOAuthError } from './http.js';

describe('classifyOAuthError', () => {
  it('does not take a bare 401 without an error code for bad app credentials', () => {
    expect(classifyOAuthError({ status: 401, body: {} })).toMatchObject({ errorClass: 'unknown', providerCode: 'http_401' });
    expect(classifyOAuthError({ status: 401, body: { message: '401 Unauthorized' } })).toMatchObject({ errorClass: 'unknown' });
  });

  it('still classifies RFC 6749 codes on a 401', () => {
    expect(classifyOAuthError({ status: 401, body: { error: 'invalid_client' } })).toMatchObject({ errorClass: 'invalid_client' });
    expect(classifyOAuthError({ status: 401, body: { error: 'invalid_grant' } })).toMatchObject({ errorClass: 'invalid_grant' });
  });
});
