import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const env = { KW_NATS_URL: 'nats://127.0.0.1:4222' };

describe('loadConfig', () => {
  it('defaults the database pool to 10 connections and takes KW_DATABASE_POOL_SIZE', () => {
    expect(loadConfig('svc', env).databasePoolSize).toBe(10);
    expect(loadConfig('svc', { ...env, KW_DATABASE_POOL_SIZE: '32' }).databasePoolSize).toBe(32);
  });

  it('names every invalid variable, never its value', () => {
    const error = (() => {
      try {
        loadConfig('svc', { ...env, KW_DATABASE_POOL_SIZE: '0', KW_DATABASE_URL: 'mysql://secret-password@db' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(/KW_DATABASE_POOL_SIZE/);
    expect((error as ConfigError).problems.join('\n')).toMatch(/KW_DATABASE_URL/);
    expect((error as ConfigError).message).not.toContain('secret-password');
  });
});
