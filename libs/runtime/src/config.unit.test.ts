import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, envBool, envInt, loadConfig } from './config.js';

const env = { KW_NATS_URL: 'nats://127.0.0.1:4222' };

describe('loadConfig', () => {
  it('defaults the database pool to 10 connections and takes KW_DATABASE_POOL_SIZE', () => {
    expect(loadConfig('svc', env).databasePoolSize).toBe(10);
    expect(loadConfig('svc', { ...env, KW_DATABASE_POOL_SIZE: '32' }).databasePoolSize).toBe(32);
  });

  it('creates streams with one replica unless KW_STREAM_REPLICAS says more (3 in deploy/k8s)', () => {
    expect(loadConfig('svc', env).streamReplicas).toBe(1);
    expect(loadConfig('svc', { ...env, KW_STREAM_REPLICAS: '3' }).streamReplicas).toBe(3);
    for (const bad of ['0', '6', 'three']) expect(() => loadConfig('svc', { ...env, KW_STREAM_REPLICAS: bad })).toThrow(/KW_STREAM_REPLICAS/);
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

  it('parses service settings from the environment, and again from the parsed values', () => {
    const shape = { KW_X_ON: envBool(false), KW_X_COUNT: envInt(5, 1) };
    const { extra } = loadConfig('svc', { ...env, KW_X_ON: 'true' }, shape);
    expect(extra).toEqual({ KW_X_ON: true, KW_X_COUNT: 5 });
    expect(z.object(shape).parse(extra)).toEqual(extra);
    expect(() => loadConfig('svc', { ...env, KW_X_ON: 'yes' }, shape)).toThrow(/KW_X_ON/);
  });
});
