// GET /api/v1/console/settings answers from the gateway's configuration, to signed-in callers only; and
// KW_JAEGER_UI_URL is checked when the configuration is read, so a bad value stops the start, not a page.
import { ConfigError, loadConfig } from '@keywarden/runtime';
import type { NatsConnection } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { gatewayConfig, gatewaySettings } from '../config.js';
import { routeTestApp, session } from '../test-support/route-app.js';
import { consoleSettingsRoutes } from './console-settings.js';

// No RPC is made: a connection that is never used.
const bus = { nc: {} as NatsConnection, namespace: 'unit' };

function appWith(extra: Record<string, string>) {
  const app = routeTestApp('/api/v1/console', (deps) => consoleSettingsRoutes({ ...deps, config: { extra } as never }), bus);
  app.as(session('9b0c7a52-2b55-4b2f-9a43-3a8f1c1d2e3f'));
  return app;
}

describe('GET /api/v1/console/settings', () => {
  it("tells a signed-in console Jaeger's address, without a trailing slash", async () => {
    const app = appWith({ KW_JAEGER_UI_URL: 'https://jaeger.example.com/ui/' });
    const response = await app.request('/api/v1/console/settings');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ jaegerUiUrl: 'https://jaeger.example.com/ui' });
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    expect(app.calls).toEqual([]);
  });

  it('answers null when no Jaeger address is configured', async () => {
    const response = await appWith({}).request('/api/v1/console/settings');
    expect(await response.json()).toEqual({ jaegerUiUrl: null });
  });

  it('refuses an anonymous caller with 401 problem+json', async () => {
    const app = appWith({ KW_JAEGER_UI_URL: 'http://localhost:16686' });
    app.as(undefined);
    const response = await app.request('/api/v1/console/settings');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.text()).not.toContain('16686');
  });
});

describe('KW_JAEGER_UI_URL', () => {
  const env = { KW_NATS_URL: 'nats://127.0.0.1:4222' };

  it('accepts http and https URLs', () => {
    for (const url of ['http://localhost:16686', 'https://jaeger.example.com']) {
      const config = loadConfig('gateway', { ...env, KW_JAEGER_UI_URL: url }, gatewayConfig);
      expect(gatewaySettings(config.extra).jaegerUiUrl).toBe(url);
    }
    expect(gatewaySettings(loadConfig('gateway', env, gatewayConfig).extra).jaegerUiUrl).toBeUndefined();
  });

  it.each(['javascript:alert(1)', 'ftp://jaeger.example.com', 'localhost:16686', 'not a url'])('refuses %s at start with a message naming the variable', (url) => {
    let error: unknown;
    try {
      loadConfig('gateway', { ...env, KW_JAEGER_UI_URL: url }, gatewayConfig);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['KW_JAEGER_UI_URL must be an http:// or https:// URL']);
  });
});
