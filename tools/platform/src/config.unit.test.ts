import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadPlatformConfig, stopBudgetMs } from './config.js';

describe('platform config', () => {
  it('defaults to the repository data directory and the usual ports', () => {
    const config = loadPlatformConfig({});
    expect(config.dataDir).toBe(join(REPO_ROOT, '.keywarden'));
    expect(config.httpPorts.get('gateway')).toBe(8080);
    expect([config.natsPort, config.pgPort]).toEqual([4222, 5433]);
    expect(config.otlpEndpoint).toBeUndefined();
    expect(config.gitlabTokenTtlSeconds).toBe(7200);
    expect(config.metricsPort).toBe(9464);
    // No cluster unless asked for: the deployer and gitops-sync write manifests.
    expect(config.cluster).toBe('manifests');
    expect(config.restart).toEqual({ initialDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 30_000, maxFastCrashes: 5, windowMs: 120_000 });
  });

  it('fits a whole stop into the 10 s Ctrl-C promises by default', () => {
    const config = loadPlatformConfig({});
    expect(config.stopTimeoutMs).toBe(5_000);
    // Services, then nats-server, then PostgreSQL, each forced at the end of its grace time.
    expect(stopBudgetMs(config)).toBe(8_500);
    expect(stopBudgetMs({ stopTimeoutMs: 15_000 })).toBe(18_500);
  });

  it('takes the restart policy from the environment', () => {
    const config = loadPlatformConfig({
      KW_PLATFORM_RESTART_DELAY_MS: '200',
      KW_PLATFORM_RESTART_MAX_DELAY_MS: '100',
      KW_PLATFORM_RESTART_LIMIT: '3',
      KW_PLATFORM_RESTART_WINDOW_MS: '60000',
      KW_PLATFORM_METRICS_PORT: '19464',
    });
    // A cap below the first delay is raised to it.
    expect(config.restart).toEqual({ initialDelayMs: 200, maxDelayMs: 200, stableAfterMs: 30_000, maxFastCrashes: 3, windowMs: 60_000 });
    expect(config.metricsPort).toBe(19464);
    expect(() => loadPlatformConfig({ KW_PLATFORM_RESTART_LIMIT: '0' })).toThrow(/KW_PLATFORM_RESTART_LIMIT/);
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

  it("takes Jaeger's UI address for the gateway, http or https only", () => {
    expect(loadPlatformConfig({ KW_JAEGER_UI_URL: 'http://localhost:16686' }).jaegerUiUrl).toBe('http://localhost:16686');
    expect(loadPlatformConfig({}).jaegerUiUrl).toBeUndefined();
    expect(() => loadPlatformConfig({ KW_JAEGER_UI_URL: 'javascript:alert(1)' })).toThrow(/KW_JAEGER_UI_URL: must be an http:\/\/ or https:\/\/ URL/);
  });

  it('names every bad setting', () => {
    expect(() => loadPlatformConfig({ KW_GATEWAY_PORT: 'http', KW_PG_PORT: '70000' })).toThrow(
      /KW_GATEWAY_PORT[\s\S]*KW_PG_PORT/,
    );
    expect(() => loadPlatformConfig({ KW_GITLAB_SIM_TOKEN_TTL_SECONDS: '5' })).toThrow(/KW_GITLAB_SIM_TOKEN_TTL_SECONDS/);
  });

  it('runs a simulated cluster when asked, on its own port, and refuses an unknown cluster setting', () => {
    const config = loadPlatformConfig({ KW_PLATFORM_CLUSTER: 'simulated', KW_KUBE_SIM_PORT: '18093' });
    expect([config.cluster, config.clusterPort]).toEqual(['simulated', 18093]);
    expect(loadPlatformConfig({}).clusterPort).toBe(8093);
    expect(() => loadPlatformConfig({ KW_PLATFORM_CLUSTER: 'kind' })).toThrow(/KW_PLATFORM_CLUSTER/);
  });

  it('runs the services from source unless asked for the compiled ones, and refuses anything else', () => {
    expect(loadPlatformConfig({}).runtime).toBe('source');
    expect(loadPlatformConfig({ KW_PLATFORM_RUNTIME: 'dist' }).runtime).toBe('dist');
    expect(() => loadPlatformConfig({ KW_PLATFORM_RUNTIME: 'bundle' })).toThrow(/KW_PLATFORM_RUNTIME/);
  });
});
