import { describe, expect, it } from 'vitest';
import { isScope, scopeGranted } from './scopes.js';

describe('scopes', () => {
  it('knows the closed set', () => {
    expect(isScope('secrets:reveal')).toBe(true);
    expect(isScope('secrets:everything')).toBe(false);
  });

  it('lets write imply read, and nothing else', () => {
    expect(scopeGranted(['oauth:write'], 'oauth:read')).toBe(true);
    expect(scopeGranted(['oauth:read'], 'oauth:write')).toBe(false);
    expect(scopeGranted(['secrets:write'], 'secrets:reveal')).toBe(false);
    expect(scopeGranted(['notify:write'], 'oauth:read')).toBe(false);
  });
});
