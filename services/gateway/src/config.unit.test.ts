import { describe, expect, it } from 'vitest';
import { GatewayConfigError, loadGatewayConfig } from './config.js';

const valid = {
  KW_NATS_URL: 'nats://127.0.0.1:4222',
  KW_NATS_USER: 'gateway',
  KW_NATS_PASSWORD: 'kwS3cretValue',
};

describe('gateway config', () => {
  it('reads the environment with defaults', () => {
    expect(loadGatewayConfig(valid)).toEqual({
      serviceName: 'gateway',
      http: { port: 8080, host: '0.0.0.0' },
      nats: { url: 'nats://127.0.0.1:4222', user: 'gateway', password: 'kwS3cretValue' },
      otlpEndpoint: undefined,
      logLevel: 'info',
    });
  });

  it('takes the port, host and OTLP endpoint the platform passes', () => {
    const config = loadGatewayConfig({
      ...valid,
      KW_HTTP_PORT: '18080',
      KW_HTTP_HOST: '127.0.0.1',
      KW_OTLP_ENDPOINT: 'http://localhost:4318',
    });
    expect(config.http).toEqual({ port: 18080, host: '127.0.0.1' });
    expect(config.otlpEndpoint).toBe('http://localhost:4318');
  });

  it('lists everything missing at once, with a stable code', () => {
    let error: unknown;
    try {
      loadGatewayConfig({ KW_NATS_PASSWORD: '' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    const configError = error as GatewayConfigError;
    expect(configError.code).toBe('ERR_CONFIG_INVALID');
    expect(configError.problems).toEqual([
      'KW_NATS_URL is missing',
      'KW_NATS_USER is missing',
      'KW_NATS_PASSWORD is missing',
    ]);
  });

  it('says what is wrong with a value without echoing it', () => {
    const secretLooking = 'kwTopSecret';
    let error: unknown;
    try {
      loadGatewayConfig({ ...valid, KW_HTTP_PORT: 'eighty', KW_NATS_URL: secretLooking });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as GatewayConfigError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('KW_HTTP_PORT '))).toBe(true);
    expect(problems).toContain('KW_NATS_URL must be a URL like nats://host:4222');
    expect((error as Error).message).not.toContain(secretLooking);
  });
});
