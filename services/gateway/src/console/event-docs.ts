// /api/v1/asyncapi.json: the bus contract for a company's own services (the AsyncAPI 3 document
// @keywarden/contracts generates from its registry and protobuf reflection), and
// /api/v1/asyncapi: the same rendered by AsyncAPI's own React component (its standalone
// browser build), served from the installed @asyncapi/react-component package, or from the copy
// `npm run build` puts next to the compiled gateway, never from a CDN.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncApiDocument, type AsyncApiDocument } from '@keywarden/contracts';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { GatewayEnv } from '../auth/actor.js';
import { eventDocsHeaders } from './headers.js';

/** The viewer's files next to the compiled gateway (services/gateway/dist), by their name in the package. */
export const ASYNCAPI_VIEWER_FILES = { script: 'asyncapi-standalone.js', styles: 'asyncapi-default.min.css' } as const;

/** The viewer's file in the package: browser/standalone/index.js, styles/default.min.css. */
export function asyncApiViewerPath(file: keyof typeof ASYNCAPI_VIEWER_FILES): string {
  const copied = fileURLToPath(new URL(`./${ASYNCAPI_VIEWER_FILES[file]}`, import.meta.url));
  if (existsSync(copied)) return copied;
  const packageDir = dirname(createRequire(import.meta.url).resolve('@asyncapi/react-component/package.json'));
  return join(packageDir, file === 'script' ? 'browser/standalone/index.js' : 'styles/default.min.css');
}

const page = (base: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Keywarden events (AsyncAPI)</title>
    <link rel="stylesheet" href="${base}/viewer.css" />
    <style>body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }</style>
  </head>
  <body>
    <div id="asyncapi"></div>
    <script src="${base}/viewer.js"></script>
    <script src="${base}/start.js"></script>
  </body>
</html>`;

const start = (documentUrl: string) =>
  `AsyncApiStandalone.render(${JSON.stringify({
    schema: { url: documentUrl },
    config: { show: { sidebar: true, errors: true }, sidebar: { showOperations: 'byDefault' } },
  })}, document.getElementById('asyncapi'));\n`;

export function eventDocsRoutes(options: { base: string; documentUrl: string }): Hono<GatewayEnv> {
  const files = new Map<string, Buffer>();
  // Read on first use (3 MB): most gateways never serve the reference page.
  const file = (name: keyof typeof ASYNCAPI_VIEWER_FILES) => {
    let content = files.get(name);
    if (!content) files.set(name, (content = readFileSync(asyncApiViewerPath(name))));
    return new Uint8Array(content);
  };
  const app = new Hono<GatewayEnv>();
  app.use('*', eventDocsHeaders());
  app.get('/', (c) => c.html(page(options.base), 200, { 'cache-control': 'no-cache' }));
  app.get('/start.js', (c) => c.body(start(options.documentUrl), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/viewer.js', compress(), (c) => c.body(file('script'), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' }));
  app.get('/viewer.css', compress(), (c) => c.body(file('styles'), 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=86400' }));
  return app;
}

/** The document: generated once per process (it depends only on the contracts this gateway was built with). */
export function asyncApiRoute(): Hono<GatewayEnv> {
  let document: AsyncApiDocument | undefined;
  const app = new Hono<GatewayEnv>();
  app.get('/', (c) => c.json((document ??= asyncApiDocument()), 200, { 'cache-control': 'no-cache', 'access-control-allow-origin': '*' }));
  return app;
}
