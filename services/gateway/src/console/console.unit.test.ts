// The console at / as the gateway serves it (mounted as the runtime mounts the
// gateway): built files with their caching, index.html for client routes, the
// API's unknown paths still problem+json, the secure headers, and a clear page
// when there is no build.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHttpApp } from '@keywarden/http';
import { createLogger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayApp } from '../app.js';

const logger = createLogger({ service: 'gateway', level: 'silent' });
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
let dir: string;

function served(consoleDir: string) {
  const app = createHttpApp({ service: 'gateway', logger });
  const deps = { logger, nc: {} as NatsConnection, namespace: undefined, clock: { now: () => new Date() }, config: { extra: { KW_GATEWAY_CONSOLE_DIR: consoleDir } } as never };
  app.route('/', gatewayApp(deps).routes as never);
  return app;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'console-dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the console at /', () => {
  it('serves index.html at / and for every client route, revalidated on each load', async () => {
    const app = served(dir);
    for (const path of ['/', '/projects', '/projects/0b5f/environments?tab=x', '/connections/callback']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toBe(INDEX);
    }
  });

  it('answers a repeated load of index.html with 304 by its ETag', async () => {
    const app = served(dir);
    const first = await app.request('/');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await app.request('/overview', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('caches the hashed assets for a year and gzips them for browsers that accept it', async () => {
    const app = served(dir);
    const plain = await app.request('/assets/index-Ab12Cd34.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(SCRIPT);
    const gz = await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const body = Buffer.from(await gz.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(body).toString('utf8')).toBe(SCRIPT);
    expect((await app.request('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404, not the page, for a missing file (a stale tab asking for an old hashed script)', async () => {
    const app = served(dir);
    for (const path of ['/assets/index-Old00000.js', '/robots.txt', '/%2e%2e/%2e%2e/etc/passwd.txt', '/assets/..%2f..%2fpackage.json']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<html');
    }
    // Only files of the build are ever served: a path climbing out of it is just another client route.
    expect(await (await app.request('/assets/../../etc/passwd')).text()).toBe(INDEX);
  });

  it('leaves the API, the webhook, /.well-known and the health routes alone', async () => {
    const app = served(dir);
    for (const path of ['/api/v1/no/such/route', '/api', '/webhook/nothing', '/.well-known/nothing']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
    }
    expect((await app.request('/api/v1/openapi.json')).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends the secure headers: a CSP without inline scripts, no framing, no sniffing, same-origin referrers', async () => {
    const app = served(dir);
    for (const path of ['/', '/secrets', '/assets/index-Ab12Cd34.js']) {
      const headers = (await app.request(path)).headers;
      const csp = Object.fromEntries(headers.get('content-security-policy')!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(csp['script-src'], path).toEqual(["'self'"]);
      expect(csp['default-src'], path).toEqual(["'self'"]);
      expect(csp['connect-src'], path).toEqual(["'self'"]);
      expect(csp['frame-ancestors'], path).toEqual(["'none'"]);
      expect(csp['object-src'], path).toEqual(["'none'"]);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });

  it('says how to build the console when there is no build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'console-none-'));
    try {
      const app = served(join(empty, 'dist'));
      const response = await app.request('/projects');
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build -w @keywarden/console');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
