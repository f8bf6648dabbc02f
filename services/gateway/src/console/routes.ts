// The console at `/`: its built files, with index.html for every other path a
// browser asks for, so the client router handles /projects/… after a reload.
// The API (/api/v1), the CI webhook (/webhook), /.well-known and the health
// routes are never answered with the page: an unknown path there stays a
// problem+json 404. index.html is revalidated on every load (`no-cache`, ETag);
// the hashed files under assets/ are cached for a year.
import { Hono, type Context } from 'hono';
import type { GatewayEnv } from '../auth/actor.js';
import type { GatewayDeps } from '../rpc.js';
import { ConsoleFiles, type ConsoleFile } from './files.js';
import { consoleHeaders } from './headers.js';

/** Paths that belong to the API and the operators, never to the console. */
const NOT_CONSOLE = /^\/(api|webhook|\.well-known|healthz|readyz|metrics)(\/|$)/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keywarden</title></head>
<body><h1>The console is not built</h1>
<p>Run <code>npm run build -w @keywarden/console</code> (or <code>npm start</code>, which builds it), or point
<code>KW_GATEWAY_CONSOLE_DIR</code> at a build. The API is at <a href="/api/v1/docs">/api/v1/docs</a>.</p></body></html>`;

export function consoleRoutes(options: { dir: string; logger: Pick<GatewayDeps['logger'], 'warn' | 'info'> }): Hono<GatewayEnv> {
  const files = new ConsoleFiles(options.dir);
  if (files.built) options.logger.info({ dir: options.dir }, 'serving the console at /');
  else options.logger.warn({ dir: options.dir }, 'the console is not built: / answers a page saying how to build it (npm run build -w @keywarden/console, or KW_GATEWAY_CONSOLE_DIR)');

  const app = new Hono<GatewayEnv>();
  const headers = consoleHeaders();
  app.get('*', async (c, next) => {
    if (NOT_CONSOLE.test(c.req.path)) return next();
    await headers(c, async () => {
      c.res = serve(c, files);
    });
    return c.res;
  });
  return app;
}

function serve(c: Context, files: ConsoleFiles): Response {
  const path = c.req.path;
  const file = files.get(path === '/' ? '/index.html' : path);
  if (file && file.path !== '/index.html') return send(c, file, file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  // A missing hashed file is a 404: answering it with the page would hand HTML to a <script> (a stale tab after a deploy).
  if (!file && (path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(path))) {
    return c.text('Not found', 404, { 'cache-control': 'no-store' });
  }
  const index = files.get('/index.html');
  if (!index) return c.html(NOT_BUILT, 503, { 'cache-control': 'no-store' });
  return send(c, index, 'no-cache');
}

function send(c: Context, file: ConsoleFile, cacheControl: string): Response {
  const headers: Record<string, string> = { 'content-type': file.type, 'cache-control': cacheControl, etag: file.etag, vary: 'accept-encoding' };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  const gzipped = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') ? file.gzipped() : undefined;
  if (gzipped) return c.body(new Uint8Array(gzipped), 200, { ...headers, 'content-encoding': 'gzip' });
  return c.body(new Uint8Array(file.body), 200, headers);
}
