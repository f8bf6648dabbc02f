import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadPlatformConfig } from './config.js';

describe('platform config', () => {
  it('defaults to the repository data directory and the usual ports', () => {
    const config = loadPlatformConfig({});
    expect(config.dataDir).toBe(join(REPO_ROOT, '.keywarden'));
    expect(config.httpPorts.get('gateway')).toBe(8080);
    expect([config.natsPort, config.pgPort]).toEqual([4222, 5433]);
    expect(config.otlpEndpoint).toBeUndefined();
    expect(config.gitlabTokenTtlSeconds).toBe(7200);
  });

  it('takes ports, data directory and OTLP endpoint from the environment', () => {
    const config = loadPlatformConfig({
      KW_DATA_DIR: '/srv/kw',
      KW_GATEWAY_PORT: '18080',
      KW_NATS_PORT: '14222',
      KW_PG_PORT: '15433',
      KW_OTLP_ENDPOINT: 'http://localhost:4318',
      KW_GITLAB_SIM_TOKEN_TTL_SECONDS: '60',
    });
    expect(config.dataDir).toBe('/srv/kw');
    expect(config.httpPorts.get('gateway')).toBe(18080);
    expect([config.natsPort, config.pgPort]).toEqual([14222, 15433]);
    expect(config.otlpEndpoint).toBe('http://localhost:4318');
    expect(config.gitlabTokenTtlSeconds).toBe(60);
  });

  it('names every bad setting', () => {
    expect(() => loadPlatformConfig({ KW_GATEWAY_PORT: 'http', KW_PG_PORT: '70000' })).toThrow(
      /KW_GATEWAY_PORT[\s\S]*KW_PG_PORT/,
    );
    expect(() => loadPlatformConfig({ KW_GITLAB_SIM_TOKEN_TTL_SECONDS: '5' })).toThrow(/KW_GITLAB_SIM_TOKEN_TTL_SECONDS/);
  });
});
